public import Assessment
public import Catalog

/// The scores a `TestResult` carries: the four XCCDF 1.2 models as ``XCCDFScorer`` computes
/// them, then the policy's own model (standards terpenuhi out of 17).
///
/// XCCDF's `score` is a decimal, so a score Patuh leaves undefined (nothing scored: every rule
/// notapplicable or notchecked) is written as 0, as OpenSCAP writes it. The absolute model's
/// maximum is 1 here (NISTIR 7275 r4 §7.3.2.4); OpenSCAP 1.3 writes the flat maximum instead.
public enum XCCDFScores {
    /// The four XCCDF models, in the order a TestResult lists them.
    public static let models: [ScoringModel] = [.xccdfDefault, .flat, .flatUnweighted, .absolute]

    /// One score line: the model, the value (`nil`: nothing scored) and the maximum.
    public struct Line: Sendable, Hashable {
        public var model: ScoringModel
        public var value: Double?
        public var maximum: Double

        /// The model's URI, as `<score system>` names it.
        public var system: String { model.uri }
        /// The value as written: 0 when nothing is scored.
        public var writtenValue: Double { value ?? 0 }
    }

    /// The benchmark-level scores of `statuses`: the four XCCDF models, then ``ScoringModel/patuh``.
    public static func compute(catalog: StandardsCatalog, policy: ScoringPolicy,
                               statuses: [String: ControlStatus]) -> [Line] {
        let scorer = XCCDFScorer(catalog: catalog, policy: policy)
        return (models + [.patuh]).map { model in
            let score = scorer.score(statuses, model: model).benchmark
            return Line(model: model, value: score.value, maximum: score.maximum)
        }
    }
}
