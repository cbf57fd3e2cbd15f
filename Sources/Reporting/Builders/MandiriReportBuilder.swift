import Foundation
public import Assessment
public import Catalog
public import Core

/// Builds the ``MandiriReport`` view model from a scored penilaian mandiri and the evidence
/// registry's facts. Pure: every number comes from ``Scorer``, ``Explainer`` and ``ClaimCheck``.
public struct MandiriReportBuilder: Sendable {
    public let catalog: StandardsCatalog
    public let policy: ScoringPolicy
    public let language: Language

    public init(catalog: StandardsCatalog, policy: ScoringPolicy, language: Language) {
        self.catalog = catalog
        self.policy = policy
        self.language = language
    }

    /// The report for `answers`; `source` names the answer file as the report shows it.
    public func build(answers: AnswerFile, source: String, evidence: EvidenceFacts, header: ReportHeader) -> MandiriReport {
        let statuses = answers.statuses
        let scorer = Scorer(catalog: catalog, policy: policy)
        let result = scorer.score(statuses)
        let claims = ClaimCheck.claimsWithoutEvidence(answers, catalog: catalog, evidence: evidence)
        let standards = zip(catalog.standards, result.standards).map { standard, scored in
            MandiriReport.StandardResult(
                id: standard.id, name: standard.name.text(language),
                score: Figure(scored.score.value ?? 0), maximum: Figure(scored.score.maximum),
                percent: Figure(scored.percent(decimals: policy.percentDecimals) ?? 0),
                terpenuhi: scored.terpenuhi, mandatoryNotMet: scored.mandatoryNotMet,
                controls: standard.controls.map { control(control: $0, answer: answers.answer($0.id), evidence: evidence) })
        }
        let assessed = answers.answers.filter { $0.status != .tidakBerlaku }
        return MandiriReport(
            header: header,
            assessment: .init(date: answers.date, assessors: answers.assessors.map(\.name), source: source,
                              scoringModel: ScoringModel.patuh.rawValue,
                              thresholdPercent: Figure((policy.minimumRatio.doubleValue) * 100),
                              policyVersion: policy.version),
            summary: .init(terpenuhi: result.terpenuhiCount, of: result.standardCount,
                           eligibleForCertification: result.eligibleForCertification,
                           claimsWithoutEvidence: claims.count,
                           controlsMet: assessed.filter { $0.status == .memenuhi }.count,
                           controlsAssessed: assessed.count),
            standards: standards,
            nextSteps: nextSteps(statuses: statuses),
            claimsWithoutEvidence: claims.map { claim in
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

    /// Every control short of `memenuhi`: mandatory ones first, then the largest gain, then by id.
    private func nextSteps(statuses: [String: ControlStatus]) -> [MandiriReport.NextStep] {
        let explainer = Explainer(catalog: catalog, policy: policy)
        var candidates: [MandiriReport.NextStep] = []
        for standard in catalog.standards {
            let explanation = explainer.explain(standard, statuses: statuses, model: .patuh)
            let before = explanation.percent ?? 0
            for (control, contribution) in zip(standard.controls, explanation.contributions) {
                guard let whatIf = contribution.whatIf, contribution.status != .tidakBerlaku else { continue }
                let current = contribution.status?.rawValue ?? "tidak-dinilai"
                let label = Messages.label(current, language.rawValue)
                let template = Messages.table(language.rawValue)[control.mandatory ? "reason.mandatory" : "reason.optional"] ?? "%@"
                candidates.append(MandiriReport.NextStep(
                    rank: 0, standard: standard.id, control: control.id, title: control.title.text(language),
                    mandatory: control.mandatory, reason: template.replacingOccurrences(of: "%@", with: label),
                    gainPoints: Figure(max((whatIf.percent ?? before) - before, 0)),
                    completesStandard: whatIf.changesDetermination && whatIf.terpenuhi))
            }
        }
        let ordered = candidates.sorted {
            if $0.mandatory != $1.mandatory { return $0.mandatory }
            if $0.completesStandard != $1.completesStandard { return $0.completesStandard }
            if $0.gainPoints.value != $1.gainPoints.value { return $0.gainPoints.value > $1.gainPoints.value }
            return $0.control < $1.control
        }
        return ordered.enumerated().map { index, step in
            var step = step
            step.rank = index + 1
            return step
        }
    }
}
