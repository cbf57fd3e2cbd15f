import Crypto
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The outcome of hashing one file.
public enum HashResult: Sendable, Hashable {
    /// The SHA-256 (lower-case hex) of the content, with the file's state right after the
    /// read that produced it. `rereads` counts the times the file changed under the reader and
    /// was read again; `stable` is false when it was still changing after the last attempt
    /// (the hash is then of the last read).
    case hashed(sha256: String, stat: FileStat, rereads: Int, stable: Bool)
    /// The file could not be opened or read.
    case failed(reason: String)
}

/// Streams a file through SHA-256 with a fixed buffer: memory does not grow with file size.
///
/// The file is opened without following a symbolic link and without blocking (a FIFO or a
/// device never stalls the hasher), and only what `fstat` of the opened descriptor says is a
/// regular file is read. Its size and modification time are taken before and after reading;
/// when they differ (the file grew or was rewritten while hashed), it is read again, up to
/// ``maxAttempts`` times.
public struct FileHasher: Sendable {
    /// How many times a changing file is read before the last hash is kept as unstable.
    public var maxAttempts: Int
    /// Called after each chunk is read, with the attempt number (from 1). Tests use it to
    /// change a file while it is hashed; it is `nil` otherwise.
    public var afterChunk: (@Sendable (_ attempt: Int) -> Void)?

    public init(maxAttempts: Int = 3, afterChunk: (@Sendable (_ attempt: Int) -> Void)? = nil) {
        self.maxAttempts = maxAttempts
        self.afterChunk = afterChunk
    }

    /// Hashes the file at `absolutePath`, reading through `buffer` (reused between calls).
    ///
    /// Only the last component is opened without following a link; the scanner hashes by
    /// relative path through verified folders instead (``ParallelHasher/hash(relativePaths:under:progress:)``).
    public func hash(absolutePath: String, buffer: UnsafeMutableRawBufferPointer) -> HashResult {
        let fd = open(absolutePath, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            return .failed(reason: errno == ELOOP ? "a symbolic link (not followed)" : POSIX.message(errno))
        }
        return hash(descriptor: fd, buffer: buffer)
    }

    /// Hashes the file open at `fd`, and closes it.
    func hash(descriptor fd: Int32, buffer: UnsafeMutableRawBufferPointer) -> HashResult {
        defer { close(fd) }
        #if canImport(Glibc)
        _ = posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL)
        #endif
        var rereads = 0
        for attempt in 1...max(1, maxAttempts) {
            var before = stat()
            guard fstat(fd, &before) == 0 else { return .failed(reason: POSIX.message(errno)) }
            guard POSIX.isRegular(before) else { return .failed(reason: "not a regular file") }
            guard lseek(fd, 0, SEEK_SET) == 0 else { return .failed(reason: POSIX.message(errno)) }
            let digest: (sha: String, bytes: Int64)
            switch readAll(fd: fd, buffer: buffer, limit: POSIX.fileStat(before).size, attempt: attempt) {
            case .success(let value): digest = value
            case .failure(let reason): return .failed(reason: reason.text)
            }
            var after = stat()
            guard fstat(fd, &after) == 0 else { return .failed(reason: POSIX.message(errno)) }
            let start = POSIX.fileStat(before), end = POSIX.fileStat(after)
            if start == end && digest.bytes == end.size {
                return .hashed(sha256: digest.sha, stat: end, rereads: rereads, stable: true)
            }
            if attempt == maxAttempts {
                return .hashed(sha256: digest.sha, stat: end, rereads: rereads, stable: false)
            }
            rereads += 1
        }
        return .failed(reason: "no attempt made")
    }

    private struct ReadFailure: Error { var text: String }

    /// Reads at most `limit` bytes (the size when the attempt began), so a file that keeps
    /// growing cannot keep one attempt going forever.
    private func readAll(fd: Int32, buffer: UnsafeMutableRawBufferPointer, limit: Int64, attempt: Int)
        -> Result<(sha: String, bytes: Int64), ReadFailure> {
        var sha = SHA256()
        var total: Int64 = 0
        while total < limit {
            let wanted = Int(min(Int64(buffer.count), limit - total))
            let count = read(fd, buffer.baseAddress, wanted)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(text: POSIX.message(errno)))
            }
            if count == 0 { break }
            sha.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            total += Int64(count)
            afterChunk?(attempt)
        }
        return .success((Self.hex(sha.finalize()), total))
    }

    /// Lower-case hex of a digest.
    static func hex(_ digest: SHA256.Digest) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
