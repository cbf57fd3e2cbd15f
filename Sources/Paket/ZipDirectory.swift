import Foundation

/// One entry of a zip's central directory, as declared (nothing is believed yet).
struct ZipRecord: Sendable, Hashable {
    var rawName: [UInt8]
    var name: String
    var flags: UInt16
    var method: UInt16
    var compressedSize: UInt64
    var uncompressedSize: UInt64
    var versionMadeBy: UInt16
    var externalAttributes: UInt32
    var localHeaderOffset: UInt64
    /// Where the entry's (compressed) bytes begin: after its local header, name and extra field.
    var dataOffset: UInt64 = 0
}

/// Reads a zip's central directory with bounds on everything, and checks each entry for what
/// must never be extracted: traversal, absolute names, links, device files, duplicate or
/// canonically equal names, encryption, unknown compression, sizes that lie, zip bombs.
struct ZipDirectory {
    var records: [ZipRecord]

    static func read(path: String, limits: ArchiveLimits) throws(PaketError) -> ZipDirectory {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PaketError(.notAPaket, "paket.archive.unreadable", ["path": path])
        }
        defer { try? handle.close() }
        let fileSize = Int64((try? handle.seekToEnd()) ?? 0)
        func bytes(at offset: Int64, _ count: Int) throws(PaketError) -> [UInt8] {
            guard offset >= 0, count >= 0, offset + Int64(count) <= fileSize else {
                throw PaketError(.notAPaket, "paket.archive.truncated", ["path": path])
            }
            do {
                try handle.seek(toOffset: UInt64(offset))
                let data = try handle.read(upToCount: count) ?? Data()
                guard data.count == count else { throw PaketError(.notAPaket, "paket.archive.truncated", ["path": path]) }
                return [UInt8](data)
            } catch let error as PaketError {
                throw error
            } catch {
                throw PaketError(.notAPaket, "paket.archive.unreadable", ["path": path])
            }
        }
        // End of central directory: within the last 64 KiB + 22 bytes.
        let tailLength = Int(min(fileSize, 65_557))
        guard tailLength >= 22 else { throw PaketError(.notAPaket, "paket.archive.notZip", ["path": path]) }
        let tail = try bytes(at: fileSize - Int64(tailLength), tailLength)
        guard let eocd = stride(from: tailLength - 22, through: 0, by: -1).first(where: { tail.u32($0) == 0x0605_4b50 }) else {
            throw PaketError(.notAPaket, "paket.archive.notZip", ["path": path])
        }
        var count = UInt64(tail.u16(eocd + 10))
        var directorySize = UInt64(tail.u32(eocd + 12))
        var directoryOffset = UInt64(tail.u32(eocd + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            let locatorOffset = fileSize - Int64(tailLength) + Int64(eocd) - 20
            let locator = try bytes(at: locatorOffset, 20)
            guard locator.u32(0) == 0x0706_4b50 else { throw PaketError(.notAPaket, "paket.archive.notZip", ["path": path]) }
            let zip64 = try bytes(at: Int64(clamping: locator.u64(8)), 56)
            guard zip64.u32(0) == 0x0606_4b50 else { throw PaketError(.notAPaket, "paket.archive.notZip", ["path": path]) }
            count = zip64.u64(32)
            directorySize = zip64.u64(40)
            directoryOffset = zip64.u64(48)
        }
        guard count <= UInt64(limits.maximumEntries), directorySize <= UInt64(limits.maximumEntries) * 2_000 else {
            throw PaketError(.unsafe, "paket.archive.tooManyEntries", ["count": "\(count)", "limit": "\(limits.maximumEntries)"])
        }
        let directory = try bytes(at: Int64(directoryOffset), Int(directorySize))
        var records: [ZipRecord] = []
        var position = 0
        for _ in 0..<count {
            guard position + 46 <= directory.count, directory.u32(position) == 0x0201_4b50 else {
                throw PaketError(.notAPaket, "paket.archive.truncated", ["path": path])
            }
            let nameLength = Int(directory.u16(position + 28)), extraLength = Int(directory.u16(position + 30))
            let commentLength = Int(directory.u16(position + 32))
            guard position + 46 + nameLength + extraLength + commentLength <= directory.count else {
                throw PaketError(.notAPaket, "paket.archive.truncated", ["path": path])
            }
            let rawName = Array(directory[(position + 46)..<(position + 46 + nameLength)])
            var record = ZipRecord(rawName: rawName, name: String(decoding: rawName, as: UTF8.self),
                                   flags: directory.u16(position + 8), method: directory.u16(position + 10),
                                   compressedSize: UInt64(directory.u32(position + 20)),
                                   uncompressedSize: UInt64(directory.u32(position + 24)),
                                   versionMadeBy: directory.u16(position + 4), externalAttributes: directory.u32(position + 38),
                                   localHeaderOffset: UInt64(directory.u32(position + 42)))
            Self.applyZip64(Array(directory[(position + 46 + nameLength)..<(position + 46 + nameLength + extraLength)]), to: &record)
            records.append(record)
            position += 46 + nameLength + extraLength + commentLength
        }
        let result = ZipDirectory(records: records)
        try result.check(limits: limits)
        // Local headers must agree with the directory, and entries must not overlap.
        var end: UInt64 = 0
        for index in records.indices.sorted(by: { records[$0].localHeaderOffset < records[$1].localHeaderOffset }) {
            let record = records[index]
            guard record.localHeaderOffset >= end else { throw PaketError(.unsafe, "paket.archive.overlap", ["entry": record.name]) }
            let header = try bytes(at: Int64(clamping: record.localHeaderOffset), 30)
            guard header.u32(0) == 0x0403_4b50 else { throw PaketError(.notAPaket, "paket.archive.truncated", ["path": path]) }
            let localName = try bytes(at: Int64(clamping: record.localHeaderOffset) + 30, Int(header.u16(26)))
            guard localName == record.rawName, header.u16(8) == record.method else {
                throw PaketError(.unsafe, "paket.archive.sizeLies", ["entry": record.name])
            }
            if header.u16(6) & 0x8 == 0, header.u32(18) != 0xFFFF_FFFF {
                guard UInt64(header.u32(18)) == record.compressedSize, UInt64(header.u32(22)) == record.uncompressedSize else {
                    throw PaketError(.unsafe, "paket.archive.sizeLies", ["entry": record.name])
                }
            }
            records[index].dataOffset = record.localHeaderOffset + 30 + UInt64(header.u16(26)) + UInt64(header.u16(28))
            end = records[index].dataOffset + record.compressedSize
            guard end <= UInt64(fileSize) else { throw PaketError(.notAPaket, "paket.archive.truncated", ["path": path]) }
        }
        return ZipDirectory(records: records)
    }

