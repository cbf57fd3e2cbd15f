public import Catalog

/// What scoring one answer file decides, in one value: every standard's score and determination
/// under the policy, the headline counts, the claims without evidence, the controls still
/// unreviewed proposals, and the ranked next steps.
///
/// Reports render it, the workspace database stores it, and every front end shows it: nothing
/// downstream scores again.
///
/// ## Topics
/// - ``Assessor/assess(_:evidence:)``
/// - ``NextStep``
public struct AssessmentResult: Sendable, Hashable, Codable {
    public var kind: AssessmentKind
    public var lpse: LPSEIdentity
    /// The assessment's own date, `YYYY-MM-DD`.
    public var date: String
    public var assessors: [Assessor]
    public var catalogVersion: String
    public var policyVersion: String
    /// The per-standard scores and determinations under the policy.
    public var score: AssessmentScore
    /// Controls claimed `memenuhi` whose required evidence is missing or expired.
    public var claimsWithoutEvidence: [UnsupportedClaim]
    /// Whether the evidence registry's facts were known when scoring (claims need them).
    public var evidenceKnown: Bool
    /// Controls whose status is still an unreviewed proposal of `penilaian template`.
    public var proposed: [String]
    /// Answers that are not `tidak-berlaku`, and how many of them are `memenuhi`.
    public var controlsAssessed: Int
    public var controlsMet: Int
    /// Every control short of `memenuhi` that could still be improved, ranked.
    public var nextSteps: [NextStep]

    public init(kind: AssessmentKind, lpse: LPSEIdentity, date: String, assessors: [Assessor], catalogVersion: String,
                policyVersion: String, score: AssessmentScore, claimsWithoutEvidence: [UnsupportedClaim],
                evidenceKnown: Bool, proposed: [String], controlsAssessed: Int, controlsMet: Int, nextSteps: [NextStep]) {
        self.kind = kind
        self.lpse = lpse
        self.date = date
        self.assessors = assessors
        self.catalogVersion = catalogVersion
        self.policyVersion = policyVersion
        self.score = score
        self.claimsWithoutEvidence = claimsWithoutEvidence
        self.evidenceKnown = evidenceKnown
        self.proposed = proposed
        self.controlsAssessed = controlsAssessed
        self.controlsMet = controlsMet
        self.nextSteps = nextSteps
    }

    /// The number of standards terpenuhi.
    public var terpenuhi: Int { score.terpenuhiCount }
    /// The number of standards.
    public var standardCount: Int { score.standardCount }
    /// Whether the policy's certification rule is met (every standard, today).
    public var eligibleForCertification: Bool { score.eligibleForCertification }

    /// The standards with an unreviewed proposal, in catalog order.
    public func standardsWithProposals(in catalog: StandardsCatalog) -> [String] {
        let proposed = Set(proposed)
        return catalog.standards.filter { standard in standard.controls.contains { proposed.contains($0.id) } }.map(\.id)
    }
}

/// One control short of `memenuhi`, ranked by what doing it would bring.
public struct NextStep: Sendable, Hashable, Codable {
    /// 1 for the first thing to do.
    public var rank: Int
    public var standardId: String
    public var controlId: String
    public var mandatory: Bool
    /// The control's status now; `nil` when it was not assessed.
    public var status: ControlStatus?
    /// How many percentage points the standard gains if the control becomes `memenuhi`.
    public var gainPoints: Double
    /// Whether that alone makes the standard terpenuhi.
    public var completesStandard: Bool

    public init(rank: Int, standardId: String, controlId: String, mandatory: Bool, status: ControlStatus?,
                gainPoints: Double, completesStandard: Bool) {
        self.rank = rank
        self.standardId = standardId
        self.controlId = controlId
        self.mandatory = mandatory
        self.status = status
        self.gainPoints = gainPoints
        self.completesStandard = completesStandard
    }
}
