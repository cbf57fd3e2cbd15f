#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import Foundation
import Crypto
import ZIPFoundation

/// Reads a paket without trusting it: ``open(path:schemaDirectory:limits:)`` checks the archive's
/// structure and limits (nothing extracted), reads the manifest and its signature and checks the
/// signature; ``verifyFiles()`` then hashes every file in a stream and compares it with the
/// manifest; ``extract(into:select:)`` writes files only after both, hashing them again as they
/// are written.
public final class PaketReader {
    public let path: String
    /// The manifest, its signature checked against ``signer``.
    public let manifest: PaketManifest
    /// The manifest's exact bytes.
    public let manifestBytes: Data
    /// Whose key signed the manifest (trust is the caller's decision).
    public let signer: PaketPublicKey
    let limits: ArchiveLimits
    /// The archive, open for reading by offset (`pread`): entries are found by name in
    /// ``entries`` and read straight from their data, never through a second directory walk.
    let descriptor: Int32
    /// (Variable for tests that cut an entry short.)
    var entries: [String: ZipRecord]

    /// The paket's identity: the SHA-256 of its manifest, which names every file's hash.
    public var sha256: String { Data(SHA256.hash(data: manifestBytes)).map { String(format: "%02x", $0) }.joined() }

    private init(path: String, manifest: PaketManifest, bytes: Data, signer: PaketPublicKey, limits: ArchiveLimits,
                 descriptor: Int32, entries: [String: ZipRecord]) {
        self.path = path
        self.manifest = manifest
        self.manifestBytes = bytes
        self.signer = signer
        self.limits = limits
        self.descriptor = descriptor
        self.entries = entries
    }

    deinit { close(descriptor) }

