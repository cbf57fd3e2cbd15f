public import Core
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Symbolic links among the workspace's own folders (`.patuh`, `Reports`) and the inputs read for
/// a result: followed only when what they name lies inside the workspace, so nothing Patuh reads
/// or writes for a result escapes the folder the seal covers.
public enum WorkspaceLinks {
    /// Fails with `invalidInput` when `ROOT/folder` is a symbolic link to a place outside the workspace.
    public static func refuseLink(root: String, folder: String) throws(WorkspaceError) {
        let path = (root as NSString).appendingPathComponent(folder)
        guard isLink(path) else { return }
        guard resolvedInside(path, root: root) != nil else {
            throw WorkspaceError(.invalidInput, "hardening.link.folder", ["path": path, "target": target(of: path)])
        }
    }

    /// Fails with `invalidInput` when an input read for a result is a symbolic link, or lies in
    /// a folder reached through one, to a place outside the workspace (checked only for inputs
    /// inside the workspace: a file named outside it is the user's own choice, read as named).
    public static func refuseEscapingInput(_ path: String, root: String) throws(WorkspaceError) {
        guard let rootReal = realPath(root) else { return }
        let standardized = lexical(path)
        let named = standardized.hasPrefix(lexical(root) + "/") || standardized.hasPrefix(rootReal + "/")
        guard named else { return }
        guard FileManager.default.fileExists(atPath: path) || isLink(path) else { return }
        guard let real = realPath(path) else {
            throw WorkspaceError(.invalidInput, "hardening.link.input", ["path": path, "target": target(of: path)])
        }
        if isLink(path) || !real.hasPrefix(rootReal + "/") {
            throw WorkspaceError(.invalidInput, "hardening.link.input", ["path": path, "target": real])
        }
    }

    /// `path` made absolute and with `.` and `..` removed by its text alone (links are not resolved:
    /// Foundation's `standardizingPath` would resolve them).
    public static func lexical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    static func resolvedInside(_ path: String, root: String) -> String? {
        guard let real = realPath(path), let rootReal = realPath(root) else { return nil }
        return real == rootReal || real.hasPrefix(rootReal + "/") ? real : nil
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func target(of path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    }
}
