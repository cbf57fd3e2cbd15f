public import Catalog

/// The four scoring models of XCCDF 1.2 (NISTIR 7275 r4, §7.3.2), over the catalog seen as a
/// benchmark: each standard is a Group, each control a Rule whose weight is the control's weight;
/// a Group's weight is the policy's XCCDF group weight (default 1). A rule's result comes from
/// the policy (`memenuhi` → pass, `sebagian`/`tidak` → fail, `tidak-berlaku` → notapplicable,
/// not assessed → notchecked). Only pass and fail are *scored*; every other result leaves the
/// rule out of numerator, denominator and count alike.
///
/// **Default model** (`urn:xccdf:scoring:default`), computed bottom-up:
///
///     Rule r, scored:        s(r) = 100 if pass else 0,   count(r) = 1
///     Group g (and the Benchmark, over its Groups), over children c with count(c) > 0:
///                            count(g) = number of such children
///                            a(g)     = Σ w(c)                       (accumulator)
///                            s(g)     = Σ s(c) × w(c) / a(g)        (when a(g) ≠ 0; else Σ s(c) × w(c) = 0)
///     maximum = 100
///
/// so each group is normalised to 0–100 before the benchmark takes the weighted mean of the
/// groups, and a group with nothing scored (count 0) is skipped by its parent.
///
/// **Flat model** (`urn:xccdf:scoring:flat`): `s = Σ w(r)` over passed rules, `maximum = Σ w(r)`
/// over scored rules. Group weights play no part.
///
/// **Flat unweighted** (`urn:xccdf:scoring:flat-unweighted`): the flat model with every weight
/// taken as 1: passed rules out of scored rules.
///
/// **Absolute** (`urn:xccdf:scoring:absolute`): `s = 1` when every scored rule passes, else `0`;
/// `maximum = 1`. A failed rule of weight 0 still makes it 0 (its result is scored; only its
/// weight is zero).
///
/// Per-standard scores are the same formulas applied to one group; a group with nothing scored
/// has no value (`nil`, ``Score/nothingScored``): OpenSCAP scores no group on its own and its
/// parent skips it. A benchmark with nothing scored takes OpenSCAP's values
/// (`xccdf_result_calculate_score`): default 0 of 100, flat 0 of 0, flat-unweighted 0 of 0, and
/// absolute 1, because the 0 passed equals the 0 scored; its maximum stays 1 here (OpenSCAP
/// reports the weight sum, 0). Asked for ``ScoringModel/patuh``, this scorer hands over to
/// ``Scorer``: a group's score is the standard's earned points, the benchmark's is the count of
/// standards terpenuhi.
///
/// ## Topics
/// - ``score(_:model:)``
/// - ``scoreGroup(_:statuses:model:)``
public struct XCCDFScorer: Sendable {
    public let catalog: StandardsCatalog
    public let policy: ScoringPolicy

    /// Creates a scorer for a catalog and a policy.
    public init(catalog: StandardsCatalog, policy: ScoringPolicy) {
        self.catalog = catalog
        self.policy = policy
    }

    /// The benchmark's score and each group's, under one XCCDF model (``ScoringModel/patuh`` is
    /// not one: pass it to ``Scorer``).
    public func score(_ statuses: [String: ControlStatus], model: ScoringModel) -> (benchmark: Score, groups: [String: Score]) {
        if model == .patuh {
            let result = Scorer(catalog: catalog, policy: policy).score(statuses)
            return (result.overall, Dictionary(uniqueKeysWithValues: result.standards.map { ($0.standardId, $0.score) }))
        }
        var groups: [String: Score] = [:]
        var tallies: [Tally] = []
        for standard in catalog.standards {
            let tally = Tally(standard.controls.map { rule($0, statuses) })
            tallies.append(tally)
            groups[standard.id] = tally.score(model)
        }
        let benchmark: Score
        if model == .xccdfDefault {
            let children = zip(catalog.standards, tallies).compactMap { standard, tally in
                tally.defaultScore.map { (score: $0, weight: policy.groupWeight(standard.id)) }
            }
            let mean = Self.weightedMean(children)
            benchmark = Score(model: model, value: mean ?? 0, maximum: 100, nothingScored: mean == nil)
        } else {
            benchmark = Tally(tallies.flatMap(\.rules)).benchmarkScore(model)
        }
        return (benchmark, groups)
    }

    /// One group's score under one model.
    public func scoreGroup(_ standard: Standard, statuses: [String: ControlStatus], model: ScoringModel) -> Score {
        if model == .patuh { return Scorer(catalog: catalog, policy: policy).scoreStandard(standard, statuses: statuses).score }
        return Tally(standard.controls.map { rule($0, statuses) }).score(model)
    }

    /// A control as an XCCDF rule: its weight and result.
    public func rule(_ control: Control, _ statuses: [String: ControlStatus]) -> (weight: Double, result: XCCDFResult) {
        (Double(control.weight), policy.value(of: statuses[control.id]).xccdf)
    }

    /// The default model's normalisation: `Σ s × w / Σ w`, `nil` when there are no children,
    /// and the plain sum (0) when the accumulator is 0.
    static func weightedMean(_ children: [(score: Double, weight: Double)]) -> Double? {
        guard !children.isEmpty else { return nil }
        let accumulator = children.reduce(0) { $0 + $1.weight }
        let sum = children.reduce(0) { $0 + $1.score * $1.weight }
        return accumulator != 0 ? sum / accumulator : sum
    }
}

/// The scored rules of a scope (a group or the whole benchmark) and the flat sums over them.
struct Tally {
    /// Only the scored rules (pass or fail).
    let rules: [(weight: Double, result: XCCDFResult)]

    init(_ rules: [(weight: Double, result: XCCDFResult)]) {
        self.rules = rules.filter { $0.result.isScored }
    }

    /// The default model's group score: rules are 100 or 0, normalised by their weights.
    var defaultScore: Double? {
        XCCDFScorer.weightedMean(rules.map { (score: $0.result == .pass ? 100 : 0, weight: $0.weight) })
    }

    /// A group's score: no value when nothing was scored.
    func score(_ model: ScoringModel) -> Score {
        var score = benchmarkScore(model)
        if score.nothingScored { score.value = nil }
        return score
    }

    /// The benchmark's score: with nothing scored, OpenSCAP's values (0, and 1 for absolute).
    func benchmarkScore(_ model: ScoringModel) -> Score {
        let empty = rules.isEmpty
        switch model {
        case .xccdfDefault, .patuh:
            // `.patuh` never reaches a tally: XCCDFScorer hands it to Scorer first.
            return Score(model: .xccdfDefault, value: defaultScore ?? 0, maximum: 100, nothingScored: empty)
        case .flat:
            let passed = rules.filter { $0.result == .pass }.reduce(0) { $0 + $1.weight }
            return Score(model: model, value: passed, maximum: rules.reduce(0) { $0 + $1.weight }, nothingScored: empty)
        case .flatUnweighted:
            let passed = Double(rules.filter { $0.result == .pass }.count)
            return Score(model: model, value: passed, maximum: Double(rules.count), nothingScored: empty)
        case .absolute:
            let allPass = rules.allSatisfy { $0.result == .pass }
            return Score(model: model, value: allPass ? 1 : 0, maximum: 1, nothingScored: empty)
        }
    }
}
