#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import Foundation
import Crypto
import ZIPFoundation

/// One file to put in a paket: where it is on disk, its path inside the archive, what it is,
/// and (for sealed evidence) the SHA-256 it must still have.
public struct PaketSource: Sendable, Hashable {
    public var archivePath: String
    public var diskPath: String
    public var role: PaketManifest.Role
    public var metadata: String?
    public var expectedSHA256: String?

    public init(archivePath: String, diskPath: String, role: PaketManifest.Role, metadata: String? = nil, expectedSHA256: String? = nil) {
        self.archivePath = archivePath
        self.diskPath = diskPath
        self.role = role
        self.metadata = metadata
        self.expectedSHA256 = expectedSHA256
    }
}

/// Writes a paket: the files in byte order of their paths, then `manifest.xml` and `manifest.sig`,
/// every entry with the same fixed timestamp and mode, already-compressed formats stored and the
/// rest deflated, each file read once in chunks (hashed while it is written). The same inputs give
/// the same bytes. Written to a temporary file renamed into place at the end.
public enum PaketWriter {
    /// Extensions stored as they are (compressing them again gains nothing).
    public static let storedExtensions: Set<String> = ["pdf", "jpg", "jpeg", "png", "gif", "zip", "docx", "xlsx", "pptx",
                                                      "odt", "ods", "gz", "bz2", "xz", "7z", "mp4", "webp"]

