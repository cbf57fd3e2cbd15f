/// A way to turn control statuses into a number.
///
/// ``patuh`` is the policy's own model (`Standards/penilaian.xml`); the other four are the
/// scoring models of XCCDF 1.2 (NISTIR 7275 r4, §7.3.2), with the standards as groups and the
/// controls as rules. See ``XCCDFScorer`` for their formulas.
public enum ScoringModel: String, Sendable, Hashable, Codable, CaseIterable {
    /// The policy's model: per standard Σ weight × status points out of Σ weight over the
    /// applicable controls; the count of standards terpenuhi overall.
    case patuh
    /// XCCDF `urn:xccdf:scoring:default`: per-group normalised, weighted averages, out of 100.
    case xccdfDefault = "default"
    /// XCCDF `urn:xccdf:scoring:flat`: Σ weights of passed rules out of Σ weights of scored rules.
    case flat
    /// XCCDF `urn:xccdf:scoring:flat-unweighted`: passed rules out of scored rules.
    case flatUnweighted = "flat-unweighted"
    /// XCCDF `urn:xccdf:scoring:absolute`: 1 when every scored rule passes, else 0.
    case absolute

    /// The model's URI, as an XCCDF `<score system="...">` would name it.
    public var uri: String {
        switch self {
        case .patuh: "urn:patuh:scoring:penilaian"
        case .xccdfDefault: "urn:xccdf:scoring:default"
        case .flat: "urn:xccdf:scoring:flat"
        case .flatUnweighted: "urn:xccdf:scoring:flat-unweighted"
        case .absolute: "urn:xccdf:scoring:absolute"
        }
    }

    /// The model named by its short name (`flat`) or its URI (`urn:xccdf:scoring:flat`).
    public init?(name: String) {
        if let model = ScoringModel(rawValue: name) {
            self = model
        } else if let model = ScoringModel.allCases.first(where: { $0.uri == name }) {
            self = model
        } else {
            return nil
        }
    }
}

/// A number with the model that produced it and its maximum: every score Patuh prints is one.
public struct Score: Sendable, Hashable, Codable {
    public var model: ScoringModel
    /// The score, or `nil` when nothing was scored (every control excluded).
    public var value: Double?
    /// The largest value the score could have.
    public var maximum: Double
    /// Nothing in the score's scope was scored (every control tidak berlaku or not assessed).
    /// A group's value is then `nil`; the benchmark's is what OpenSCAP computes (see
    /// ``XCCDFScorer``).
    public var nothingScored: Bool

    /// Creates a score.
    public init(model: ScoringModel, value: Double?, maximum: Double, nothingScored: Bool = false) {
        self.model = model
        self.value = value
        self.maximum = maximum
        self.nothingScored = nothingScored
    }
}
