import Catalog

/// How an XCCDF 1.2 rule result is derived from a control status (NISTIR 7275 r4, §6.6.4).
public enum XCCDFResult: String, Sendable, Hashable, Codable, CaseIterable {
    /// The rule passed.
    case pass
    /// The rule failed.
    case fail
    /// The rule does not apply: excluded from every XCCDF score.
    case notapplicable
    /// The rule was not checked: excluded from every XCCDF score.
    case notchecked

    /// Whether the result takes part in scoring (pass and fail do; the others are skipped).
    public var isScored: Bool { self == .pass || self == .fail }
}

/// What a status is worth: its points (or exclusion) and its XCCDF result.
public struct StatusValue: Sendable, Hashable, Codable {
    /// The share of a control's weight the status earns; `nil` when the control is left out of
    /// both the numerator and the denominator (tidak berlaku).
    public var points: Points?
    public var xccdf: XCCDFResult

    /// Creates a status value.
    public init(points: Points?, xccdf: XCCDFResult) {
        self.points = points
        self.xccdf = xccdf
    }
}

/// The scoring policy of `Standards/penilaian.xml`: what each status is worth, when a standard
/// is terpenuhi, and when the LPSE may be certified. None of these numbers lives in code.
///
/// ## Topics
/// - ``value(of:)``
/// - ``notAssessed``
/// - ``groupWeight(_:)``
/// - ``nothingApplicableIsTerpenuhi(for:)``
/// - ``notApplicableViolations(_:catalog:hosting:)``
public struct ScoringPolicy: Sendable, Hashable, Codable {
    /// The policy's version.
    public var version: String
    /// The value of each status.
    public var statusValues: [ControlStatus: StatusValue]
    /// The value of a control of the catalog the file does not assess.
    public var notAssessed: StatusValue
    /// The least weighted score, as a share of the maximum, for a standard to be terpenuhi.
    public var minimumRatio: Points
    /// The status every applicable mandatory (wajib) control must have.
    public var mandatoryStatus: ControlStatus
    /// Whether a standard whose every control is tidak berlaku (maximum 0) counts as terpenuhi,
    /// unless ``nothingApplicableByStandard`` names it.
    public var nothingApplicableIsTerpenuhi: Bool
    /// Per standard: whether it counts as terpenuhi when nothing in it applies.
    public var nothingApplicableByStandard: [String: Bool]
    /// Which controls may be tidak berlaku, and on which hosting of the SPSE; no other may.
    public var notApplicableAllowances: [NotApplicableAllowance]
    /// How many standards must be terpenuhi for certification; `nil` means all of them.
    public var certificationMinimum: Int?
    /// Fraction digits of printed percentages (rounded under ``PercentRule``).
    public var percentDecimals: Int
    /// The XCCDF weight of a standard's group when ``groupWeights`` does not name it.
    public var defaultGroupWeight: Double
    /// XCCDF group weights by standard id.
    public var groupWeights: [String: Double]
    /// Where the policy was read from.
    public var source: String

    /// Creates a policy.
    public init(version: String, statusValues: [ControlStatus: StatusValue], notAssessed: StatusValue,
                minimumRatio: Points, mandatoryStatus: ControlStatus = .memenuhi,
                nothingApplicableIsTerpenuhi: Bool = true, nothingApplicableByStandard: [String: Bool] = [:],
                notApplicableAllowances: [NotApplicableAllowance] = [], certificationMinimum: Int? = nil,
                percentDecimals: Int = 1, defaultGroupWeight: Double = 1, groupWeights: [String: Double] = [:],
                source: String = "") {
        self.version = version
        self.statusValues = statusValues
        self.notAssessed = notAssessed
        self.minimumRatio = minimumRatio
        self.mandatoryStatus = mandatoryStatus
        self.nothingApplicableIsTerpenuhi = nothingApplicableIsTerpenuhi
        self.nothingApplicableByStandard = nothingApplicableByStandard
        self.notApplicableAllowances = notApplicableAllowances
        self.certificationMinimum = certificationMinimum
        self.percentDecimals = percentDecimals
        self.defaultGroupWeight = defaultGroupWeight
        self.groupWeights = groupWeights
        self.source = source
    }

    /// The value of a status, or of "not assessed" for `nil`. The loader guarantees every status
    /// has one; a policy built in code without one treats the status as not assessed.
    public func value(of status: ControlStatus?) -> StatusValue {
        guard let status else { return notAssessed }
        return statusValues[status] ?? notAssessed
    }

    /// Whether `standardId` counts as terpenuhi when every control in it is tidak berlaku.
    public func nothingApplicableIsTerpenuhi(for standardId: String) -> Bool {
        nothingApplicableByStandard[standardId] ?? nothingApplicableIsTerpenuhi
    }

    /// The XCCDF weight of a standard's group.
    public func groupWeight(_ standardId: String) -> Double {
        groupWeights[standardId] ?? defaultGroupWeight
    }

    /// How many standards certification needs out of `count`.
    public func certificationRequirement(of count: Int) -> Int {
        min(certificationMinimum ?? count, count)
    }
}

extension ScoringPolicy {
    /// The weighted score a standard needs, in percent (80 for a ratio of 0.8): the threshold no
    /// displayed percentage below it may reach.
    public var thresholdPercent: Double { minimumRatio.doubleValue * 100 }
}
