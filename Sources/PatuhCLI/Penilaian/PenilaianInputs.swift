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
    /// (missing controls); any other problem exits 2 with every diagnostic.
    func answers(_ path: String, expecting kind: AssessmentKind? = nil) throws -> (file: AnswerFile, problems: [AnswerProblem]) {
        let outcome = AnswerFileLoader.load(path: path, schema: schema, catalog: catalog, expecting: kind)
        guard let file = outcome.file, outcome.blockingProblems.isEmpty else {
            throw CommandFailure(status: ExitStatus.invalidInput,
                                 outcome.diagnostics.map(\.description) + ["patuh: '\(path)' is not a valid answer file"])
        }
        return (file, outcome.problems)
    }
}
