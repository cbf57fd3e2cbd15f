import Assessment
import Catalog
import Core
import Workspace

/// The result of `patuh penilaian nilai`, in the JSON shape of the issue plus context:
/// `{"lpse","kind","model","standards":[{"id","score","maximum","percent","terpenuhi","mandatoryNotMet"}],
/// "terpenuhi","of","eligibleForCertification","claimsWithoutEvidence":[{"control","rules"}], ...}`.
struct ScoreReport: Encodable {
    /// One standard's row. `score` and `percent` are null when nothing in it was scored.
    struct StandardRow: Encodable {
        var id: String
        var name: String
        var score: Double?
        var maximum: Double
        var percent: Double?
        var terpenuhi: Bool
        var mandatoryNotMet: [String]

        func encode(to encoder: any Encoder) throws {
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
    struct ModelScore: Encodable {
        var model: String
        var uri: String
        var score: Double?
        var maximum: Double
        var nothingScored: Bool
        var note: String?

        init(_ score: Score) {
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

        func encode(to encoder: any Encoder) throws {
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
    struct Claim: Encodable {
        var control: String
        var rules: [String]
        var evidence: [RuleEvidence]
    }

    var lpse: String
    var lpseName: String
    var instansi: String
    var kind: String
    var date: String
    var catalogVersion: String
    var policyVersion: String
    var model: String
    var modelURI: String
    var standards: [StandardRow]
    var terpenuhi: Int
    var of: Int
    var eligibleForCertification: Bool
    var certificationRequires: Int
    var overall: ModelScore
    var totalPercent: Double?
    var xccdf: [ModelScore]
    var claimsWithoutEvidence: [Claim]
    var evidenceKnown: Bool
    var notAssessed: [String]
    var proposed: [String]
    var explanation: StandardExplanation?
    /// The policy's own rows (what is stored in the history), whatever `model` is.
    var policyStandards: [StandardRow]
    var percentDecimals: Int

    enum CodingKeys: String, CodingKey {
        case lpse, lpseName, instansi, kind, date, catalogVersion, policyVersion, model, modelURI, standards, terpenuhi, of
        case eligibleForCertification, certificationRequires, overall, totalPercent, xccdf, claimsWithoutEvidence
        case evidenceKnown, notAssessed, proposed, explanation
    }

    init(_ scored: ScoredAnswers, inputs: ScoringInputs, model: ScoringModel, explain: Standard?) {
        let catalog = inputs.catalog
        let policy = inputs.policy
        let answers = scored.answers
        let statuses = answers.statuses
        let result = scored.result.score
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
        claimsWithoutEvidence = scored.result.claimsWithoutEvidence.map {
            Claim(control: $0.controlId, rules: $0.rules.map(\.ruleId), evidence: $0.rules)
        }
        evidenceKnown = scored.result.evidenceKnown
        notAssessed = scored.problems.compactMap { $0.kind == .missingControl ? $0.controlId : nil }
        proposed = scored.result.proposed
        explanation = explain.map { Explainer(catalog: catalog, policy: policy).explain($0, statuses: statuses, model: model) }
        percentDecimals = decimals
    }
}
