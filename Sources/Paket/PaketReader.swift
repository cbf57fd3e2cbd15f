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
    let archive: Archive

    /// The paket's identity: the SHA-256 of its manifest, which names every file's hash.
    public var sha256: String { Data(SHA256.hash(data: manifestBytes)).map { String(format: "%02x", $0) }.joined() }

    private init(path: String, manifest: PaketManifest, bytes: Data, signer: PaketPublicKey, limits: ArchiveLimits, archive: Archive) {
        self.path = path
        self.manifest = manifest
        self.manifestBytes = bytes
        self.signer = signer
        self.limits = limits
        self.archive = archive
    }

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
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw PaketError(.notAPaket, "paket.archive.notZip", ["path": path])
        }
        let signatureBytes = try readSmall(PaketManifest.signatureName, from: archive, limit: limits.maximumSignatureSize)
        let bytes = try readSmall(PaketManifest.entryName, from: archive, limit: limits.maximumManifestSize)
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
        return PaketReader(path: path, manifest: manifest, bytes: bytes, signer: signature.key, limits: limits, archive: archive)
    }

    /// Hashes every file of the manifest in a stream; throws naming the first that differs.
    public func verifyFiles() throws(PaketError) {
        for file in manifest.files {
            try stream(file) { _ in }
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
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            try stream(file) { data throws(PaketError) in
                do { try handle.write(contentsOf: data) } catch {
                    throw PaketError(.io, "paket.io.write", ["path": target, "detail": "\(error)"])
                }
            }
            try? handle.close()
            written.append(relative)
        }
        return written
    }

    /// Streams `file`'s bytes to `consumer`, refusing more bytes than declared, a different
    /// count, or a different hash.
    func stream(_ file: PaketManifest.File, consumer: (Data) throws(PaketError) -> Void) throws(PaketError) {
        guard let entry = archive[file.path] else { throw PaketError(.tampered, "paket.verify.missing", ["entry": file.path]) }
        var hasher = SHA256()
        var count: Int64 = 0
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 20, skipCRC32: true) { data in
                count += Int64(data.count)
                guard count <= file.size else { throw PaketError(.unsafe, "paket.archive.sizeLies", ["entry": file.path]) }
                hasher.update(data: data)
                try consumer(data)
            }
        } catch let error as PaketError {
            throw error
        } catch {
            throw PaketError(.tampered, "paket.verify.hash", ["entry": file.path])
        }
        let sha = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        guard count == file.size else { throw PaketError(.unsafe, "paket.archive.sizeLies", ["entry": file.path]) }
        guard sha == file.sha256 else { throw PaketError(.tampered, "paket.verify.hash", ["entry": file.path]) }
    }

    /// Reads the small entry `name` whole, at most `limit` bytes.
    public func data(of name: String, limit: Int64) throws(PaketError) -> Data {
        try Self.readSmall(name, from: archive, limit: limit)
    }

    static func readSmall(_ name: String, from archive: Archive, limit: Int64) throws(PaketError) -> Data {
        guard let entry = archive[name] else { throw PaketError(.notAPaket, "paket.archive.noManifest", ["path": name]) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                guard Int64(data.count + chunk.count) <= limit else { throw PaketError(.unsafe, "paket.archive.manifestTooLarge", ["limit": "\(limit)"]) }
                data.append(chunk)
            }
        } catch let error as PaketError {
            throw error
        } catch {
            throw PaketError(.tampered, "paket.verify.hash", ["entry": name])
        }
        return data
    }
}
