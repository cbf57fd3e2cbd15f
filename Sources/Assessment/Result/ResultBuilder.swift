public import Catalog

/// Scores an answer file into an ``AssessmentResult``. Pure.
public struct ResultBuilder: Sendable {
    public let catalog: StandardsCatalog
    public let policy: ScoringPolicy

    public init(catalog: StandardsCatalog, policy: ScoringPolicy) {
        self.catalog = catalog
        self.policy = policy
    }

    /// The result of `answers`, with claims checked against `evidence` (empty when unknown).
    public func assess(_ answers: AnswerFile, evidence: EvidenceFacts) -> AssessmentResult {
        let statuses = answers.statuses
        let assessed = answers.answers.filter { $0.status != .tidakBerlaku }
        return AssessmentResult(
            kind: answers.kind, lpse: answers.lpse, date: answers.date, assessors: answers.assessors,
            catalogVersion: catalog.version, policyVersion: policy.version,
            score: Scorer(catalog: catalog, policy: policy).score(statuses),
            claimsWithoutEvidence: ClaimCheck.claimsWithoutEvidence(answers, catalog: catalog, evidence: evidence),
            evidenceKnown: !evidence.isEmpty,
            proposed: answers.answers.filter(\.proposed).map(\.controlId),
            controlsAssessed: assessed.count, controlsMet: assessed.filter { $0.status == .memenuhi }.count,
            nextSteps: nextSteps(statuses))
    }

    /// Every control short of `memenuhi` that counts: mandatory ones first, then those that alone
    /// complete their standard, then the largest gain in the standard's percentage, then by id.
    public func nextSteps(_ statuses: [String: ControlStatus]) -> [NextStep] {
        let explainer = Explainer(catalog: catalog, policy: policy)
        var candidates: [NextStep] = []
        for standard in catalog.standards {
            let explanation = explainer.explain(standard, statuses: statuses, model: .patuh)
            let before = explanation.percent ?? 0
            for (control, contribution) in zip(standard.controls, explanation.contributions) {
                guard let whatIf = contribution.whatIf, contribution.status != .tidakBerlaku else { continue }
                candidates.append(NextStep(
                    rank: 0, standardId: standard.id, controlId: control.id, mandatory: control.mandatory,
                    status: contribution.status, gainPoints: max((whatIf.percent ?? before) - before, 0),
                    completesStandard: whatIf.changesDetermination && whatIf.terpenuhi))
            }
        }
        let ordered = candidates.sorted {
            if $0.mandatory != $1.mandatory { return $0.mandatory }
            if $0.completesStandard != $1.completesStandard { return $0.completesStandard }
            // Gains equal to the hundredth a report shows rank by id, so the order reads as it looks.
            let (left, right) = (($0.gainPoints * 100).rounded(), ($1.gainPoints * 100).rounded())
            if left != right { return left > right }
            return $0.controlId < $1.controlId
        }
        return ordered.enumerated().map { index, step in
            var step = step
            step.rank = index + 1
            return step
        }
    }
}
