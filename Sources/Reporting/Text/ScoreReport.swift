import Assessment
import Catalog
import Core

/// The result of `patuh penilaian nilai`, in the JSON shape of the issue plus context:
/// `{"lpse","kind","model","standards":[{"id","score","maximum","percent","terpenuhi","mandatoryNotMet"}],
/// "terpenuhi","of","eligibleForCertification","claimsWithoutEvidence":[{"control","rules"}], ...}`.
public struct ScoreReport: Encodable {
    /// One standard's row. `score` and `percent` are null when nothing in it was scored.
    public struct StandardRow: Encodable {
        public var id: String
        public var name: String
        public var score: Double?
        public var maximum: Double
        public var percent: Double?
        public var terpenuhi: Bool
        public var mandatoryNotMet: [String]

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(score, forKey: .score)
            try container.encode(maximum, forKey: .maximum)
            try container.encode(percent, forKey: .percent)
            try container.encode(terpenuhi, forKey: .terpenuhi)
            try container.encode(mandatoryNotMet, forKey: .mandatoryNotMet)
        }

        enum CodingKeys: String, CodingKey { case id, name, score, maximum, percent, terpenuhi, mandatoryNotMet }
    }

    /// A score with its model and maximum; when nothing was scored, `nothingScored` and a note
    /// saying how the value was reached.
    public struct ModelScore: Encodable {
        public var model: String
        public var uri: String
        public var score: Double?
        public var maximum: Double
        public var nothingScored: Bool
        public var note: String?

        public init(_ score: Score) {
            model = score.model.rawValue
            uri = score.model.uri
            self.score = score.value
            maximum = score.maximum
            nothingScored = score.nothingScored
            if score.nothingScored && score.model != .patuh {
                note = score.value == nil
                    ? "nothing scored in this group (every control tidak berlaku or not assessed): no value, as OpenSCAP scores no group on its own"
                    : "nothing scored (every control tidak berlaku or not assessed): the value OpenSCAP computes, 0, and 1 for absolute "
                        + "because 0 passed equals 0 scored; the absolute maximum stays 1 where OpenSCAP reports the weight sum, 0"
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(model, forKey: .model)
            try container.encode(uri, forKey: .uri)
            try container.encode(score, forKey: .score)
            try container.encode(maximum, forKey: .maximum)
            if nothingScored {
                try container.encode(nothingScored, forKey: .nothingScored)
                try container.encodeIfPresent(note, forKey: .note)
            }
        }

        enum CodingKeys: String, CodingKey { case model, uri, score, maximum, nothingScored, note }
    }

    /// A control claimed memenuhi without its evidence.
    public struct Claim: Encodable {
        public var control: String
        public var rules: [String]
        public var evidence: [RuleEvidence]
    }

    public var lpse: String
    public var lpseName: String
    public var instansi: String
    public var kind: String
    public var date: String
    public var catalogVersion: String
    public var policyVersion: String
    public var model: String
    public var modelURI: String
    public var standards: [StandardRow]
    public var terpenuhi: Int
    public var of: Int
    public var eligibleForCertification: Bool
    public var certificationRequires: Int
    public var overall: ModelScore
    public var totalPercent: Double?
    public var xccdf: [ModelScore]
    public var claimsWithoutEvidence: [Claim]
    public var evidenceKnown: Bool
    public var notAssessed: [String]
    public var proposed: [String]
    public var explanation: StandardExplanation?
    /// The policy's own rows (what is stored in the history), whatever `model` is.
    public var policyStandards: [StandardRow]
    public var percentDecimals: Int
    /// Warnings in the command's language: unreviewed proposals, citations of missing files.
    public var notices: [String]?
    /// `<evidence file="…">` citations of files that do not exist.
    public var missingCitations: [MissingCitation]?

    public enum CodingKeys: String, CodingKey {
        case lpse, lpseName, instansi, kind, date, catalogVersion, policyVersion, model, modelURI, standards, terpenuhi, of
        case eligibleForCertification, certificationRequires, overall, totalPercent, xccdf, claimsWithoutEvidence
        case evidenceKnown, notAssessed, proposed, explanation, notices, missingCitations
    }

    /// The report with the warnings of ``AssessmentNotices`` in `language`.
    public func noting(_ result: AssessmentResult, missingCitations: [MissingCitation], catalog: StandardsCatalog,
                       language: Language) -> ScoreReport {
        var report = self
        let notices = AssessmentNotices(catalog: catalog, language: language)
        let lines = [notices.unreviewed(result)].compactMap { $0 } + notices.citations(missingCitations)
        report.notices = lines.isEmpty ? nil : lines
        report.missingCitations = missingCitations.isEmpty ? nil : missingCitations
        return report
    }

    /// The report of `answers` scored as `result` (problems: the ones that left the file usable).
    public init(answers: AnswerFile, problems: [AnswerProblem], result assessed: AssessmentResult,
                catalog: StandardsCatalog, policy: ScoringPolicy, model: ScoringModel, explain: Standard?) {
        let statuses = answers.statuses
        let result = assessed.score
        let models = XCCDFScorer(catalog: catalog, policy: policy)
        let chosen = models.score(statuses, model: model)
        let decimals = policy.percentDecimals
        policyStandards = zip(catalog.standards, result.standards).map { standard, scored in
            StandardRow(id: standard.id, name: standard.name.id, score: scored.score.value, maximum: scored.score.maximum,
                        percent: scored.percent(policy), terpenuhi: scored.terpenuhi,
                        mandatoryNotMet: scored.mandatoryNotMet)
        }
        standards = zip(catalog.standards, result.standards).map { standard, scored in
            let score = chosen.groups[standard.id] ?? scored.score
            return StandardRow(id: standard.id, name: standard.name.id, score: score.value, maximum: score.maximum,
                               percent: model == .patuh ? scored.percent(policy) : NumberFormat.share(score, policy: policy),
                               terpenuhi: scored.terpenuhi, mandatoryNotMet: scored.mandatoryNotMet)
        }
        lpse = answers.lpse.id
        lpseName = answers.lpse.name
        instansi = answers.lpse.instansi
        kind = answers.kind.rawValue
        date = answers.date
        catalogVersion = answers.catalogVersion
        policyVersion = policy.version
        self.model = model.rawValue
        modelURI = model.uri
        terpenuhi = result.terpenuhiCount
        of = result.standardCount
        eligibleForCertification = result.eligibleForCertification
        certificationRequires = result.certificationRequirement
        overall = ModelScore(chosen.benchmark)
        totalPercent = Points.percent(result.total.earned, of: result.total.possible, decimals: decimals,
                                      thresholds: [policy.thresholdPercent])
        xccdf = [ScoringModel.xccdfDefault, .flat, .flatUnweighted, .absolute].map { ModelScore(models.score(statuses, model: $0).benchmark) }
        claimsWithoutEvidence = assessed.claimsWithoutEvidence.map {
            Claim(control: $0.controlId, rules: $0.rules.map(\.ruleId), evidence: $0.rules)
        }
        evidenceKnown = assessed.evidenceKnown
        notAssessed = problems.compactMap { $0.kind == .missingControl ? $0.controlId : nil }
        proposed = assessed.proposed
        explanation = explain.map { Explainer(catalog: catalog, policy: policy).explain($0, statuses: statuses, model: model) }
        percentDecimals = decimals
    }
}
