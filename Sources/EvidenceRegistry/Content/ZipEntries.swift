import Core
import Foundation
import XMLSupport
import ZIPFoundation

/// The entries of an office document (XLSX, DOCX, ODT: all ZIP archives), read in memory
/// under ``ContentLimits``: the number of entries, each entry's declared and actual size, and
/// its compression ratio are bounded before and while it is decompressed. Nothing is written
/// to disk, and an entry is only ever read as data.
struct ZipEntries {
    private let archive: Archive
    private let limits: ContentLimits
    /// Entry paths as stored, for lookups that tolerate a leading `/` or different case.
    private let paths: [String]

    /// Opens `bytes` as an archive, or says why it is none.
    static func open(_ bytes: [UInt8], limits: ContentLimits) -> Result<ZipEntries, ContentReadProblem> {
        guard bytes.count <= limits.maximumFileSize else {
            return .failure(.tooLarge(size: bytes.count, limit: limits.maximumFileSize))
        }
        guard bytes.starts(with: [0x50, 0x4B]) else { return .failure(.notAnArchive) }
        // ZIPFoundation's in-memory archive traps on an offset beyond the data (a malformed
        // central directory); its file-backed one reads short instead. So the bytes go to a
        // temporary file that is unlinked as soon as the archive has opened it.
        guard let temporary = TemporaryFile(bytes) else { return .failure(.notAnArchive) }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: temporary.path), accessMode: .read)
        } catch {
            temporary.remove()
            return .failure(.notAnArchive)
        }
        temporary.remove()
        var paths: [String] = []
        for entry in archive {
            paths.append(entry.path)
            if paths.count > limits.maximumEntries {
                return .failure(.archiveTooLarge(entry: entry.path, limit: limits.maximumEntries))
            }
        }
        return .success(ZipEntries(archive: archive, limits: limits, paths: paths))
    }

    private init(archive: Archive, limits: ContentLimits, paths: [String]) {
        self.archive = archive
        self.limits = limits
        self.paths = paths
    }

    /// Whether the archive has an entry with this path.
    func contains(_ name: String) -> Bool {
        storedPath(name) != nil
    }

    private func storedPath(_ name: String) -> String? {
        let wanted = name.hasPrefix("/") ? String(name.dropFirst()) : name
        return paths.first { $0 == wanted } ?? paths.first { $0.lowercased() == wanted.lowercased() }
    }

    /// The bytes of entry `name`, refused when it is too large, compressed too well, or corrupt.
    func data(_ name: String) -> Result<[UInt8], ContentReadProblem> {
        guard let path = storedPath(name), let entry = archive[path] else { return .failure(.missingEntry(name: name)) }
        let declared = entry.uncompressedSize
        let limit = limits.maximumEntrySize
        guard declared <= UInt64(limit) else { return .failure(.archiveTooLarge(entry: path, limit: limit)) }
        let ratioLimit = UInt64(limits.maximumRatio)
        if declared > 1 << 20, declared / max(entry.compressedSize, 1) > ratioLimit {
            return .failure(.archiveTooLarge(entry: path, limit: limit))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(min(declared, 1 << 20)))
        struct TooLarge: Error {}
        do {
            _ = try archive.extract(entry, bufferSize: 64 << 10, skipCRC32: false) { chunk in
                // Never more than the limit, nor more than the entry declares (a size that lies).
                guard bytes.count + chunk.count <= limit, UInt64(bytes.count + chunk.count) <= declared else {
                    throw TooLarge()
                }
                let compressed = max(entry.compressedSize, 1)
                if bytes.count + chunk.count > 1 << 20, UInt64(bytes.count + chunk.count) / compressed > ratioLimit {
                    throw TooLarge()
                }
                bytes.append(contentsOf: chunk)
            }
        } catch is TooLarge {
            return .failure(.archiveTooLarge(entry: path, limit: limit))
        } catch {
            return .failure(.corruptEntry(name: path))
        }
        return .success(bytes)
    }

    /// Entry `name` parsed as XML by XMLSupport's safe parser (no DTD, no entities, no network).
    func xml(_ name: String) -> Result<XMLDocument, ContentReadProblem> {
        switch data(name) {
        case .failure(let problem): return .failure(problem)
        case .success(let bytes):
            var xmlLimits = XMLLimits.standard
            xmlLimits.maximumFileSize = limits.maximumEntrySize
            xmlLimits.maximumAttributes = max(xmlLimits.maximumAttributes, limits.maximumRows * 4)
            do {
                return .success(try XMLDocument.parse(bytes: bytes, path: name, limits: xmlLimits))
            } catch {
                return .failure(.invalidXML(entry: name, line: error.diagnostics.first?.line ?? 0))
            }
        }
    }
}

/// A new file in the temporary folder holding some bytes, readable only by its owner.
struct TemporaryFile {
    let path: String

    init?(_ bytes: [UInt8]) {
        var template = Array((NSTemporaryDirectory() + "/patuh-content-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if count <= 0 {
                unlink(path)
                return nil
            }
            written += count
        }
        self.path = path
    }

    /// Removes the file's name (an open handle keeps reading it).
    func remove() {
        unlink(path)
    }
}
