#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one reader of input files: every XML file Patuh parses is read through it.
///
/// It opens without blocking (a FIFO cannot stall it), checks what the descriptor really is
/// with `fstat`, refuses anything but a regular file and any file over the size limit before
/// reading a byte, and never holds more than the limit in memory, even if the file grows
/// while it is read. Errors name the file in words a person can act on.
///
/// ## Topics
/// - ``read(path:maximumSize:followSymlinks:)``
public enum InputFile {
    /// Reads the whole regular file at `path`.
    ///
    /// - Parameters:
    ///   - maximumSize: the largest size accepted, in bytes.
    ///   - followSymlinks: `false` refuses a symbolic link as the last component
    ///     (`O_NOFOLLOW`), for files that must lie inside a tree Patuh walks without following links.
    /// - Throws: ``XMLError`` with code ``XMLError/Code/unreadable``.
    ///   - describedAs: what the input is, in the size error (`an XML input`, `a JSON findings file`).
    public static func read(path: String, maximumSize: Int = XMLLimits.standard.maximumFileSize,
                            followSymlinks: Bool = true, describedAs kind: String = "an XML input") throws(XMLError) -> [UInt8] {
        func failure(_ message: String) -> XMLError {
            XMLError(code: .unreadable, file: path, message: message)
        }
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (followSymlinks ? 0 : O_NOFOLLOW)
        let fd = open(path, flags)
        if fd < 0 {
            switch errno {
            case ENOENT: throw failure("cannot read file: no such file")
            case EACCES, EPERM: throw failure("cannot read file: permission denied: the file is not readable")
            case EISDIR: throw failure("is a directory, not a file")
            case ELOOP where !followSymlinks: throw failure("is a symbolic link; Patuh does not follow links here")
            case let code: throw failure("cannot read file: \(String(cString: strerror(code)))")
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw failure("cannot read file: \(String(cString: strerror(errno)))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw failure("is a directory, not a file")
        case S_IFIFO: throw failure("is a named pipe (FIFO), not a regular file")
        default: throw failure("is not a regular file")
        }
        guard Int(info.st_size) <= maximumSize else {
            throw failure("file is \(info.st_size) bytes; the limit for \(kind) is \(maximumSize) bytes")
        }
        return try readAll(fd, expected: Int(info.st_size), maximumSize: maximumSize, kind: kind, failure: failure)
    }

    /// Reads to the end, at most `maximumSize` bytes: a file that grew past the limit since
    /// `fstat` is refused without reading the rest.
    private static func readAll(_ fd: Int32, expected: Int, maximumSize: Int, kind: String,
                                failure: (String) -> XMLError) throws(XMLError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: Swift.min(expected, maximumSize) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= maximumSize else {
                    throw failure("file grew past the limit for \(kind) (\(maximumSize) bytes) while it was read")
                }
                bytes += [UInt8](repeating: 0, count: Swift.min(Swift.max(count, 4096), maximumSize + 1 - count))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
            }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                let reason = errno == EISDIR ? "is a directory, not a file" : String(cString: strerror(errno))
                throw failure("cannot read file: \(reason)")
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        return bytes
    }
}
