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
    @Argument(help: ArgumentHelp(
        "The workspace folder (default: the nearest folder holding patuh.xml, from the current folder up).",
        valueName: "workspace"))
    var positionalWorkspace: String?

    @Option(name: [.customShort("C"), .customLong("workspace")], help: ArgumentHelp(
        "Run in the workspace at or above this folder, like git -C.", valueName: "dir"))
    var workspaceOption: String?

    @Option(name: .customLong("standards"),
            help: "The standards folder (default: PATUH_STANDARDS, else WORKSPACE/Standards when present, else the catalog built into patuh).")
    var standardsDirectory: String?

    /// The workspace root: the folder named by `-C`/`--workspace`/the argument, else the nearest
    /// folder holding `patuh.xml` from the current folder up; exit 2 outside any workspace.
    func root() throws(WorkspaceError) -> String {
        try WorkspaceDiscovery.resolve(explicit: workspaceOption ?? positionalWorkspace)
    }

    /// The workspace root, or `.` when there is none (for messages; commands call ``root()``).
    var workspace: String {
        (try? root()) ?? "."
    }

    /// Where the standards come from (``StandardsLocation``).
    var location: StandardsLocation {
        StandardsLocation.resolve(root: workspace, explicit: standardsDirectory)
    }

    /// The standards folder in use (the embedded catalog's cache copy when no folder is given).
    var standards: String {
        (try? location.directory()) ?? "Standards"
    }

    /// Fails with exit 2 unless the workspace is an existing folder.
    func requireWorkspace() throws {
        let workspace = try root()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workspace, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LocalizedFailure(status: ExitStatus.invalidInput, "workspace.notAFolder", ["path": workspace])
        }
    }

    /// The workspace, opened once for the command, on `clock` (exit 2 outside any workspace).
    /// A command that only reads passes `readOnly`: its database is never created, migrated or
    /// waited for. Waiting for another process's lock lasts `PATUH_TUNGGU` seconds (default 120).
    func open(clock: Clock, readOnly: Bool = false) throws -> PatuhWorkspace {
        let root = try root()
        let workspace = PatuhWorkspace(root: root, location: StandardsLocation.resolve(root: root, explicit: standardsDirectory),
                                       clock: clock)
        workspace.databaseAccess = readOnly ? .readOnly : .readWrite
        workspace.waiting = try Self.waiting()
        return workspace
    }

    /// `PATUH_TUNGGU` (seconds, default 120) and the line printed once when a wait begins.
    static func waiting(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PatuhDatabase.Waiting {
        var seconds = 120.0
        if let text = environment["PATUH_TUNGGU"], !text.isEmpty {
            guard let value = Double(text), value >= 0, value.isFinite else {
                throw LocalizedFailure(status: ExitStatus.invalidInput, "hardening.wait.invalid", ["value": text])
            }
            seconds = value
        }
        let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
        return PatuhDatabase.Waiting(seconds: seconds) { path in
            Console.error(Messages(Patuh.commandLanguage).text("hardening.wait.notice", ["path": path, "seconds": shown]))
        }
    }

    /// The workspace on the clock of `--now` / `PATUH_NOW` (exit 2 when that value is not an instant).
    func open(_ now: NowOption) throws -> PatuhWorkspace {
        try open(clock: try now.clock())
    }

    /// Loads the catalog from ``standards`` or fails with exit 2 and every diagnostic.
    func loadCatalog() throws -> StandardsCatalog {
        try open(clock: .system).requireStandards()
        return try CatalogOptions.loadCatalog(directory: standards)
    }

    /// Opens the workspace database, failing with exit 70 (and nothing overwritten) when it
    /// cannot be used.
    func openDatabase() throws -> PatuhDatabase {
        try requireWorkspace()
        let root = try root()
        do {
            return try PatuhDatabase.open(workspace: root)
        } catch {
            throw LocalizedFailure(status: ExitStatus.internalError, "workspace.database", ["detail": error.description])
        }
    }
}
