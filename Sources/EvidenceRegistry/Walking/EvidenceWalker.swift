import Dispatch
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
/// libc's `struct stat` (named through its module: with ZIPFoundation linked, CoreFoundation
/// also offers a `stat`).
typealias POSIXStat = Glibc.stat
#elseif canImport(Darwin)
typealias POSIXStat = Darwin.stat
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
/// Names starting with `.` (`.DS_Store`, `.gitkeep`, editors' swap files) are ignored, and so is
/// the folder of seal files, `Evidence/_segel/` (``SealFolder``). A
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
            // A folder's names, NUL-terminated, in one buffer: passed to fstatat as they are
            // and sorted by memcmp, with no String per name.
            var names = NameList()
            while let entry = readdir(directory) {
                withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    let raw = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.firstIndex(of: 0) ?? bytes.count)])
                    if raw.first == UInt8(ascii: ".") { return }
                    guard Self.isValidUTF8(raw) else {
                        let shown = relative + "/" + String(decoding: raw, as: UTF8.self)
                        problems.append(WalkProblem(path: EvidencePath(shown), kind: .invalidName))
                        return
                    }
                    names.append(raw)
                }
            }
            let stats = Self.statAll(names, in: dfd)
            // Sorting a folder's entries by name, with "/" after a folder's name, yields
            // the whole walk in byte order of the full paths: no global sort needed.
            let isFolder = stats.map { $0.stat.map(POSIX.isDirectory) == true }
            var order = Array(0..<names.count)
            names.bytes.withUnsafeBufferPointer { bytes in
                order.sort { names.precedes($0, folder: isFolder[$0], $1, folder: isFolder[$1], in: bytes) }
                for index in order {
                    visit(name: names.name(index, in: bytes), stat: stats[index].stat, error: stats[index].error,
                          in: dfd, relative: relative)
                }
            }
        }

        /// Visits one entry; `name` is NUL-terminated just past its end.
        private mutating func visit(name: UnsafeBufferPointer<UInt8>, stat found: stat?, error: Int32, in dfd: Int32,
                                    relative: String) {
            // The path keeps the name's bytes as read (no Unicode normalisation), and the C
            // library gets the exact on-disk name back.
            let path = Self.join(relative, name)
            guard let st = found else {
                problems.append(WalkProblem(path: EvidencePath(path), kind: .unreadableFile(reason: POSIX.message(error))))
                return
            }
            if POSIX.isRegular(st) {
                files.append(WalkedFile(path: EvidencePath(path), stat: POSIX.fileStat(st)))
            } else if POSIX.isDirectory(st) {
                // Evidence/_segel/ holds the seal files: they describe the evidence, they are not evidence.
                if relative == EvidenceWalker.folderName, name.elementsEqual(SealFolder.name.utf8) { return }
                let child = openat(dfd, UnsafeRawPointer(name.baseAddress!).assumingMemoryBound(to: CChar.self), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child < 0 {
                    problems.append(WalkProblem(path: EvidencePath(path), kind: .unreadableFolder(reason: POSIX.message(errno))))
                } else {
                    walk(fd: child, relative: path)
                }
            } else if POSIX.isSymlink(st) {
                let text = String(decoding: name, as: UTF8.self)
                problems.append(WalkProblem(path: EvidencePath(path), kind: symlinkKind(name: text, in: dfd, relative: relative)))
            } else {
                problems.append(WalkProblem(path: EvidencePath(path), kind: .notRegular))
            }
        }

        /// `relative + "/" + name` in one allocation.
        private static func join(_ relative: String, _ name: UnsafeBufferPointer<UInt8>) -> String {
            var relative = relative
            return relative.withUTF8 { head in
                String(unsafeUninitializedCapacity: head.count + 1 + name.count) { buffer in
                    _ = buffer.initialize(fromContentsOf: head)
                    buffer[head.count] = UInt8(ascii: "/")
                    _ = buffer[(head.count + 1)...].initialize(fromContentsOf: name)
                    return head.count + 1 + name.count
                }
            }
        }

        /// Whether `bytes` are valid UTF-8 (ASCII checked without building a string).
        private static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
            if !bytes.contains(where: { $0 >= 0x80 }) { return true }
            return String(validating: bytes.bindMemory(to: UInt8.self), as: UTF8.self) != nil
        }

        /// `fstatat` (not following links) of every name in a folder, on two threads for a
        /// large folder: the kernel's path lookups are most of a warm scan.
        static func statAll(_ names: NameList, in dfd: Int32) -> [(stat: stat?, error: Int32)] {
            let results = UnsafeMutableBufferPointer<(stat: stat?, error: Int32)>.allocate(capacity: names.count)
            results.initialize(repeating: (nil, 0))
            defer { results.deallocate() }
            let chunks = names.count >= 512 ? max(1, min(4, ProcessInfoCores.active)) : 1
            let slots = SendableSlots(results)
            names.bytes.withUnsafeBufferPointer { bytes in
                let base = SendablePointer(bytes.baseAddress)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    var index = chunk
                    while index < names.count {
                        var st = POSIXStat()
                        let ok = base.pointer.map { fstatat(dfd, $0 + names.starts[index], &st, AT_SYMLINK_NOFOLLOW) == 0 } ?? false
                        slots.buffer[index] = ok ? (st, 0) : (nil, errno)
                        index += chunks
                    }
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

/// The names of one folder, each followed by a NUL, in one buffer.
struct NameList: Sendable {
    var bytes: [CChar] = []
    var starts: [Int] = []
    var lengths: [Int] = []

    var count: Int { starts.count }

    mutating func append(_ name: UnsafeRawBufferPointer) {
        starts.append(bytes.count)
        lengths.append(name.count)
        bytes.append(contentsOf: name.bindMemory(to: CChar.self))
        bytes.append(0)
    }

    /// The bytes of name `index` (the NUL follows just past the end).
    func name(_ index: Int, in buffer: UnsafeBufferPointer<CChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[starts[index]..<(starts[index] + lengths[index])])
            .bindMemory(to: UInt8.self)
    }

    /// Byte order of the names, a folder's name taken with a "/" after it.
    func precedes(_ a: Int, folder aIsFolder: Bool, _ b: Int, folder bIsFolder: Bool,
                  in buffer: UnsafeBufferPointer<CChar>) -> Bool {
        let la = lengths[a], lb = lengths[b], common = min(la, lb)
        if common > 0, let base = buffer.baseAddress {
            let order = memcmp(base + starts[a], base + starts[b], common)
            if order != 0 { return order < 0 }
        }
        if la == lb { return !aIsFolder && bIsFolder }
        // One name is a prefix of the other: the shorter one's next byte is "/" or nothing.
        if la < lb {
            guard aIsFolder else { return true }
            return UInt8(ascii: "/") < UInt8(bitPattern: buffer[starts[b] + la])
        } else {
            guard bIsFolder else { return false }
            return UInt8(bitPattern: buffer[starts[a] + lb]) < UInt8(ascii: "/")
        }
    }
}

/// A pointer handed to worker threads that only read through it.
private struct SendablePointer: @unchecked Sendable {
    let pointer: UnsafePointer<CChar>?

    init(_ pointer: UnsafePointer<CChar>?) {
        self.pointer = pointer
    }
}

/// A buffer whose slots are written by distinct threads (each index by exactly one).
private struct SendableSlots<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>

    init(_ buffer: UnsafeMutableBufferPointer<Element>) {
        self.buffer = buffer
    }
}
