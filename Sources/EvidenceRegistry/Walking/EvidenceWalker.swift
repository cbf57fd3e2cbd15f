#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A regular file found under `Evidence/`, with what `lstat` said about it.
public struct WalkedFile: Sendable, Hashable {
    public var path: EvidencePath
    public var stat: FileStat

    public init(path: EvidencePath, stat: FileStat) {
        self.path = path
        self.stat = stat
    }
}

/// Something under `Evidence/` the walker did not take as a file, and why.
public struct WalkProblem: Sendable, Hashable {
    /// The kinds of problem; stable names are used in reports.
    public enum Kind: Sendable, Hashable {
        /// A symbolic link whose target lies outside the workspace. Never followed.
        case symlinkOutside(target: String)
        /// A symbolic link inside the workspace. Never followed either: the file it points to
        /// is indexed where it really lies.
        case symlink(target: String)
        /// A folder that cannot be listed: nothing below it was seen.
        case unreadableFolder(reason: String)
        /// A file that cannot be opened or read.
        case unreadableFile(reason: String)
        /// A device, socket or pipe.
        case notRegular
        /// A name that is not valid UTF-8: it cannot be reported or matched reliably.
        case invalidName
    }

    public var path: EvidencePath
    public var kind: Kind

    public init(path: EvidencePath, kind: Kind) {
        self.path = path
        self.kind = kind
    }
}

/// Everything one walk of `Evidence/` found.
public struct WalkResult: Sendable {
    /// Regular files, sorted by path bytes.
    public var files: [WalkedFile]
    /// What was skipped, sorted by path.
    public var problems: [WalkProblem]
}

/// Walks `WORKSPACE/Evidence` with `openat`/`fstatat`, never following a symbolic link.
///
/// Names starting with `.` (`.DS_Store`, `.gitkeep`, editors' swap files) are ignored. A
/// folder that cannot be listed is reported and skipped; the walk goes on.
public enum EvidenceWalker {
    /// The evidence folder's name under the workspace root.
    public static let folderName = "Evidence"

    /// Walks the evidence folder of `workspace`.
    public static func walk(workspace: String) throws(EvidenceError) -> WalkResult {
        let root = POSIX.realPath(workspace)
        let evidence = root + "/" + folderName
        let fd = open(evidence, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            throw EvidenceError(code: .unreadable, file: evidence,
                                message: "cannot open the evidence folder: \(POSIX.message(errno))")
        }
        var walker = Walker(root: root)
        walker.walk(fd: fd, relative: folderName)
        walker.files.sort { $0.path < $1.path }
        walker.problems.sort { $0.path < $1.path }
        return WalkResult(files: walker.files, problems: walker.problems)
    }

    private struct Walker {
        let root: String
        var files: [WalkedFile] = []
        var problems: [WalkProblem] = []

        /// Lists the folder open at `fd` (taking ownership of it) and everything below.
        mutating func walk(fd: Int32, relative: String) {
            guard let directory = fdopendir(fd) else {
                problems.append(WalkProblem(path: EvidencePath(relative), kind: .unreadableFolder(reason: POSIX.message(errno))))
                close(fd)
                return
            }
            defer { closedir(directory) }
            let dfd = dirfd(directory)
            while let entry = readdir(directory) {
                let raw = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
                if raw.first == UInt8(ascii: ".") { continue }
                guard let name = String(validating: raw, as: UTF8.self) else {
                    let shown = relative + "/" + String(decoding: raw, as: UTF8.self)
                    problems.append(WalkProblem(path: EvidencePath(shown), kind: .invalidName))
                    continue
                }
                visit(name: name, in: dfd, relative: relative)
            }
        }

        private mutating func visit(name: String, in dfd: Int32, relative: String) {
            // Swift keeps a string's bytes as read (no Unicode normalisation), so `name` passes
            // the exact on-disk name back to the C library.
            let path = relative + "/" + name
            var st = stat()
            guard fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else {
                problems.append(WalkProblem(path: EvidencePath(path), kind: .unreadableFile(reason: POSIX.message(errno))))
                return
            }
            if POSIX.isRegular(st) {
                files.append(WalkedFile(path: EvidencePath(path), stat: POSIX.fileStat(st)))
            } else if POSIX.isDirectory(st) {
                let child = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child < 0 {
                    problems.append(WalkProblem(path: EvidencePath(path), kind: .unreadableFolder(reason: POSIX.message(errno))))
                } else {
                    walk(fd: child, relative: path)
                }
            } else if POSIX.isSymlink(st) {
                problems.append(WalkProblem(path: EvidencePath(path), kind: symlinkKind(name: name, in: dfd, relative: relative)))
            } else {
                problems.append(WalkProblem(path: EvidencePath(path), kind: .notRegular))
            }
        }

        /// Reads the link (never following it) and tells whether its target leaves the workspace.
        private func symlinkKind(name: String, in dfd: Int32, relative: String) -> WalkProblem.Kind {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlinkat(dfd, name, &buffer, buffer.count - 1)
            let target = count >= 0
                ? String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
            let absolute = target.hasPrefix("/") ? target : root + "/" + relative + "/" + target
            let resolved = POSIX.lexicallyNormalized(absolute)
            let inside = resolved == root || resolved.hasPrefix(root == "/" ? "/" : root + "/")
            return inside ? .symlink(target: target) : .symlinkOutside(target: target)
        }
    }
}
