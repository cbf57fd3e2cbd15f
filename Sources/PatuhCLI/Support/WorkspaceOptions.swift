import ArgumentParser
import Catalog
import Core
import Foundation
import Store
import Workspace
import XMLSupport

/// The workspace every LPSE-facing command works on: a folder with `Evidence/`, `Reports/`,
/// Patuh's database in `.patuh/`, and usually `Standards/`.
struct WorkspaceOptions: ParsableArguments {
    @Argument(help: "The workspace folder (default: the current folder).")
    var workspace: String = "."

    @Option(name: .customLong("standards"),
            help: "The standards folder (default: WORKSPACE/Standards).")
    var standardsDirectory: String?

    /// The standards folder in use.
    var standards: String {
        standardsDirectory ?? (workspace as NSString).appendingPathComponent("Standards")
    }

    /// Fails with exit 2 unless the workspace is an existing folder.
    func requireWorkspace() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workspace, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LocalizedFailure(status: ExitStatus.invalidInput, "workspace.notAFolder", ["path": workspace])
        }
    }

    /// The workspace, opened once for the command, on `clock`.
    func open(clock: Clock) -> PatuhWorkspace {
        PatuhWorkspace(root: workspace, standards: standardsDirectory, clock: clock)
    }

    /// The workspace on the clock of `--now` / `PATUH_NOW` (exit 2 when that value is not an instant).
    func open(_ now: NowOption) throws -> PatuhWorkspace {
        open(clock: try now.clock())
    }

    /// Loads the catalog from ``standards`` or fails with exit 2 and every diagnostic.
    func loadCatalog() throws -> StandardsCatalog {
        try CatalogOptions.loadCatalog(directory: standards)
    }

    /// Opens the workspace database, failing with exit 70 (and nothing overwritten) when it
    /// cannot be used.
    func openDatabase() throws -> PatuhDatabase {
        try requireWorkspace()
        do {
            return try PatuhDatabase.open(workspace: workspace)
        } catch {
            throw LocalizedFailure(status: ExitStatus.internalError, "workspace.database", ["detail": error.description])
        }
    }
}
