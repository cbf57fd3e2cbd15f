#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole regular file, refusing directories, unreadable files and files too large
/// to be a definition. Errors name the file in words a person can act on.
enum FileBytes {
    /// The largest file Patuh will parse as XML (64 MiB).
    static let maximumSize = 64 << 20

    static func read(path: String) throws(XMLError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            let reason: String
            switch errno {
            case ENOENT: reason = "no such file"
            case EACCES, EPERM: reason = "permission denied: the file is not readable"
            case EISDIR: reason = "is a directory, not a file"
            default: reason = String(cString: strerror(errno))
            }
            throw XMLError(code: .unreadable, file: path, message: "cannot read file: \(reason)")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw XMLError(code: .unreadable, file: path, message: "cannot read file: \(String(cString: strerror(errno)))")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw XMLError(code: .unreadable, file: path, message: "is a directory, not a file")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw XMLError(code: .unreadable, file: path, message: "is not a regular file")
        }
        guard Int(info.st_size) <= maximumSize else {
            throw XMLError(code: .unreadable, file: path,
                           message: "file is \(info.st_size) bytes; the limit for an XML definition is \(maximumSize) bytes")
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = errno == EISDIR ? "is a directory, not a file" : String(cString: strerror(errno))
                throw XMLError(code: .unreadable, file: path, message: "cannot read file: \(reason)")
            }
            if n == 0 { break }
            offset += n
        }
        return Array(bytes.prefix(offset))
    }
}