    /// The fixed modification time of every entry: 2000-01-01 00:00 in the DOS fields.
    static var fixedDate: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        return calendar.date(from: DateComponents(year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0)) ?? Date(timeIntervalSince1970: 946_684_800)
    }

    /// Writes `sources` and a manifest made by `manifest` (given the files with their sizes and
    /// hashes) signed by `signer`, to `destination`. Returns the manifest and its bytes.
    public static func write(to destination: String, sources: [PaketSource], signer: PaketSigningKey,
                             manifest makeManifest: ([PaketManifest.File]) -> PaketManifest) throws(PaketError) -> (PaketManifest, Data) {
        try write(to: destination, sources: sources, signer: signer, manifest: makeManifest, render: \.xml)
    }

    /// As above, the manifest's bytes made by `render` (tests write manifests of other versions).
    static func write(to destination: String, sources: [PaketSource], signer: PaketSigningKey,
                      manifest makeManifest: ([PaketManifest.File]) -> PaketManifest,
                      render: (PaketManifest) -> Data) throws(PaketError) -> (PaketManifest, Data) {
        let sorted = sources.sorted { Array($0.archivePath.utf8).lexicographicallyPrecedes(Array($1.archivePath.utf8)) }
        var seen = Set<String>()
        for source in sorted {
            let key = source.archivePath.precomposedStringWithCanonicalMapping
            guard seen.insert(key).inserted, source.archivePath != PaketManifest.entryName, source.archivePath != PaketManifest.signatureName else {
                throw PaketError(.unsafe, "paket.archive.collision", ["entry": source.archivePath, "other": source.archivePath])
            }
        }
        let temporary = destination + ".tmp-\(getpid())"
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            let result: (PaketManifest, Data)
            let sizes = sorted.map { (try? FileManager.default.attributesOfItem(atPath: $0.diskPath)[.size] as? NSNumber)?.int64Value ?? 0 }
            if ZipStreamWriter.fits(sizes: sizes) {
                let zip = try ZipStreamWriter(path: temporary)
                var files: [PaketManifest.File] = []
                for source in sorted {
                    files.append(try addStreamed(source, to: zip))
                }
                let manifest = makeManifest(files)
                let bytes = render(manifest)
                let signature = try PaketSignature.sign(bytes, with: signer).text
                _ = try zip.add(name: PaketManifest.entryName, deflate: true, size: Int64(bytes.count), read: chunks(of: bytes))
                _ = try zip.add(name: PaketManifest.signatureName, deflate: false, size: Int64(signature.count), read: chunks(of: signature))
                try zip.finish()
                result = (manifest, bytes)
            } else {
                let archive = try Archive(url: URL(fileURLWithPath: temporary), accessMode: .create)
                var files: [PaketManifest.File] = []
                for source in sorted {
                    files.append(try add(source, to: archive))
                }
                let manifest = makeManifest(files)
                let bytes = render(manifest)
                let signature = try PaketSignature.sign(bytes, with: signer).text
                try addData(bytes, name: PaketManifest.entryName, method: .deflate, to: archive)
                try addData(signature, name: PaketManifest.signatureName, method: .none, to: archive)
                result = (manifest, bytes)
            }
            guard rename(temporary, destination) == 0 else {
                throw PaketError(.io, "paket.io.write", ["path": destination, "detail": String(cString: strerror(errno))])
            }
            return result
        } catch let error as PaketError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw PaketError(.io, "paket.io.write", ["path": destination, "detail": "\(error)"])
        }
    }

    /// A reader giving `data` in successive chunks.
    private static func chunks(of data: Data) -> (Int) -> Data {
        var cursor = 0
        return { wanted in
            let end = min(cursor + wanted, data.count)
            defer { cursor = end }
            return data.subdata(in: cursor..<end)
        }
    }

    private static func addStreamed(_ source: PaketSource, to zip: ZipStreamWriter) throws -> PaketManifest.File {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: source.diskPath),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = (attributes[.size] as? NSNumber)?.int64Value,
              let handle = FileHandle(forReadingAtPath: source.diskPath) else {
            throw PaketError(.io, "paket.build.unreadable", ["path": source.archivePath])
        }
        defer { try? handle.close() }
        let ext = (source.archivePath as NSString).pathExtension.lowercased()
        let (sha, read) = try zip.add(name: source.archivePath, deflate: !storedExtensions.contains(ext), size: size) { wanted in
            try handle.read(upToCount: wanted) ?? Data()
        }
        guard read == size else { throw PaketError(.io, "paket.build.changed", ["path": source.archivePath]) }
        if let expected = source.expectedSHA256, expected != sha {
            throw PaketError(.tampered, "paket.build.changedSinceSeal", ["path": source.archivePath])
        }
        return PaketManifest.File(path: source.archivePath, size: size, sha256: sha, role: source.role, metadata: source.metadata)
    }

    private static func addData(_ data: Data, name: String, method: CompressionMethod, to archive: Archive) throws {
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                             permissions: 0o644, compressionMethod: method) { position, size in
            data.subdata(in: Int(position)..<min(Int(position) + size, data.count))
        }
    }

    private static func add(_ source: PaketSource, to archive: Archive) throws -> PaketManifest.File {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: source.diskPath),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = (attributes[.size] as? NSNumber)?.int64Value,
              let handle = FileHandle(forReadingAtPath: source.diskPath) else {
            throw PaketError(.io, "paket.build.unreadable", ["path": source.archivePath])
        }
        defer { try? handle.close() }
        let ext = (source.archivePath as NSString).pathExtension.lowercased()
        let method: CompressionMethod = storedExtensions.contains(ext) ? .none : .deflate
        var hasher = SHA256()
        var read: Int64 = 0
        try archive.addEntry(with: source.archivePath, type: .file, uncompressedSize: size, modificationDate: fixedDate,
                             permissions: 0o644, compressionMethod: method, bufferSize: 1 << 20) { position, chunk in
            guard position == read else { throw PaketError(.io, "paket.build.changed", ["path": source.archivePath]) }
            let data = try handle.read(upToCount: chunk) ?? Data()
            guard data.count == min(chunk, Int(size - read)) else { throw PaketError(.io, "paket.build.changed", ["path": source.archivePath]) }
            hasher.update(data: data)
            read += Int64(data.count)
            return data
        }
        let sha = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        if let expected = source.expectedSHA256, expected != sha {
            throw PaketError(.tampered, "paket.build.changedSinceSeal", ["path": source.archivePath])
        }
        return PaketManifest.File(path: source.archivePath, size: size, sha256: sha, role: source.role, metadata: source.metadata)
    }
}
