import Assessment
import Catalog
import Foundation
import XMLSupport

/// What every penilaian command reads from the standards folder: the catalog, the answer-file
/// schema and the scoring policy. Any problem exits 2 with every diagnostic.
struct PenilaianInputs {
    var catalog: StandardsCatalog
    var schema: XMLSchema
    var policy: ScoringPolicy
    /// Whose infrastructure the LPSE's SPSE runs on (`patuh.xml`): which tidak-berlaku answers
    /// the policy allows.
    var hosting: SPSEHosting = .sendiri
    /// The language of refusals.
    var language: Language = .id

    /// Loads the three from the workspace's standards folder, with the LPSE's hosting from its
    /// `patuh.xml` (sendiri without one).
    static func load(_ workspace: WorkspaceOptions, language: Language) throws -> PenilaianInputs {
        var inputs = try load(standards: workspace.standards)
        inputs.hosting = try WorkspaceIdentity.loadIfPresent(workspace)?.hosting ?? .sendiri
        inputs.language = language
        return inputs
    }

    /// Loads the three from `standards`.
    static func load(standards: String) throws -> PenilaianInputs {
        let catalog = try CatalogOptions.loadCatalog(directory: standards)
        let schemaPath = (standards as NSString).appendingPathComponent("schema/penilaian.xsd")
        let schema: XMLSchema
        do {
            schema = try XMLSchema(path: schemaPath)
        } catch {
            throw CommandFailure(status: ExitStatus.invalidInput, error.diagnostics.map(\.description))
        }
        let policyPath = (standards as NSString).appendingPathComponent("penilaian.xml")
        do {
            let policy = try PolicyLoader.load(path: policyPath, schema: schema)
            return PenilaianInputs(catalog: catalog, schema: schema, policy: policy)
        } catch {
            throw CommandFailure(status: ExitStatus.invalidInput,
                                 error.diagnostics.map(\.description) + ["patuh: the scoring policy '\(policyPath)' is not valid"])
        }
    }

    /// Loads an answer file. Returns the file with the problems that still leave it usable
    /// (missing controls); any other problem exits 2 with every diagnostic. A tidak-berlaku answer
    /// the scoring policy does not allow for this LPSE exits 1: nothing is scored or stored.
    func answers(_ path: String, expecting kind: AssessmentKind? = nil) throws -> (file: AnswerFile, problems: [AnswerProblem]) {
        let outcome = AnswerFileLoader.load(path: path, schema: schema, catalog: catalog, expecting: kind)
        guard let file = outcome.file, outcome.blockingProblems.isEmpty else {
            throw CommandFailure(status: ExitStatus.invalidInput,
                                 outcome.diagnostics.map(\.description) + ["patuh: '\(path)' is not a valid answer file"])
        }
        let refused = policy.notApplicableViolations(file, catalog: catalog, hosting: hosting)
        guard refused.isEmpty else {
            let en = language == .en
            throw CommandFailure(status: ExitStatus.shortfall, refused.map {
                "\($0.source.file):\($0.source.line): " + (en ? "refused: " : "ditolak: ") + $0.message(language)
            } + [en ? "patuh: '\(path)' is refused: \(refused.count) tidak-berlaku answer(s) the scoring policy does not allow; nothing was scored or stored"
                    : "patuh: '\(path)' ditolak: \(refused.count) jawaban tidak-berlaku tidak dibolehkan kebijakan penilaian; tidak ada yang dinilai atau disimpan"])
        }
        return (file, outcome.problems)
    }
}
