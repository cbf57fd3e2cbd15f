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
                      header: ReportHeader) -> MandiriReport {
        let standards = zip(catalog.standards, result.score.standards).map { standard, scored in
            MandiriReport.StandardResult(
                id: standard.id, name: standard.name.text(language),
                score: Figure(scored.score.value ?? 0), maximum: Figure(scored.score.maximum),
                percent: Figure(scored.percent(decimals: policy.percentDecimals) ?? 0),
                terpenuhi: scored.terpenuhi, mandatoryNotMet: scored.mandatoryNotMet,
                controls: standard.controls.map { control(control: $0, answer: answers.answer($0.id), evidence: evidence) })
        }
        return MandiriReport(
            header: header,
            assessment: .init(date: result.date, assessors: result.assessors.map(\.name), source: source,
                              scoringModel: ScoringModel.patuh.rawValue,
                              thresholdPercent: Figure((policy.minimumRatio.doubleValue) * 100),
                              policyVersion: result.policyVersion),
            summary: .init(terpenuhi: result.terpenuhi, of: result.standardCount,
                           eligibleForCertification: result.eligibleForCertification,
                           claimsWithoutEvidence: result.claimsWithoutEvidence.count,
                           controlsMet: result.controlsMet, controlsAssessed: result.controlsAssessed),
            standards: standards,
            nextSteps: result.nextSteps.map(nextStep),
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
                  files: facts.files, message: facts.message ?? "")
    }

    /// A ranked step in the report's words.
    private func nextStep(_ step: NextStep) -> MandiriReport.NextStep {
        let current = step.status?.rawValue ?? "tidak-dinilai"
        let label = Messages.label(current, language.rawValue)
        let template = Messages.table(language.rawValue)[step.mandatory ? "reason.mandatory" : "reason.optional"] ?? "%@"
        return MandiriReport.NextStep(
            rank: step.rank, standard: step.standardId, control: step.controlId,
            title: catalog.control(step.controlId)?.control.title.text(language) ?? "", mandatory: step.mandatory,
            reason: template.replacingOccurrences(of: "%@", with: label), gainPoints: Figure(step.gainPoints),
            completesStandard: step.completesStandard)
    }
}
