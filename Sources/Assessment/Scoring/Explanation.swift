public import Catalog

/// What would change if one control became `memenuhi`.
public struct WhatIf: Sendable, Hashable, Codable {
    /// The standard's score under the model, afterwards.
    public var score: Score
    /// How much the score would rise, in the model's points.
    public var delta: Double?
    /// The policy's percentage afterwards (rounded down).
    public var percent: Double?
    /// The determination afterwards.
    public var terpenuhi: Bool
    /// Whether the determination would change.
    public var changesDetermination: Bool
}

/// One control's contribution to its standard's score.
public struct ControlContribution: Sendable, Hashable, Codable {
    public var controlId: String
    public var weight: Int
    public var mandatory: Bool
    /// `nil`: not assessed.
    public var status: ControlStatus?
    /// The control as an XCCDF rule.
    public var result: XCCDFResult
    /// What the control adds to the score under the model; `nil` when it is left out of the
    /// score (or, under the absolute model, where no control adds anything by itself).
    public var contribution: Double?
    /// What it would add at best.
    public var maximumContribution: Double?
    /// `nil` when the control is already `memenuhi`.
    public var whatIf: WhatIf?
}

/// A standard's score explained control by control, under one model.
public struct StandardExplanation: Sendable, Hashable, Codable {
    public var standardId: String
    public var score: Score
    /// The policy's view: determination and mandatory controls not met.
    public var determination: StandardScore
    public var percent: Double?
    public var contributions: [ControlContribution]
}

/// Explains a standard's score: each control's contribution, and the what-if of making it
/// `memenuhi`. Contributions per model (for control `c` of weight `w`, in a group whose scored
/// weights sum to `a`):
///
/// - patuh: `w × points(status)` of `w`;
/// - default: `100 × w / a` if pass, else 0, of `100 × w / a` (the terms of the group's normalised sum);
/// - flat: `w` if pass, else 0, of `w`; flat-unweighted: 1 if pass, else 0, of 1;
/// - absolute: none (only the what-if says something).
///
/// The what-if rescores the standard with that one control set to `memenuhi`.
public struct Explainer: Sendable {
    public let catalog: StandardsCatalog
    public let policy: ScoringPolicy

    /// Creates an explainer.
    public init(catalog: StandardsCatalog, policy: ScoringPolicy) {
        self.catalog = catalog
        self.policy = policy
    }

    /// Explains `standard` under `model`.
    public func explain(_ standard: Standard, statuses: [String: ControlStatus], model: ScoringModel) -> StandardExplanation {
        let scorer = Scorer(catalog: catalog, policy: policy)
        let models = XCCDFScorer(catalog: catalog, policy: policy)
        let determination = scorer.scoreStandard(standard, statuses: statuses)
        let score = models.scoreGroup(standard, statuses: statuses, model: model)
        let rules = standard.controls.map { models.rule($0, statuses) }
        let accumulator = rules.filter(\.result.isScored).reduce(0) { $0 + $1.weight }
        let contributions = zip(standard.controls, determination.controls).map { control, scored in
            let rule = models.rule(control, statuses)
            let (gained, best) = contribution(model, scored: scored, rule: rule, accumulator: accumulator)
            var whatIf: WhatIf?
            if scored.status != .memenuhi {
                var changed = statuses
                changed[control.id] = .memenuhi
                let after = scorer.scoreStandard(standard, statuses: changed)
                let newScore = models.scoreGroup(standard, statuses: changed, model: model)
                whatIf = WhatIf(score: newScore, delta: difference(newScore.value, score.value),
                                percent: after.percent(policy), terpenuhi: after.terpenuhi,
                                changesDetermination: after.terpenuhi != determination.terpenuhi)
            }
            return ControlContribution(controlId: control.id, weight: control.weight, mandatory: control.mandatory,
                                       status: scored.status, result: rule.result, contribution: gained,
                                       maximumContribution: best, whatIf: whatIf)
        }
        return StandardExplanation(standardId: standard.id, score: score, determination: determination,
                                   percent: determination.percent(policy),
                                   contributions: contributions)
    }

    private func contribution(_ model: ScoringModel, scored: ControlScore, rule: (weight: Double, result: XCCDFResult),
                              accumulator: Double) -> (Double?, Double?) {
        let pass = rule.result == .pass
        switch model {
        case .patuh:
            return (scored.earned?.doubleValue, scored.possible?.doubleValue)
        case .xccdfDefault:
            guard rule.result.isScored, accumulator != 0 else { return (nil, nil) }
            let share = 100 * rule.weight / accumulator
            return (pass ? share : 0, share)
        case .flat:
            guard rule.result.isScored else { return (nil, nil) }
            return (pass ? rule.weight : 0, rule.weight)
        case .flatUnweighted:
            guard rule.result.isScored else { return (nil, nil) }
            return (pass ? 1 : 0, 1)
        case .absolute:
            return (nil, nil)
        }
    }

    private func difference(_ after: Double?, _ before: Double?) -> Double? {
        guard let after else { return nil }
        return after - (before ?? 0)
    }
}
