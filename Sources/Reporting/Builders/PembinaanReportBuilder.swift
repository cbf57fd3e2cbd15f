public import Catalog
public import Core
public import Pembinaan

/// Builds the ``PembinaanReport`` view model from the folded case states, their timelines and
/// the certificates. Every deadline carries the days it skipped and why.
public struct PembinaanReportBuilder: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// - Parameters:
    ///   - cases: the cases to show, in order.
    ///   - timelines: each case's events as the report shows them, by case id.
    ///   - certificates: the LPSE's certificates.
    ///   - today: the report's date in the LPSE's zone (overdue flags and certificate status).
    public func build(cases: [CaseState], timelines: [String: [PembinaanReport.Event]], certificates: [Certificate],
                      today: CivilDate, header: ReportHeader) -> PembinaanReport {
        let lang = language.rawValue
        return PembinaanReport(
            header: header,
            cases: cases.map { state in
                let stage = state.stage?.rawValue ?? state.status.rawValue
                return PembinaanReport.Case(
                    id: state.id, stage: stage, stageLabel: Messages.label(stage, lang),
                    open: state.status == .aktif, standards: state.standards,
                    deadlines: deadlines(of: state, today: today),
                    timeline: timelines[state.id] ?? [])
            },
            certificates: certificates.sorted { $0.standard < $1.standard }.map {
                let status = $0.status(on: today).rawValue
                return PembinaanReport.Certificate(standard: $0.standard, status: status,
                                                   statusLabel: Messages.label(status, lang),
                                                   issued: $0.issuedOn.description, validUntil: $0.validUntil.description)
            })
    }

    /// Every deadline of every action: follow-up and keberatan, in the order they were set.
    private func deadlines(of state: CaseState, today: CivilDate) -> [PembinaanReport.Deadline] {
        let words = Messages.table(language.rawValue)
        var result: [PembinaanReport.Deadline] = []
        for action in state.actions {
            let stage = Messages.label(action.stage.rawValue, language.rawValue)
            let pairs: [(String, Deadline?)] = [
                ((words["deadline.followUp"] ?? "") + " " + stage + " (" + action.notice.number + ")", action.followUpDeadline),
                ((words["deadline.keberatan"] ?? "") + " " + stage + " (" + action.notice.number + ")", action.keberatanDeadline),
            ]
            for (what, deadline) in pairs {
                guard let deadline else { continue }
                let closed = state.status != .aktif || action.stage != state.stage
                result.append(PembinaanReport.Deadline(
                    what: what, received: deadline.receipt.description, workingDays: deadline.workingDays,
                    due: deadline.date.description, endsAt: deadline.endsAt(in: state.zone).iso8601(in: state.zone),
                    overdue: !closed && today > deadline.date, calendarVersion: deadline.calendarVersion,
                    skipped: deadline.skipped.map { "\($0.date): \($0.reasonText)" }))
            }
        }
        return result
    }
}
