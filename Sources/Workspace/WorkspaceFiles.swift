import Core
import Crypto
import Foundation

/// Where a file of the workspace lies: its absolute path and its path relative to the root.
public struct WorkspaceFilePath: Sendable, Hashable {
    /// The absolute path (the workspace root's real path joined with ``relative``).
    public var absolute: String
    /// Relative to the workspace root, `/`-separated (`Evidence/S01-kebijakan/S01.1/bukti.xml`).
    public var relative: String
}

/// The file operations of the use cases that change a workspace: paths are held inside the
/// workspace, and every write is whole or nothing.
///
/// A write goes to a new temporary file beside the target (`O_CREAT|O_EXCL|O_NOFOLLOW`), is
/// flushed to disk, and is renamed over the target; it never follows a symbolic link, never
/// replaces anything but a regular file, and, given the SHA-256 the caller read, refuses when
/// the file changed on disk since (nothing is lost: the caller still holds its text).
///
/// ## Topics
/// - ``locate(_:)``
/// - ``write(_:to:expectedSHA256:mayCreate:)``
/// - ``sha256(_:)``
struct WorkspaceFiles {
    let root: String

    /// The SHA-256 of `bytes` in lower-case hex.
    static func sha256<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    /// The real path of the root.
    private var realRoot: String {
        Self.realPath(root) ?? URL(fileURLWithPath: root).standardizedFileURL.path
    }

    /// `path` (relative to the root, or absolute) as a path inside the workspace: its folder
    /// must exist and lie inside the root once symbolic links are resolved; `..` cannot climb out.
    func locate(_ path: String) throws(WorkspaceError) -> WorkspaceFilePath {
        let joined = path.hasPrefix("/") ? path : (root as NSString).appendingPathComponent(path)
        let standardized = URL(fileURLWithPath: joined).standardizedFileURL.path
        let folder = (standardized as NSString).deletingLastPathComponent
        let name = (standardized as NSString).lastPathComponent
        let base = realRoot
        guard let realFolder = Self.realPath(folder) else {
            throw WorkspaceError(.invalidInput, "edit.folder.missing", ["path": path])
        }
        guard realFolder == base || realFolder.hasPrefix(base + "/"), !name.isEmpty, name != "..", name != "." else {
            throw WorkspaceError(.invalidInput, "edit.outsideWorkspace", ["path": path, "root": root])
        }
        let relativeFolder = realFolder == base ? "" : String(realFolder.dropFirst(base.count + 1))
        return WorkspaceFilePath(absolute: realFolder + "/" + name,
                                 relative: relativeFolder.isEmpty ? name : relativeFolder + "/" + name)
    }

