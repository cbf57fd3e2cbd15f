import ArgumentParser
import Core
import Foundation
import Store
import Workspace
#if canImport(Glibc)
import Glibc
#endif

/// `--timpa` and `--buat-folder`: what a command's output file may do beyond the safe default.
struct OutputGuardOptions: ParsableArguments {
    @Flag(name: .customLong("timpa"), help: ArgumentHelp(
        "Let the output replace a workspace input (patuh.xml, Standards/, Evidence/, a file this command reads, an existing file) or write through a symbolic link; never the workspace database."))
    var overwrite = false

    @Flag(name: .customLong("buat-folder"), help: "Create the output file's missing folders.")
    var createFolders = false
}

/// The one writer of every file a command outputs (`--output`, `--ekspor-kepala`, reports).
///
/// - `-` is stdout.
/// - The workspace database and anything under `.patuh/` are never written, not even with `--timpa`.
/// - `patuh.xml`, files under `Standards/` and `Evidence/`, the files the command reads (`inputs`, compared by
///   device and inode, so hard links count) and, for a command that never overwrites, any existing file, are
///   replaced only with `--timpa`.
/// - A character device or FIFO is opened and written through (as the shell's `>` does), never renamed over;
///   a directory, socket or block device is refused.
/// - A symbolic link is never replaced: it is refused, or with `--timpa` written through to what it names
///   (which the same rules then guard).
/// - A missing folder is exit 2 unless `--buat-folder`.
/// - A regular file is written to a temporary file in the same folder, synced, then renamed over the target;
///   the temporary file is removed on any failure. Running out of space is exit 70, not the user's input.
struct OutputFile {
    var path: String
    /// The workspace root, when the command has one.
    var workspace: String?
    /// `--timpa` and `--buat-folder` (plain values: the options group may be unparsed, e.g. for `nilai`'s reports).
    var overwrite = false
    var createFolders = false
    /// Files the command reads: never replaced without `--timpa`.
    var inputs: [String] = []
    /// Whether an existing regular file may be replaced (false: only with `--timpa`).
    var replacesExisting = true
    /// Whether missing folders are created without `--buat-folder` (Patuh's own default `Reports/`).
    var ownFolder = false

    init(path: String, workspace: String?, guards: OutputGuardOptions? = nil, inputs: [String] = [],
         replacesExisting: Bool = true, ownFolder: Bool = false) {
        self.path = path
        self.workspace = workspace
        self.overwrite = guards?.overwrite ?? false
        self.createFolders = guards?.createFolders ?? false
        self.inputs = inputs
        self.replacesExisting = replacesExisting
        self.ownFolder = ownFolder
    }

    /// Whether this is stdout.
    var isStandardOutput: Bool { path == "-" }

    /// Where the bytes go once every guard has passed.
    enum Action: Equatable {
        case standardOutput
        /// A regular file replaced (or created) through a temporary file in `folder`.
        case replace(target: String, folder: String, mode: mode_t?, createFolder: Bool)
        /// An existing character device or FIFO (or a link to one, with `--timpa`), opened and written.
        case writeThrough(target: String, followsLink: Bool)
    }

    /// Writes text with its control characters made visible (``VisibleText``; CSV's CR LF stays).
    func write(_ text: String) throws {
        try write(Data(VisibleText.escape(text, keepingStyle: isStandardOutput).utf8))
    }

    func write(_ data: Data) throws {
        switch try plan() {
        case .standardOutput:
            try Self.writeAll(data, to: STDOUT_FILENO, path: "-")
        case .replace(let target, let folder, let mode, let createFolder):
            if createFolder { try Self.createFolder(folder, for: target) }
            try Self.replace(data, at: target, folder: folder, mode: mode)
        case .writeThrough(let target, let followsLink):
            try Self.writeThrough(data, to: target, followsLink: followsLink)
        }
    }

    /// Every guard, without writing: a command calls it before long work so a refused output fails early.
    @discardableResult
    func plan() throws -> Action {
        isStandardOutput ? .standardOutput : try plan(path, followedLink: false)
    }

