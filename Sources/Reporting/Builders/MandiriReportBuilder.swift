import Foundation
public import Assessment
public import Catalog
public import Core

/// Builds the ``MandiriReport`` view model from a scored penilaian mandiri and the evidence
/// registry's facts. Pure: every number comes from the ``AssessmentResult``.
public struct MandiriReportBuilder: Sendable {
    public let catalog: StandardsCatalog
    public let policy: ScoringPolicy
    public let language: Language

    public init(catalog: StandardsCatalog, policy: ScoringPolicy, language: Language) {
        self.catalog = catalog
        self.policy = policy
        self.language = language
    }

    /// The report of a scored penilaian: the numbers come from `result`; `answers` gives each
    /// control's fakta, analisis and citations; `source` names the answer file as the report shows it.
    public func build(result: AssessmentResult, answers: AnswerFile, source: String, evidence: EvidenceFacts,
                      header: ReportHeader, missingCitations: [MissingCitation] = []) -> MandiriReport {
        var report = build(result: result, answers: answers, source: source, evidence: evidence, header: header)
        let notices = AssessmentNotices(catalog: catalog, language: language)
        let lines = [notices.unreviewed(result)].compactMap { $0 } + notices.citations(missingCitations)
        report.notices = lines.isEmpty ? nil : lines
        report.unreviewed = result.proposed.isEmpty ? nil : result.proposed
        report.missingCitations = missingCitations.isEmpty ? nil : missingCitations
        return report
    }

    private func build(result: AssessmentResult, answers: AnswerFile, source: String, evidence: EvidenceFacts,
                       header: ReportHeader) -> MandiriReport {
        let standards = zip(catalog.standards, result.score.standards).map { standard, scored in
            MandiriReport.StandardResult(
                id: standard.id, name: standard.name.text(language),
                score: .number(scored.score.value ?? 0, language), maximum: .number(scored.score.maximum, language),
                percent: .percent(scored.percent(policy) ?? 0, language),
                terpenuhi: scored.terpenuhi, mandatoryNotMet: scored.mandatoryNotMet,
                controls: standard.controls.map { control(control: $0, answer: answers.answer($0.id), evidence: evidence) })
        }
        return MandiriReport(
            header: header,
            assessment: .init(date: result.date, assessors: result.assessors.map(\.name), source: source,
                              scoringModel: ScoringModel.patuh.rawValue,
                              thresholdPercent: .percent(policy.thresholdPercent, language),
                              policyVersion: result.policyVersion),
            summary: .init(terpenuhi: result.terpenuhi, of: result.standardCount,
                           eligibleForCertification: result.eligibleForCertification,
                           claimsWithoutEvidence: result.claimsWithoutEvidence.count,
                           controlsMet: result.controlsMet, controlsAssessed: result.controlsAssessed),
            standards: standards,
            nextSteps: result.nextSteps.map { nextStep($0, evidence: evidence, date: Self.day(header.generatedAt)) },
            claimsWithoutEvidence: result.claimsWithoutEvidence.map { claim in
                .init(control: claim.controlId, title: catalog.control(claim.controlId)?.control.title.text(language) ?? "",
                      rules: claim.rules.map(\.ruleId))
            })
    }

    private func control(control: Control, answer: ControlAnswer?, evidence: EvidenceFacts) -> MandiriReport.ControlResult {
        let status = answer?.status.rawValue ?? "tidak-dinilai"
        return MandiriReport.ControlResult(
            id: control.id, title: control.title.text(language), weight: control.weight, mandatory: control.mandatory,
            status: status, statusLabel: Messages.label(status, language.rawValue),
            fakta: answer?.justification?.fakta ?? "", analisis: answer?.justification?.analisis ?? "",
            evidenceCited: answer?.evidence.map {
                switch $0 {
                case .file(let path): path
                case .rule(let id): id
                }
            } ?? [],
            rules: control.evidenceRules.compactMap { rule in evidence[rule.id].map { ruleState(rule, $0) } })
    }

    func ruleState(_ rule: EvidenceRule, _ facts: RuleEvidence) -> RuleState {
        RuleState(id: rule.id, kind: rule.kind.rawValue, status: facts.status.rawValue,
                  statusLabel: Messages.label(facts.status.rawValue, language.rawValue),
                  files: facts.files, message: facts.message ?? "",
                  label: catalog.rule(rule.id).map { RuleWords(language: language).label(rule, control: $0.control) } ?? rule.id)
    }

    /// A ranked step in the report's words.
    /// The civil date of an ISO 8601 instant or date (the report's own day).
    static func day(_ iso: String) -> CivilDate {
        CivilDate(iso: String(iso.prefix(10))) ?? CivilDate(dayNumber: 0)
    }

    /// Per rule of the control that is not `ok` (or, when all are, per rule: the evidence must be
    /// renewed once the requirement is carried out), what to do in plain words.
    func actions(_ controlId: String, evidence: EvidenceFacts, date: CivilDate) -> [String] {
        guard let (standard, control) = catalog.control(controlId) else { return [] }
        let words = RuleWords(language: language)
        let open = control.evidenceRules.filter { rule in evidence[rule.id].map { $0.status != .ok } ?? true }
        let actions = open.map { words.action($0, standard: standard, control: control, on: date) }
        guard actions.isEmpty else { return actions }
        return [Messages.table(language.rawValue)["action.redo"] ?? ""]
            + control.evidenceRules.map { words.action($0, standard: standard, control: control, on: date) }
    }

    private func nextStep(_ step: NextStep, evidence: EvidenceFacts, date: CivilDate) -> MandiriReport.NextStep {
        let current = step.status?.rawValue ?? "tidak-dinilai"
        let label = Messages.label(current, language.rawValue)
        let template = Messages.table(language.rawValue)[step.mandatory ? "reason.mandatory" : "reason.optional"] ?? "%@"
        return MandiriReport.NextStep(
            rank: step.rank, standard: step.standardId, control: step.controlId,
            title: catalog.control(step.controlId)?.control.title.text(language) ?? "", mandatory: step.mandatory,
            reason: template.replacingOccurrences(of: "%@", with: label), gainPoints: .points(step.gainPoints, language),
            completesStandard: step.completesStandard,
            requirement: catalog.control(step.controlId)?.control.requirement.text(language) ?? "",
            actions: actions(step.controlId, evidence: evidence, date: date))
    }
}
