import Foundation

/// The one builder of scratch workspaces for end-to-end tests: a temporary folder holding copies
/// of parts of the repository (the sample's `Standards/`, `Evidence/`, `patuh.xml`, single files),
/// with `patuh` run in it at the sample's reference instant.
///
/// The suites' own workspaces (`SampleWorkspace`, `PenilaianWorkspace`, `EvidenceWorkspace`,
/// `InteropWorkspace`, the calendar-only one of `harikerja`) are made by ``create(_:copying:folders:files:)``.
public struct TestWorkspace: Sendable {
    /// The sample's reference instant: its documents are dated for it.
    public static let now = "2026-11-25T09:00:00+07:00"
    /// The repository's root.
    public static let packageRoot = PatuhRunner.packageRoot.path

    public let root: String

    /// A copy of the sample workspace: `Standards/`, `Evidence/` and `patuh.xml`.
    public init() throws {
        root = try Self.create("patuh-sample", copying: ["Standards", "Evidence", "patuh.xml"])
    }

    /// A workspace of the given parts.
    public init(_ prefix: String, copying items: [String], folders: [String] = [], files: [String: String] = [:]) throws {
        root = try Self.create(prefix, copying: items, folders: folders, files: files)
    }

    /// Makes a temporary folder holding copies of `items` (paths relative to the repository, kept
    /// at the same relative place), empty `folders`, and `files` copied from the repository
    /// (`destination: source`). Returns its path.
    public static func create(_ prefix: String, copying items: [String], folders: [String] = [],
                              files: [String: String] = [:]) throws -> String {
        let root = try PatuhRunner.temporaryFolder(prefix)
        let manager = FileManager.default
        for folder in folders {
            try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for item in items {
            let target = root + "/" + item
            try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try manager.copyItem(atPath: packageRoot + "/" + item, toPath: target)
        }
        for (destination, source) in files.sorted(by: { $0.key < $1.key }) {
            let target = root + "/" + destination
            try manager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try manager.copyItem(atPath: packageRoot + "/" + source, toPath: target)
        }
        return root
    }

    /// Runs `patuh arguments` in the workspace at `now` (the reference instant by default).
    public func run(_ arguments: [String], now: String = TestWorkspace.now,
                    environment: [String: String] = [:]) throws -> PatuhRunner.Result {
        try PatuhRunner.run(arguments, in: root, environment: environment.merging(["PATUH_NOW": now]) { given, _ in given })
    }

    public func path(_ relative: String) -> String { root + "/" + relative }

    public func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    public func write(_ text: String, to relative: String) throws {
        try text.write(toFile: path(relative), atomically: true, encoding: .utf8)
    }

    public func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path(relative))
    }
}