    private func plan(_ target: String, followedLink: Bool) throws -> Action {
        let folder = Self.folder(of: target)
        var info = stat()
        if lstat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                guard overwrite, !followedLink else {
                    throw Self.refusal(followedLink ? "output.symlink.chain" : "output.symlink",
                                       ["path": target, "target": Self.linkTarget(target)])
                }
                var resolved = stat()
                guard stat(target, &resolved) == 0 else {
                    throw Self.refusal("output.symlink.dangling", ["path": target, "target": Self.linkTarget(target)])
                }
                if (resolved.st_mode & S_IFMT) == S_IFREG, let real = Self.realPath(target) {
                    return try plan(real, followedLink: true)
                }
                try checkSpecial(resolved, path: target)
                return .writeThrough(target: target, followsLink: true)
            case S_IFREG:
                try checkProtected(target, info: info)
                try checkReplaceable(target)
                return .replace(target: target, folder: folder, mode: info.st_mode & 0o7777, createFolder: false)
            default:
                try checkSpecial(info, path: target)
                return .writeThrough(target: target, followsLink: false)
            }
        }
        guard errno == ENOENT else {
            if errno == ENOTDIR {
                throw Self.refusal("output.folder.notAFolder", ["path": target, "folder": folder])
            }
            throw Self.refusal("support.write.failed", ["path": target, "detail": String(cString: strerror(errno))])
        }
        let missing = try checkFolder(folder, for: target)
        if !missing { try checkProtected(target, info: nil) }
        return .replace(target: target, folder: folder, mode: nil, createFolder: missing)
    }

    // MARK: - Guards

    /// Character devices and FIFOs are written through; nothing else that is not a regular file.
    private func checkSpecial(_ info: stat, path: String) throws {
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFCHR || kind == S_IFIFO else {
            throw Self.refusal(Self.specialKey(kind), ["path": path])
        }
    }

    private func checkReplaceable(_ target: String) throws {
        guard replacesExisting || overwrite else {
            throw Self.refusal("output.exists", ["path": target])
        }
    }

    /// The database and `.patuh/` never; workspace inputs and read files only with `--timpa`.
    private func checkProtected(_ target: String, info: stat?) throws {
        if let info, let database = workspace.map(Self.databasePath), Self.sameFile(info, database) {
            throw Self.refusal("output.database", ["path": target, "database": database])
        }
        if let info, let input = inputs.first(where: { Self.sameFile(info, $0) }), !overwrite {
            throw Self.refusal("output.input.read", ["path": target, "input": input])
        }
        guard let workspace, let root = Self.realPath(workspace),
              let canonical = Self.canonical(target) else { return }
        let relative: String
        if canonical.hasPrefix(root + "/") {
            relative = String(canonical.dropFirst(root.count + 1))
        } else {
            return
        }
        let first = relative.split(separator: "/").first.map(String.init) ?? relative
        if first == PatuhDatabase.folderName {
            throw Self.refusal("output.database", ["path": target, "database": Self.databasePath(workspace)])
        }
        guard info != nil, !overwrite else { return }
        if relative == "patuh.xml" || first == "Standards" || first == "Evidence" {
            throw Self.refusal("output.input", ["path": target, "input": relative])
        }
    }

    /// The folder must exist (and be a folder) unless `--buat-folder` or the folder is Patuh's own;
    /// returns whether it is missing (to be created).
    private func checkFolder(_ folder: String, for target: String) throws -> Bool {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw Self.refusal("output.folder.notAFolder", ["path": target, "folder": folder])
            }
            return false
        }
        // The workspace's Reports/ is Patuh's own folder: it is made whenever a report goes there.
        let reports = workspace.map { WorkspaceLinks.lexical($0) + "/Reports" }
        guard createFolders || ownFolder || WorkspaceLinks.lexical(folder) == reports else {
            throw Self.refusal("output.folder.missing", ["path": target, "folder": folder])
        }
        if let workspace, let root = Self.realPath(workspace) {
            // A missing folder is never made inside .patuh/.
            let standardized = WorkspaceLinks.lexical(folder) + "/"
            if standardized.hasPrefix(root + "/" + PatuhDatabase.folderName + "/")
                || standardized.hasPrefix(WorkspaceLinks.lexical(workspace) + "/" + PatuhDatabase.folderName + "/") {
                throw Self.refusal("output.database", ["path": target, "database": Self.databasePath(workspace)])
            }
        }
        return true
    }

    private static func createFolder(_ folder: String, for target: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw refusal("support.write.failed", ["path": target, "detail": error.localizedDescription])
        }
    }

    // MARK: - Writing

    /// A temporary file in `folder`, written, synced and renamed over `target`; removed on failure.
    private static func replace(_ data: Data, at target: String, folder: String, mode: mode_t?) throws {
        let name = (target as NSString).lastPathComponent
        var template = Array(((folder as NSString).appendingPathComponent(".\(name).patuh-XXXXXX")).utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw failure(errno, path: target)
        }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var done = false
        defer {
            if !done { unlink(temporary) }
        }
        do {
            defer { close(fd) }
            try writeAll(data, to: fd, path: target)
            let permissions = mode ?? (0o666 & ~currentUmask())
            fchmod(fd, permissions)
            guard fsync(fd) == 0 else { throw failure(errno, path: target) }
        }
        // Checked again just before the rename: something other than a regular file put there since
        // the guards ran (a link, a device) is never renamed over.
        var now = stat()
        if lstat(target, &now) == 0, (now.st_mode & S_IFMT) != S_IFREG {
            throw refusal("output.special.other", ["path": target])
        }
        guard rename(temporary, target) == 0 else {
            throw failure(errno, path: target)
        }
        done = true
    }

    /// Opens an existing character device or FIFO and writes to it.
    /// The descriptor is checked again after opening (`O_NOFOLLOW` unless the link was chosen with
    /// `--timpa`), so a file swapped in since the guards ran is not written.
    private static func writeThrough(_ data: Data, to target: String, followsLink: Bool) throws {
        let fd = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC | (followsLink ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { throw failure(errno, path: target) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, [S_IFCHR, S_IFIFO].contains(info.st_mode & S_IFMT) else {
            throw refusal("output.special.other", ["path": target])
        }
        try writeAll(data, to: fd, path: target)
    }

    static func writeAll(_ data: Data, to fd: Int32, path: String) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure(errno, path: path)
                }
                offset += written
            }
        }
    }

    // MARK: - Helpers

    /// Running out of space (or an I/O error) is the machine's fault, exit 70; the rest is the path's, exit 2.
    private static func failure(_ code: Int32, path: String) -> LocalizedFailure {
        let detail = String(cString: strerror(code))
        if [ENOSPC, EDQUOT, EIO, EFBIG].contains(code) {
            return LocalizedFailure(status: ExitStatus.internalError, "output.full", ["path": path, "detail": detail])
        }
        return LocalizedFailure(status: ExitStatus.invalidInput, "support.write.failed", ["path": path, "detail": detail])
    }

    private static func refusal(_ key: String, _ values: [String: String]) -> LocalizedFailure {
        LocalizedFailure(status: ExitStatus.invalidInput, key, values)
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    static func databasePath(_ workspace: String) -> String {
        ((workspace as NSString).appendingPathComponent(PatuhDatabase.folderName) as NSString)
            .appendingPathComponent(PatuhDatabase.fileName)
    }

    private static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    private static func sameFile(_ info: stat, _ other: String) -> Bool {
        var second = stat()
        guard stat(other, &second) == 0 else { return false }
        return info.st_dev == second.st_dev && info.st_ino == second.st_ino
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = Glibc.realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The path with its folder resolved (the last component as given).
    private static func canonical(_ path: String) -> String? {
        guard let folder = realPath(folder(of: path)) else { return nil }
        return (folder as NSString).appendingPathComponent((path as NSString).lastPathComponent)
    }

    private static func linkTarget(_ path: String) -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
    }

    private static func specialKey(_ kind: mode_t) -> String {
        switch kind {
        case S_IFDIR: "output.special.folder"
        case S_IFBLK: "output.special.block"
        default: "output.special.other"
        }
    }
}
