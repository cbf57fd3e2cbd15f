public import Assessment
public import Catalog
public import Core

/// Builds the ``FaktualReport`` view model from the comparison of a penilaian faktual with the
/// LPSE's penilaian mandiri (``Comparator``), its overrides and findings.
public struct FaktualReportBuilder: Sendable {
    public let catalog: StandardsCatalog
    public let policy: ScoringPolicy
    public let language: Language

    public init(catalog: StandardsCatalog, policy: ScoringPolicy, language: Language) {
        self.catalog = catalog
        self.policy = policy
        self.language = language
    }

    public func build(mandiri: AnswerFile, faktual: AnswerFile, header: ReportHeader) -> FaktualReport {
        let comparison = Comparator(catalog: catalog, policy: policy).compare(mandiri: mandiri, faktual: faktual)
        let lang = language.rawValue
        let standards = catalog.standards.map { standard in
            let scored = comparison.standards.first { $0.standardId == standard.id }
            let controls = comparison.controls.filter { $0.standardId == standard.id }.map { compared in
                let mandiriStatus = compared.mandiri?.rawValue ?? "tidak-dinilai"
                let faktualStatus = compared.faktual?.rawValue ?? "tidak-dinilai"
                let own = mandiri.answer(compared.controlId)?.justification
                let assessor = faktual.answer(compared.controlId)?.justification
                return FaktualReport.ControlComparison(
                    id: compared.controlId,
                    title: catalog.control(compared.controlId)?.control.title.text(language) ?? "",
                    mandiri: mandiriStatus, mandiriLabel: Messages.label(mandiriStatus, lang),
                    faktual: faktualStatus, faktualLabel: Messages.label(faktualStatus, lang),
                    relation: compared.relation.rawValue, relationLabel: Messages.label(compared.relation.rawValue, lang),
                    tone: Self.tone(relation: compared.relation.rawValue, faktual: faktualStatus),
                    mandiriFakta: own?.fakta ?? "", mandiriAnalisis: own?.analisis ?? "",
                    faktualFakta: assessor?.fakta ?? "", faktualAnalisis: assessor?.analisis ?? "",
                    findings: comparison.findings.filter { $0.controlId == compared.controlId }.map(\.id))
            }
            return FaktualReport.StandardComparison(
                id: standard.id, name: standard.name.text(language),
                mandiriPercent: .percent(scored?.mandiriPercent ?? 0, language),
                faktualPercent: .percent(scored?.faktualPercent ?? 0, language),
                mandiriTerpenuhi: scored?.mandiri.terpenuhi ?? false, faktualTerpenuhi: scored?.faktual.terpenuhi ?? false,
                controls: controls)
        }
        let terpenuhi = comparison.terpenuhi
        return FaktualReport(
            header: header, mandiriDate: mandiri.date, faktualDate: faktual.date,
            summary: .init(mandiriTerpenuhi: terpenuhi.mandiri, faktualTerpenuhi: terpenuhi.faktual, of: catalog.standards.count,
                           rankedHigherPercent: .percent(PercentRule.percent((comparison.calibration.shareLpseHigher ?? 0) * 100), language),
                           meanDifference: .number(comparison.calibration.meanDifference ?? 0, language),
                           controlsCompared: comparison.calibration.compared),
            standards: standards,
            overrides: comparison.overrides.map {
                .init(control: $0.controlId, from: $0.override.from.rawValue, to: $0.override.to.rawValue,
                      authority: $0.override.authority, time: $0.override.time, remark: $0.override.remark,
                      fromLabel: Messages.label($0.override.from.rawValue, lang),
                      toLabel: Messages.label($0.override.to.rawValue, lang),
                      timeText: DateText.dateTime(iso: $0.override.time, language))
            },
            findings: comparison.findings.map {
                .init(id: $0.id, control: $0.controlId, severity: $0.severity.rawValue,
                      severityLabel: Messages.label($0.severity.rawValue, lang), description: $0.description,
                      rekomendasi: $0.rekomendasi)
            },
            signatories: faktual.assessors.map {
                .init(name: $0.name, role: $0.role, institution: $0.institution, nip: $0.nip, place: $0.place)
            })
    }

    /// The comparison's colour: agreement and status together, so two "tidak memenuhi" that agree
    /// are not green.
    static func tone(relation: String, faktual: String) -> String {
        switch relation {
        case "sama":
            switch faktual {
            case "memenuhi": "ok"
            case "sebagian": "partial"
            case "tidak": "bad"
            default: "none"
            }
        case "asesor-lebih-rendah": "bad"
        case "asesor-lebih-tinggi": "higher"
        default: "none"
        }
    }
}