    private static func applyZip64(_ extra: [UInt8], to record: inout ZipRecord) {
        var position = 0
        while position + 4 <= extra.count {
            let id = extra.u16(position), size = Int(extra.u16(position + 2))
            guard position + 4 + size <= extra.count else { return }
            if id == 0x0001 {
                var field = position + 4
                if record.uncompressedSize == 0xFFFF_FFFF, field + 8 <= position + 4 + size { record.uncompressedSize = extra.u64(field); field += 8 }
                if record.compressedSize == 0xFFFF_FFFF, field + 8 <= position + 4 + size { record.compressedSize = extra.u64(field); field += 8 }
                if record.localHeaderOffset == 0xFFFF_FFFF, field + 8 <= position + 4 + size { record.localHeaderOffset = extra.u64(field) }
            }
            position += 4 + size
        }
    }

    /// Every per-entry and whole-archive refusal that needs no byte of content.
    func check(limits: ArchiveLimits) throws(PaketError) {
        var exact = Set<[UInt8]>()
        var canonical = [String: String]()
        var total: UInt64 = 0, compressed: UInt64 = 0
        for record in records {
            let name = record.name
            guard record.rawName.count <= limits.maximumNameLength, String(validating: record.rawName, as: UTF8.self) != nil,
                  !record.rawName.contains(0) else {
                throw PaketError(.unsafe, "paket.archive.badName", ["entry": name])
            }
            let components = name.split(separator: "/", omittingEmptySubsequences: false)
            if name.hasPrefix("/") || name.contains("\\") || (name.count > 1 && Array(name)[1] == ":") {
                throw PaketError(.unsafe, "paket.archive.absolute", ["entry": name])
            }
            if components.contains(where: { $0 == ".." || $0 == "." }) {
                throw PaketError(.unsafe, "paket.archive.traversal", ["entry": name])
            }
            if record.versionMadeBy >> 8 == 3 || record.versionMadeBy >> 8 == 19 {
                let type = (record.externalAttributes >> 16) & 0o170000
                if type == 0o120000 { throw PaketError(.unsafe, "paket.archive.symlink", ["entry": name]) }
                if type != 0 && type != 0o100000 && type != 0o040000 {
                    throw PaketError(.unsafe, "paket.archive.device", ["entry": name])
                }
            }
            if components.contains(where: { $0.isEmpty }) && !name.hasSuffix("/") {
                throw PaketError(.unsafe, "paket.archive.badName", ["entry": name])
            }
            guard exact.insert(record.rawName).inserted else { throw PaketError(.unsafe, "paket.archive.duplicate", ["entry": name]) }
            let key = name.precomposedStringWithCanonicalMapping
            if let other = canonical[key] {
                throw PaketError(.unsafe, "paket.archive.collision", ["entry": name, "other": other])
            }
            canonical[key] = name
            guard record.flags & 0x1 == 0, record.method == 0 || record.method == 8 else {
                throw PaketError(.unsafe, "paket.archive.method", ["entry": name])
            }
            if record.method == 0, record.compressedSize != record.uncompressedSize {
                throw PaketError(.unsafe, "paket.archive.sizeLies", ["entry": name])
            }
            if record.uncompressedSize > 1 << 20, record.uncompressedSize / max(record.compressedSize, 1) > UInt64(limits.maximumRatio) {
                throw PaketError(.unsafe, "paket.archive.bomb", ["entry": name, "ratio": "\(limits.maximumRatio)"])
            }
            total &+= record.uncompressedSize
            compressed &+= record.compressedSize
            guard total <= UInt64(limits.maximumTotalSize) else {
                throw PaketError(.unsafe, "paket.archive.tooLarge", ["limit": "\(limits.maximumTotalSize)"])
            }
        }
        if total > 1 << 20, total / max(compressed, 1) > UInt64(limits.maximumRatio) {
            throw PaketError(.unsafe, "paket.archive.bomb", ["entry": "*", "ratio": "\(limits.maximumRatio)"])
        }
    }
}

extension Array where Element == UInt8 {
    func u16(_ at: Int) -> UInt16 { UInt16(self[at]) | UInt16(self[at + 1]) << 8 }
    func u32(_ at: Int) -> UInt32 { UInt32(u16(at)) | UInt32(u16(at + 2)) << 16 }
    func u64(_ at: Int) -> UInt64 { UInt64(u32(at)) | UInt64(u32(at + 4)) << 32 }
}
