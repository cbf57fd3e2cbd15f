public import Catalog
public import Core
public import EvidenceRegistry

/// The overview an LPSE head sees first (`patuh buka`'s Ringkasan): how many standards are
/// met against the threshold, how many answers are still unreviewed proposals, the evidence
/// problems, the claims without evidence, and the first three next steps, each naming its
/// control so a front end can link to it. Built from the mandiri report and the gate's answer;
/// decides nothing itself.
public struct Ringkasan: Sendable, Codable, Hashable {
    /// `terpenuhi` of `of` standards met; eligible for full certification or not.
    public var terpenuhi: Int
    public var of: Int
    public var eligibleForCertification: Bool
    /// The weighted score a standard needs, e.g. `80,0 %`.
    public var threshold: Figure
    /// Every standard with its percentage and whether it is met, in catalog order (for the chart).
    public var standards: [MandiriReport.StandardResult]
    /// Controls whose answer is still an unreviewed template proposal.
    public var unreviewed: [String]
    /// The sentences to show above everything (unreviewed proposals, citations of missing files).
    public var notices: [String]
    /// Evidence problems: every problem of the gate, how many fail it, and per kind.
    public var evidenceProblems: Int
    public var failingProblems: Int
    public var problemsByKind: [String: Int]
    public var claimsWithoutEvidence: [MandiriReport.Claim]
    /// The first three next steps.
    public var nextSteps: [MandiriReport.NextStep]
    /// One line: "12 dari 17 standar terpenuhi (ambang 80,0 % per standar)".
    public var headline: String

    public init(report: MandiriReport, gate: GateResult, language: Language) {
        terpenuhi = report.summary.terpenuhi
        of = report.summary.of
        eligibleForCertification = report.summary.eligibleForCertification
        threshold = report.assessment.thresholdPercent
        standards = report.standards
        unreviewed = report.unreviewed ?? []
        notices = report.notices ?? []
        evidenceProblems = gate.problems.count
        failingProblems = gate.problems.filter(\.failing).count
        problemsByKind = Dictionary(gate.problems.map { ($0.kind.rawValue, 1) }, uniquingKeysWith: +)
        claimsWithoutEvidence = report.claimsWithoutEvidence
        nextSteps = Array(report.nextSteps.prefix(3))
        headline = Core.Messages(language).text("ringkasan.headline", [
            "terpenuhi": String(terpenuhi), "of": String(of), "threshold": report.assessment.thresholdPercent.description,
        ])
    }
}
