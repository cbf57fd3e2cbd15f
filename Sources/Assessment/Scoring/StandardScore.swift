/// One control's part in its standard under the policy's model.
public struct ControlScore: Sendable, Hashable, Codable {
    public var controlId: String
    public var weight: Int
    public var mandatory: Bool
    /// The status, or `nil` when the file does not assess the control.
    public var status: ControlStatus?
    /// Weight × the status's points; `nil` when the status is excluded (tidak berlaku).
    public var earned: Points?
    /// The weight, counted in the maximum; `nil` when excluded.
    public var possible: Points?

    /// Creates a control's score.
    public init(controlId: String, weight: Int, mandatory: Bool, status: ControlStatus?, earned: Points?, possible: Points?) {
        self.controlId = controlId
        self.weight = weight
        self.mandatory = mandatory
        self.status = status
        self.earned = earned
        self.possible = possible
    }

    /// Whether the control counts in the score at all.
    public var isApplicable: Bool { possible != nil }
}

/// A standard's score and determination under the policy's model.
public struct StandardScore: Sendable, Hashable, Codable {
    public var standardId: String
    public var controls: [ControlScore]
    /// Σ weight × points over the applicable controls.
    public var earned: Points
    /// Σ weight over the applicable controls.
    public var possible: Points
    /// Applicable mandatory controls whose status is not the policy's mandatory status, in order.
    public var mandatoryNotMet: [String]
    /// Whether the earned share reaches the policy's minimum ratio (exactly).
    public var meetsRatio: Bool
    /// Every control is excluded, so the maximum is 0; the policy decides the determination.
    public var nothingApplicable: Bool
    /// The determination: every mandatory control met and the ratio reached.
    public var terpenuhi: Bool

    /// Creates a standard's score.
    public init(standardId: String, controls: [ControlScore], earned: Points, possible: Points,
                mandatoryNotMet: [String], meetsRatio: Bool, nothingApplicable: Bool, terpenuhi: Bool) {
        self.standardId = standardId
        self.controls = controls
        self.earned = earned
        self.possible = possible
        self.mandatoryNotMet = mandatoryNotMet
        self.meetsRatio = meetsRatio
        self.nothingApplicable = nothingApplicable
        self.terpenuhi = terpenuhi
    }

    /// The score as a ``Score`` of the ``ScoringModel/patuh`` model.
    public var score: Score {
        Score(model: .patuh, value: nothingApplicable ? nil : earned.doubleValue, maximum: possible.doubleValue)
    }

    /// The percentage to `decimals` places under ``PercentRule`` (nearest, never reaching a
    /// threshold the exact ratio does not); `nil` when nothing applies.
    public func percent(decimals: Int, thresholds: [Double] = []) -> Double? {
        Points.percent(earned, of: possible, decimals: decimals, thresholds: thresholds)
    }

    /// The percentage as `policy` displays it: its decimals, its threshold.
    public func percent(_ policy: ScoringPolicy) -> Double? {
        percent(decimals: policy.percentDecimals, thresholds: [policy.thresholdPercent])
    }
}

/// A whole assessment under the policy's model: each standard, and the overall count.
public struct AssessmentScore: Sendable, Hashable, Codable {
    /// In catalog order.
    public var standards: [StandardScore]
    /// How many standards are terpenuhi.
    public var terpenuhiCount: Int
    /// How many standards there are (17).
    public var standardCount: Int
    /// How many must be terpenuhi for certification.
    public var certificationRequirement: Int

    /// Creates an assessment score.
    public init(standards: [StandardScore], terpenuhiCount: Int, standardCount: Int, certificationRequirement: Int) {
        self.standards = standards
        self.terpenuhiCount = terpenuhiCount
        self.standardCount = standardCount
        self.certificationRequirement = certificationRequirement
    }

    /// Whether the policy's certification rule is met (by default: all 17 terpenuhi).
    public var eligibleForCertification: Bool { terpenuhiCount >= certificationRequirement }

    /// `N of 17` as a ``Score``.
    public var overall: Score {
        Score(model: .patuh, value: Double(terpenuhiCount), maximum: Double(standardCount))
    }

    /// Σ earned over Σ possible across every standard.
    public var total: (earned: Points, possible: Points) {
        (standards.reduce(.zero) { $0 + $1.earned }, standards.reduce(.zero) { $0 + $1.possible })
    }

    /// The standard with this id.
    public func standard(_ id: String) -> StandardScore? {
        standards.first { $0.standardId == id }
    }
}