    /// What lies at `path` without following a link.
    enum Kind { case none, regular, other }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .none }
        return (info.st_mode & S_IFMT) == S_IFREG ? .regular : .other
    }

    /// The bytes of the regular file at `file`, or `nil` when nothing is there; a link or
    /// another kind of file is refused.
    func read(_ file: WorkspaceFilePath) throws(WorkspaceError) -> [UInt8]? {
        switch Self.kind(file.absolute) {
        case .none: return nil
        case .other: throw WorkspaceError(.invalidInput, "edit.notRegular", ["path": file.relative])
        case .regular:
            let descriptor = open(file.absolute, O_RDONLY | O_NOFOLLOW | O_NONBLOCK)
            guard descriptor >= 0 else {
                throw WorkspaceError(.invalidInput, "edit.unreadable", ["path": file.relative, "detail": String(cString: strerror(errno))])
            }
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                return [UInt8](try handle.readToEnd() ?? Data())
            } catch {
                throw WorkspaceError(.invalidInput, "edit.unreadable", ["path": file.relative, "detail": "\(error)"])
            }
        }
    }

    /// Writes `bytes` to `file` whole or not at all. `expectedSHA256`: the file's hash when the
    /// caller read it (`nil`: the caller read nothing, so the file must not exist yet unless
    /// `mayCreate` is false and it is replaced unconditionally). Returns the new SHA-256.
    @discardableResult
    func write(_ bytes: [UInt8], to file: WorkspaceFilePath, expectedSHA256: String?,
               mayCreate: Bool = true, conflict: (([UInt8]) -> WorkspaceError)? = nil) throws(WorkspaceError) -> String {
        let folder = (file.absolute as NSString).deletingLastPathComponent
        var mode: mode_t = 0o644
        switch Self.kind(file.absolute) {
        case .other:
            throw WorkspaceError(.invalidInput, "edit.notRegular", ["path": file.relative])
        case .none:
            guard mayCreate else { throw WorkspaceError(.notFound, "edit.vanished", ["path": file.relative]) }
            if expectedSHA256 != nil { throw WorkspaceError(.refused, "edit.vanished", ["path": file.relative]) }
        case .regular:
            var info = stat()
            if lstat(file.absolute, &info) == 0 { mode = info.st_mode & 0o777 }
            let current = try read(file) ?? []
            if let expectedSHA256 {
                guard Self.sha256(current) == expectedSHA256 else {
                    throw conflict?(current) ?? WorkspaceError(.refused, "edit.conflict", ["path": file.relative])
                }
            } else if mayCreate {
                throw conflict?(current) ?? WorkspaceError(.refused, "edit.conflict", ["path": file.relative])
            }
        }
        let temporary = try Self.temporaryCopy(of: bytes, in: folder, shown: file.relative, mode: mode)
        guard rename(temporary, file.absolute) == 0 else {
            let failure = String(cString: strerror(errno))
            unlink(temporary)
            throw WorkspaceError(.unavailable, "edit.writeFailed", ["path": file.relative, "detail": failure])
        }
        return Self.sha256(bytes)
    }

    /// Makes the folder `relative` (and its parents) inside the root, each a real folder: a
    /// link or a file on the way is refused, so nothing is ever made outside the workspace.
    func ensureFolder(_ relative: String) throws(WorkspaceError) {
        var path = realRoot
        for part in relative.split(separator: "/").map(String.init) {
            guard part != "..", part != "." else { throw WorkspaceError(.invalidInput, "edit.outsideWorkspace", ["path": relative, "root": root]) }
            path += "/" + part
            var info = stat()
            if lstat(path, &info) == 0 {
                guard (info.st_mode & S_IFMT) == S_IFDIR else {
                    throw WorkspaceError(.invalidInput, "edit.notRegular", ["path": relative])
                }
            } else if mkdir(path, 0o755) != 0, errno != EEXIST {
                throw WorkspaceError(.unavailable, "edit.writeFailed", ["path": relative, "detail": String(cString: strerror(errno))])
            }
        }
    }

    /// Writes `bytes` as a new file at `file`, whole or not at all, never over anything that is
    /// there (the temporary file is linked into place, which fails when the name is taken).
    func create(_ bytes: [UInt8], at file: WorkspaceFilePath) throws(WorkspaceError) -> String {
        guard Self.kind(file.absolute) == .none else {
            throw WorkspaceError(.refused, "edit.upload.exists", ["path": file.relative])
        }
        let folder = (file.absolute as NSString).deletingLastPathComponent
        let temporary = try Self.temporaryCopy(of: bytes, in: folder, shown: file.relative, mode: 0o644)
        let linked = link(temporary, file.absolute) == 0
        let reason = errno
        unlink(temporary)
        guard linked else {
            if reason == EEXIST { throw WorkspaceError(.refused, "edit.upload.exists", ["path": file.relative]) }
            throw WorkspaceError(.unavailable, "edit.writeFailed", ["path": file.relative, "detail": String(cString: strerror(reason))])
        }
        return Self.sha256(bytes)
    }

    /// A new hidden file in `folder` holding `bytes`, flushed to disk (never following a link);
    /// removed again when writing fails.
    private static func temporaryCopy(of bytes: [UInt8], in folder: String, shown: String, mode: mode_t) throws(WorkspaceError) -> String {
        let temporary = folder + "/.patuh-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode)
        guard descriptor >= 0 else {
            throw WorkspaceError(.unavailable, "edit.writeFailed", ["path": shown, "detail": String(cString: strerror(errno))])
        }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw WorkspaceError(.unavailable, "edit.writeFailed", ["path": shown, "detail": failure])
        }
        return temporary
    }

    /// The real path of an existing file or folder.
    static func realPath(_ path: String) -> String? {
        WorkspaceLinks.realPath(path)
    }
}
