import Catalog
public import Core
public import Pembinaan

/// Builds the ``PembinaanReport`` view model from each case's standing (the domain's answer
/// on the report's instant), its timeline, and the certificates. Every deadline carries the
/// days it skipped and why, and where it stands exactly as `patuh pembinaan status` shows it.
public struct PembinaanReportBuilder: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// - Parameters:
    ///   - cases: each case's standing on the report's instant, in order.
    ///   - timelines: each case's events, by case id.
    ///   - certificates: the LPSE's certificates.
    ///   - today: the report's date in the LPSE's zone (certificate status).
    public func build(cases: [CaseStanding], timelines: [String: [CaseTimelineEntry]], certificates: [Certificate],
                      today: CivilDate, header: ReportHeader) -> PembinaanReport {
        let lang = language.rawValue
        let words = PembinaanWords(language)
        return PembinaanReport(
            header: header,
            cases: cases.map { standing in
                let state = standing.state
                let stage = state.stage?.rawValue ?? state.status.rawValue
                return PembinaanReport.Case(
                    id: state.id, stage: stage, stageLabel: Messages.label(stage, lang),
                    open: state.status == .aktif, standards: state.standards,
                    deadlines: standing.deadlines.map { deadline(of: $0, zone: state.zone, words: words) },
                    nextSteps: standing.nextSteps.map(words.nextStep),
                    timeline: (timelines[state.id] ?? []).map { event(of: $0, words: words) })
            },
            certificates: certificates.sorted { $0.standard < $1.standard }.map {
                let status = $0.status(on: today).rawValue
                return PembinaanReport.Certificate(standard: $0.standard, status: status,
                                                   statusLabel: Messages.label(status, lang),
                                                   issued: $0.issuedOn.description, validUntil: $0.validUntil.description)
            })
    }

    private func deadline(of deadline: CaseDeadline, zone: IndonesianZone, words: PembinaanWords) -> PembinaanReport.Deadline {
        let what: String = switch deadline.kind {
        case .followUp: words.text("pembinaan.report.followUp")
        case .keberatan: words.text("pembinaan.report.keberatan")
        case .keberatanDecision: words.text("pembinaan.report.keberatanDecision")
        }
        let counted = deadline.deadline
        return PembinaanReport.Deadline(
            kind: deadline.kind.rawValue, stage: deadline.stage.rawValue, notice: deadline.notice,
            what: what + " " + Messages.label(deadline.stage.rawValue, language.rawValue) + " (" + deadline.notice + ")",
            received: counted.receipt.description, workingDays: counted.workingDays, due: counted.date.description,
            endsAt: deadline.endsAt.iso8601(in: zone), state: deadline.standing.code, stateLabel: words.standing(deadline.standing),
            overdue: deadline.standing.isOverdue, calendarVersion: counted.calendarVersion,
            skipped: counted.skipped.map { "\($0.date): \($0.reasonText(language))" })
    }

    private func event(of entry: CaseTimelineEntry, words: PembinaanWords) -> PembinaanReport.Event {
        let event = entry.event
        return PembinaanReport.Event(sequence: entry.caseSequence ?? entry.sequence, date: event.civilDate.description,
                                     instant: event.at.iso8601(in: event.zone), event: event.name,
                                     eventLabel: words.event(event.payload), actor: event.actor, role: event.role.rawValue,
                                     detail: words.explain(event.payload, after: entry.after))
    }
}
