#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small helpers over the C library, shared by the walker and the hasher.
enum POSIX {
    /// The text of `errno`.
    static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// The stat fields Patuh keeps.
    static func fileStat(_ st: stat) -> FileStat {
        #if canImport(Darwin)
        let seconds = Int64(st.st_mtimespec.tv_sec), nanos = Int64(st.st_mtimespec.tv_nsec)
        #else
        let seconds = Int64(st.st_mtim.tv_sec), nanos = Int64(st.st_mtim.tv_nsec)
        #endif
        return FileStat(size: Int64(st.st_size), modifiedNanos: seconds * 1_000_000_000 + nanos, inode: UInt64(st.st_ino))
    }

    static func isDirectory(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFDIR }
    static func isRegular(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFREG }
    static func isSymlink(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFLNK }

    /// Collapses `.` and `..` in an absolute path without touching the file system.
    static func lexicallyNormalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The absolute, symlink-free path of an existing folder, or the path itself.
    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
