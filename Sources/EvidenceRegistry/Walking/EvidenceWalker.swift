import Dispatch
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
    /// Regular files, in byte order of their paths.
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
            var names: [String] = []
            while let entry = readdir(directory) {
                let name: String? = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    let raw = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.firstIndex(of: 0) ?? bytes.count)])
                    if raw.first == UInt8(ascii: ".") { return "." }
                    guard let name = String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self) else {
                        let shown = relative + "/" + String(decoding: raw, as: UTF8.self)
                        problems.append(WalkProblem(path: EvidencePath(shown), kind: .invalidName))
                        return nil
                    }
                    return name
                }
                // "." stands for every name starting with a dot (ignored), nil for an invalid one.
                if let name, name.utf8.first != UInt8(ascii: ".") { names.append(name) }
            }
            let stats = Self.statAll(names, in: dfd)
            // Sorting a folder's entries by name, with "/" after a folder's name, yields
            // the whole walk in byte order of the full paths: no global sort needed.
            let keys = names.indices.map { index in
                stats[index].stat.map(POSIX.isDirectory) == true ? names[index] + "/" : names[index]
            }
            var order = Array(names.indices)
            order.sort { EvidencePath.compareBytes(keys[$0], keys[$1]) < 0 }
            for index in order {
                visit(name: names[index], stat: stats[index].stat, error: stats[index].error, in: dfd, relative: relative)
            }
        }

        private mutating func visit(name: String, stat found: stat?, error: Int32, in dfd: Int32, relative: String) {
            // Swift keeps a string's bytes as read (no Unicode normalisation), so `name` passes
            // the exact on-disk name back to the C library.
            var path = relative
            path.reserveCapacity(relative.utf8.count + 1 + name.utf8.count)
            path += "/"
            path += name
            guard let st = found else {
                problems.append(WalkProblem(path: EvidencePath(path), kind: .unreadableFile(reason: POSIX.message(error))))
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

        /// `fstatat` (not following links) of every name in a folder, on two threads for a
        /// large folder: the kernel's path lookups are most of a warm scan.
        static func statAll(_ names: [String], in dfd: Int32) -> [(stat: stat?, error: Int32)] {
            let results = UnsafeMutableBufferPointer<(stat: stat?, error: Int32)>.allocate(capacity: names.count)
            results.initialize(repeating: (nil, 0))
            defer { results.deallocate() }
            let chunks = names.count >= 512 ? max(1, min(4, ProcessInfoCores.active)) : 1
            let slots = SendableSlots(results)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var index = chunk
                while index < names.count {
                    var st = stat()
                    let ok = fstatat(dfd, names[index], &st, AT_SYMLINK_NOFOLLOW) == 0
                    slots.buffer[index] = ok ? (st, 0) : (nil, errno)
                    index += chunks
                }
            }
            return Array(results)
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

/// A buffer whose slots are written by distinct threads (each index by exactly one).
private struct SendableSlots<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) {
        self.buffer = buffer
    }
}
