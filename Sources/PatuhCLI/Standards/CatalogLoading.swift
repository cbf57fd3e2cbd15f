import Catalog
import Core
import XMLSupport

extension CatalogOptions {
    /// Loads the catalog or fails with exit 2 and every diagnostic.
    func loadCatalog() throws -> StandardsCatalog {
        try Self.loadCatalog(directory: directory)
    }

    /// Loads the catalog in `directory` or fails with exit 2 and every diagnostic.
    static func loadCatalog(directory: String) throws -> StandardsCatalog {
        do {
            return try CatalogLoader.load(directory: directory)
        } catch {
            throw LocalizedFailure(status: ExitStatus.invalidInput, before: error.diagnostics.map(\.description),
                                   "workspace.standards.invalid", ["path": directory])
        }
    }
}