    /// Opens and checks the paket at `path`: structure, limits, exact entry list, signature.
    public static func open(path: String, schemaDirectory: String, limits: ArchiveLimits = ArchiveLimits()) throws(PaketError) -> PaketReader {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw PaketError(.notAPaket, "paket.archive.unreadable", ["path": path])
        }
        let directory = try ZipDirectory.read(path: path, limits: limits)
        let names = Set(directory.records.map(\.name))
        guard let manifestRecord = directory.records.first(where: { $0.name == PaketManifest.entryName }),
              names.contains(PaketManifest.signatureName) else {
            throw PaketError(.notAPaket, "paket.archive.noManifest", ["path": path])
        }
        guard manifestRecord.uncompressedSize <= UInt64(limits.maximumManifestSize) else {
            throw PaketError(.unsafe, "paket.archive.manifestTooLarge", ["limit": "\(limits.maximumManifestSize)"])
        }
        let descriptor = Foundation.open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw PaketError(.notAPaket, "paket.archive.unreadable", ["path": path]) }
        var handedOver = false
        defer { if !handedOver { close(descriptor) } }
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw PaketError(.notAPaket, "paket.archive.unreadable", ["path": path])
        }
        let entries = Dictionary(directory.records.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let signatureBytes = try readSmall(entries[PaketManifest.signatureName]!, descriptor: descriptor, limit: limits.maximumSignatureSize)
        let bytes = try readSmall(manifestRecord, descriptor: descriptor, limit: limits.maximumManifestSize)
        let signature = try PaketSignature.parse(signatureBytes)
        guard signature.verifies(bytes) else {
            throw PaketError(.tampered, "paket.signature.bad", ["fingerprint": signature.key.fingerprint])
        }
        let manifest = try PaketManifest.parse(bytes, schemaDirectory: schemaDirectory)
        let listed = Set(manifest.files.map(\.path))
        if let extra = directory.records.map(\.name).sorted().first(where: { !listed.contains($0) && $0 != PaketManifest.entryName && $0 != PaketManifest.signatureName }) {
            throw PaketError(.tampered, "paket.verify.unlisted", ["entry": extra])
        }
        let declared = Dictionary(directory.records.map { ($0.name, $0.uncompressedSize) }, uniquingKeysWith: { first, _ in first })
        for file in manifest.files {
            guard let size = declared[file.path] else { throw PaketError(.tampered, "paket.verify.missing", ["entry": file.path]) }
            guard size == UInt64(file.size) else { throw PaketError(.tampered, "paket.verify.size", ["entry": file.path]) }
        }
        handedOver = true
        return PaketReader(path: path, manifest: manifest, bytes: bytes, signer: signature.key, limits: limits,
                           descriptor: descriptor, entries: entries)
    }

    /// Hashes every file of the manifest in a stream; throws naming the first that differs.
    public func verifyFiles() throws(PaketError) {
        for file in manifest.files {
            try stream(file, consumer: nil)
        }
    }

    /// Writes the files `select` maps to a destination (relative to `directory`, which must not
    /// exist yet and is created), hashing each as it is written. Returns the files written.
    @discardableResult
    public func extract(into directory: String, select: (PaketManifest.File) -> String?) throws(PaketError) -> [String] {
        guard !FileManager.default.fileExists(atPath: directory) else {
            throw PaketError(.io, "paket.io.exists", ["path": directory])
        }
        var written: [String] = []
        for file in manifest.files {
            guard let relative = select(file) else { continue }
            let target = (directory as NSString).appendingPathComponent(relative)
            do {
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            } catch {
                throw PaketError(.io, "paket.io.write", ["path": target, "detail": "\(error)"])
            }
            let fd = Foundation.open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw PaketError(.io, "paket.io.write", ["path": target, "detail": String(cString: strerror(errno))]) }
            defer { close(fd) }
            try stream(file) { chunk throws(PaketError) in
                var offset = 0
                while offset < chunk.count {
                    let wrote = write(fd, chunk.baseAddress! + offset, chunk.count - offset)
                    guard wrote > 0 else { throw PaketError(.io, "paket.io.write", ["path": target, "detail": String(cString: strerror(errno))]) }
                    offset += wrote
                }
            }
            written.append(relative)
        }
        return written
    }

    /// Streams `file`'s bytes to `consumer`, refusing more bytes than declared, a different
    /// count, or a different hash. Stored entries are read from the archive in large blocks and
    /// hashed in place; deflated ones go through ZIPFoundation's inflater.
    func stream(_ file: PaketManifest.File, consumer: ((UnsafeRawBufferPointer) throws(PaketError) -> Void)?) throws(PaketError) {
        guard let record = entries[file.path] else { throw PaketError(.tampered, "paket.verify.missing", ["entry": file.path]) }
        var hasher = SHA256()
        var count: Int64 = 0
        try Self.read(record, descriptor: descriptor, entry: file.path) { chunk throws(PaketError) in
            count += Int64(chunk.count)
            guard count <= file.size else { throw PaketError(.unsafe, "paket.archive.sizeLies", ["entry": file.path]) }
            hasher.update(bufferPointer: chunk)
            try consumer?(chunk)
        }
        let sha = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        guard count == file.size else { throw PaketError(.unsafe, "paket.archive.sizeLies", ["entry": file.path]) }
        guard sha == file.sha256 else { throw PaketError(.tampered, "paket.verify.hash", ["entry": file.path]) }
    }

    /// The size of the blocks read from the archive.
    static let blockSize = 4 << 20

    /// Gives the uncompressed bytes of `record` to `consumer`, block by block. A short read (the
    /// archive changed or was cut) or a corrupt deflate stream is named as a changed `entry`.
    static func read(_ record: ZipRecord, descriptor: Int32, entry: String,
                     consumer: (UnsafeRawBufferPointer) throws(PaketError) -> Void) throws(PaketError) {
        if record.method == 0 {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: blockSize, alignment: 64)
            defer { buffer.deallocate() }
            var done: UInt64 = 0
            while done < record.compressedSize {
                let wanted = Int(min(UInt64(blockSize), record.compressedSize - done))
                let got = pread(descriptor, buffer.baseAddress, wanted, off_t(record.dataOffset + done))
                guard got == wanted else { throw PaketError(.tampered, "paket.verify.hash", ["entry": entry]) }
                try consumer(UnsafeRawBufferPointer(rebasing: buffer[0..<got]))
                done += UInt64(got)
            }
            return
        }
        do {
            // ZIPFoundation's inflater asks for `size` bytes at a time and tells zlib that many are
            // there: each chunk is exactly `size` long (zero-filled past the entry's end, which no
            // sound stream reaches), and asking again past the end is a stream that never ends.
            _ = try Data.decompress(size: Int64(record.compressedSize), bufferSize: 1 << 20, skipCRC32: true, provider: { position, size in
                let remaining = Int64(record.compressedSize) - position
                guard remaining > 0 else { throw PaketError(.tampered, "paket.verify.hash", ["entry": entry]) }
                let wanted = Int(min(Int64(size), remaining))
                var data = Data(count: size)
                let got = data.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted, off_t(record.dataOffset + UInt64(position))) }
                guard got == wanted else { throw PaketError(.tampered, "paket.verify.hash", ["entry": entry]) }
                return data
            }, consumer: { data in
                try data.withUnsafeBytes { bytes in try consumer(bytes) }
            })
        } catch let error as PaketError {
            throw error
        } catch {
            throw PaketError(.tampered, "paket.verify.hash", ["entry": entry])
        }
    }

    /// The bytes of the manifest's `file`, at most `limit` of them, checked against its size and
    /// SHA-256 as they are read (for a small file read in memory, e.g. an answer file).
    public func contents(of file: PaketManifest.File, limit: Int64) throws(PaketError) -> [UInt8] {
        guard file.size <= limit else { throw PaketError(.unsafe, "paket.archive.manifestTooLarge", ["limit": "\(limit)"]) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(file.size))
        try stream(file) { chunk throws(PaketError) in bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// Reads the small entry `name` whole, at most `limit` bytes.
    public func data(of name: String, limit: Int64) throws(PaketError) -> Data {
        guard let record = entries[name] else { throw PaketError(.notAPaket, "paket.archive.noManifest", ["path": name]) }
        return try Self.readSmall(record, descriptor: descriptor, limit: limit)
    }

    static func readSmall(_ record: ZipRecord, descriptor: Int32, limit: Int64) throws(PaketError) -> Data {
        var data = Data()
        try read(record, descriptor: descriptor, entry: record.name) { chunk throws(PaketError) in
            guard Int64(data.count + chunk.count) <= limit else {
                throw PaketError(.unsafe, "paket.archive.manifestTooLarge", ["limit": "\(limit)"])
            }
            data.append(contentsOf: chunk)
        }
        return data
    }
}
