import Crypto
import Foundation
import ZIPFoundation

/// A zip writer that streams each entry once and never rewrites what it wrote: a local header,
/// the data (stored, or deflated by ZIPFoundation's compressor), then the header patched with the
/// CRC and sizes; the central directory once at the end. ZIPFoundation's `addEntry` rewrites the
/// whole central directory for every entry (quadratic for thousands of files), so pakets use this.
///
/// Plain zip only (no zip64): ``fits(sizes:)`` says whether a paket can be written this way.
final class ZipStreamWriter {
    private let handle: FileHandle
    private var offset: UInt64 = 0
    private var directory = Data()
    private var count = 0
    /// 2000-01-01 00:00 in the DOS date and time fields.
    static let dosDate: UInt16 = (20 << 9) | (1 << 5) | 1
    static let limit: UInt64 = 0xFFFF_FFF0

    /// Whether entries of `sizes` (and their names and headers) fit a plain zip.
    static func fits(sizes: [Int64]) -> Bool {
        sizes.count < 60_000 && UInt64(sizes.reduce(0, +)) + UInt64(sizes.count) * 2_000 < limit
    }

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw PaketError(.io, "paket.io.write", ["path": path, "detail": "create"]) }
        self.handle = handle
    }

    deinit { try? handle.close() }

    private func write(_ data: Data) throws {
        try handle.write(contentsOf: data)
        offset += UInt64(data.count)
    }

    /// Adds an entry whose bytes `read(chunk)` gives in order (empty at the end); returns the
    /// SHA-256 of the uncompressed bytes and their count. An entry meant to be deflated is
    /// stored instead when its first bytes look incompressible (``looksIncompressible(_:)``):
    /// deflating random-looking data costs far more than it saves. The choice depends only on
    /// the content, so the same files still give the same archive.
    func add(name: String, deflate wanted: Bool, size: Int64, read: (Int) throws -> Data) throws -> (sha256: String, size: Int64) {
        let nameBytes = Data(name.utf8)
        let start = offset
        let chunk = 1 << 20
        var first: Data? = size > 0 ? try read(min(chunk, Int(size))) : nil
        let deflate = wanted && !(first.map(Self.looksIncompressible) ?? false)
        let method: UInt16 = deflate ? 8 : 0
        try write(Self.localHeader(name: nameBytes, method: method, crc: 0, compressed: 0, size: 0))
        var hasher = SHA256()
        var total: Int64 = 0
        var crc: CRC32 = 0
        var compressed: UInt64 = 0
        func next(_ wanted: Int) throws -> Data {
            if let pending = first {
                first = nil
                return pending
            }
            return try read(wanted)
        }
        if deflate {
            _ = try Data.compress(size: size, bufferSize: chunk, provider: { _, wanted in
                let data = try next(wanted)
                hasher.update(data: data)
                crc = data.withUnsafeBytes { CRC32Slicing.update(crc, $0) }
                total += Int64(data.count)
                return data
            }, consumer: { data in
                try self.write(data)
                compressed += UInt64(data.count)
            })
        } else {
            while total < size {
                let data = try next(min(chunk, Int(size - total)))
                if data.isEmpty { break }
                hasher.update(data: data)
                crc = data.withUnsafeBytes { CRC32Slicing.update(crc, $0) }
                total += Int64(data.count)
                try write(data)
            }
            compressed = UInt64(total)
        }
        guard total == size, offset < Self.limit else { throw PaketError(.io, "paket.build.changed", ["path": name]) }
        let end = offset
        try handle.seek(toOffset: start)
        try handle.write(contentsOf: Self.localHeader(name: nameBytes, method: method, crc: crc, compressed: UInt32(compressed), size: UInt32(total)))
        try handle.seek(toOffset: end)
        var entry = Data()
        entry.append(Self.le32(0x0201_4b50))
        entry.append(Self.le16(0x0314))
        entry.append(Self.le16(20))
        entry.append(Self.le16(0x0800))
        entry.append(Self.le16(method))
        entry.append(Self.le16(0))
        entry.append(Self.le16(Self.dosDate))
        entry.append(Self.le32(crc))
        entry.append(Self.le32(UInt32(compressed)))
        entry.append(Self.le32(UInt32(total)))
        entry.append(Self.le16(UInt16(nameBytes.count)))
        for _ in 0..<4 { entry.append(Self.le16(0)) }
        entry.append(Self.le32(UInt32(0o100644) << 16))
        entry.append(Self.le32(UInt32(start)))
        entry.append(nameBytes)
        directory.append(entry)
        count += 1
        return (hasher.finalize().map { String(format: "%02x", $0) }.joined(), total)
    }

    /// Whether `data` (an entry's first block) looks incompressible: at least 4 KiB whose first
    /// 64 KiB have an order-0 entropy above 7.9 bits per byte (text and XML are near 5;
    /// compressed or encrypted bytes near 8).
    static func looksIncompressible(_ data: Data) -> Bool {
        guard data.count >= 4096 else { return false }
        var counts = [Int](repeating: 0, count: 256)
        let sample = data.prefix(64 << 10)
        sample.withUnsafeBytes { bytes in
            counts.withUnsafeMutableBufferPointer { counts in
                for byte in bytes { counts[Int(byte)] += 1 }
            }
        }
        let total = Double(sample.count)
        let entropy = counts.reduce(0.0) { sum, count in
            guard count > 0 else { return sum }
            let p = Double(count) / total
            return sum - p * log2(p)
        }
        return entropy > 7.9
    }

    /// Writes the central directory and its end record.
    func finish() throws {
        let directoryOffset = offset
        try write(directory)
        var end = Data()
        end.append(Self.le32(0x0605_4b50))
        end.append(Self.le16(0))
        end.append(Self.le16(0))
        end.append(Self.le16(UInt16(count)))
        end.append(Self.le16(UInt16(count)))
        end.append(Self.le32(UInt32(directory.count)))
        end.append(Self.le32(UInt32(directoryOffset)))
        end.append(Self.le16(0))
        try write(end)
        try handle.synchronize()
        try handle.close()
    }

    static func localHeader(name: Data, method: UInt16, crc: UInt32, compressed: UInt32, size: UInt32) -> Data {
        var header = Data()
        header.append(le32(0x0403_4b50))
        header.append(le16(20))
        header.append(le16(0x0800))
        header.append(le16(method))
        header.append(le16(0))
        header.append(le16(dosDate))
        header.append(le32(crc))
        header.append(le32(compressed))
        header.append(le32(size))
        header.append(le16(UInt16(name.count)))
        header.append(le16(0))
        header.append(name)
        return header
    }

    static func le16(_ value: UInt16) -> Data { Data([UInt8(value & 0xFF), UInt8(value >> 8)]) }
    static func le32(_ value: UInt32) -> Data {
        Data([UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)])
    }
}
