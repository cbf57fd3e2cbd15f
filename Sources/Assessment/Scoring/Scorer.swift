public import Catalog

/// Scores statuses under the policy's model (``ScoringModel/patuh``). Pure.
///
/// For one standard, over its controls `c` with weight `w(c)` and status points `p(c)` (from
/// the policy; a control the file does not assess takes the policy's `notAssessed` value; a
/// status with no points, tidak berlaku, leaves the control out of both sums):
///
///     earned   = Σ w(c) × p(c)
///     possible = Σ w(c)
///     terpenuhi ⇔ every applicable mandatory control has the policy's mandatory status
///                 ∧ earned ≥ minimumRatio × possible          (exact, in 1/10 000 units)
///
/// A standard with `possible = 0` (every control tidak berlaku) is terpenuhi or not as the
/// policy's `nothingApplicable` says for that standard (by default: not). Which controls may be
/// tidak berlaku at all is the policy's too (``ScoringPolicy/notApplicableViolations(_:catalog:hosting:)``),
/// checked before scoring. Overall: the count of standards terpenuhi, and
/// certification when that count reaches the policy's minimum (by default all of them).
///
/// ## Topics
/// - ``score(_:)``
/// - ``scoreStandard(_:statuses:)``
public struct Scorer: Sendable {
    public let catalog: StandardsCatalog
    public let policy: ScoringPolicy

    /// Creates a scorer for a catalog and a policy.
    public init(catalog: StandardsCatalog, policy: ScoringPolicy) {
        self.catalog = catalog
        self.policy = policy
    }

    /// Scores every standard of the catalog.
    public func score(_ statuses: [String: ControlStatus]) -> AssessmentScore {
        let standards = catalog.standards.map { scoreStandard($0, statuses: statuses) }
        return AssessmentScore(standards: standards, terpenuhiCount: standards.filter(\.terpenuhi).count,
                               standardCount: standards.count,
                               certificationRequirement: policy.certificationRequirement(of: standards.count))
    }

    /// Scores one standard.
    public func scoreStandard(_ standard: Standard, statuses: [String: ControlStatus]) -> StandardScore {
        var controls: [ControlScore] = []
        controls.reserveCapacity(standard.controls.count)
        var earned = Points.zero
        var possible = Points.zero
        var mandatoryNotMet: [String] = []
        for control in standard.controls {
            let status = statuses[control.id]
            let points = policy.value(of: status).points
            let score = ControlScore(controlId: control.id, weight: control.weight, mandatory: control.mandatory,
                                     status: status, earned: points.map { $0 * control.weight },
                                     possible: points == nil ? nil : Points(control.weight))
            if let gained = score.earned, let maximum = score.possible {
                earned = earned + gained
                possible = possible + maximum
                if control.mandatory && status != policy.mandatoryStatus { mandatoryNotMet.append(control.id) }
            }
            controls.append(score)
        }
        let nothingApplicable = controls.allSatisfy { !$0.isApplicable }
        let meetsRatio = nothingApplicable
            ? policy.nothingApplicableIsTerpenuhi(for: standard.id)
            : Points.ratio(earned, of: possible, atLeast: policy.minimumRatio)
        return StandardScore(standardId: standard.id, controls: controls, earned: earned, possible: possible,
                             mandatoryNotMet: mandatoryNotMet, meetsRatio: meetsRatio,
                             nothingApplicable: nothingApplicable,
                             terpenuhi: meetsRatio && mandatoryNotMet.isEmpty)
    }
}
