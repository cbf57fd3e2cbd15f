import EvidenceRegistry
import Foundation

/// Finds a workspace the way git finds a repository: the nearest folder, from a starting folder
/// upwards, that holds `patuh.xml`.
///
/// ## Topics
/// - ``root(from:)``
/// - ``resolve(explicit:currentDirectory:)``
public enum WorkspaceDiscovery {
    /// The nearest folder at or above `start` holding `patuh.xml`, or `nil` when none does.
    public static func root(from start: String) -> String? {
        var folder = URL(fileURLWithPath: start).standardizedFileURL.path
        while true {
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(WorkspaceProfile.fileName)) {
                return folder
            }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    /// The workspace root for a command: with a folder named (`-C DIR`, `--workspace DIR` or the
    /// positional argument; it must exist), the nearest workspace at or above it, else that folder itself (a
    /// workspace without a profile); without one, the nearest workspace at or above the current
    /// folder, else the current folder when it holds `Evidence/`, `Standards/` or `.patuh/` (a
    /// workspace without a profile), or an error that names `patuh init`.
    public static func resolve(explicit: String?,
                               currentDirectory: String = FileManager.default.currentDirectoryPath) throws(WorkspaceError) -> String {
        if let explicit {
            // A folder named explicitly must exist: a typo never lands in a workspace above it.
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: explicit, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw WorkspaceError(.invalidInput, "workspace.notAFolder", ["path": explicit])
            }
            guard let found = root(from: explicit) else { return explicit }
            return relativeIfSame(found, explicit)
        }
        guard let found = root(from: currentDirectory) else {
            // A workspace without a profile (Evidence/, Standards/ or .patuh/ but no patuh.xml),
            // as older workspaces are: the current folder itself.
            if ["Evidence", "Standards", ".patuh"].contains(where: {
                FileManager.default.fileExists(atPath: (currentDirectory as NSString).appendingPathComponent($0))
            }) {
                return "."
            }
            throw WorkspaceError(.invalidInput, "workspace.notFound", ["folder": currentDirectory])
        }
        return relativeIfSame(found, ".")
    }

    /// `given` when it names `found` (keeps the user's spelling in messages), else `found`.
    private static func relativeIfSame(_ found: String, _ given: String) -> String {
        URL(fileURLWithPath: given).standardizedFileURL.path == found ? given : found
    }
}
