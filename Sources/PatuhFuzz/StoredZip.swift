/// A ZIP archive of stored (uncompressed) entries, built in memory: the per-format content
/// targets wrap the fuzzer's bytes as one part of an XLSX, DOCX or ODT, so that mutations reach
/// the XML walkers instead of dying at a deflate stream's checksum.
enum StoredZip {
    /// The archive of `entries` (name, bytes) in order.
    static func make(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var archive: [UInt8] = []
        var central: [UInt8] = []
        for (name, bytes) in entries {
            let nameBytes = Array(name.utf8)
            let crc = crc32(bytes)
            let size = UInt32(bytes.count)
            let offset = UInt32(archive.count)
            // Local file header: version 2.0, no flags, stored, a fixed DOS time, the sizes.
            let local: [[UInt8]] = [le32(0x0403_4B50), le16(20), le16(0), le16(0), le16(0), le16(0x21),
                                    le32(crc), le32(size), le32(size), le16(UInt16(nameBytes.count)), le16(0), nameBytes, bytes]
            archive.append(contentsOf: local.joined())
            // Central directory entry.
            let entry: [[UInt8]] = [le32(0x0201_4B50), le16(20), le16(20), le16(0), le16(0), le16(0), le16(0x21),
                                    le32(crc), le32(size), le32(size), le16(UInt16(nameBytes.count)), le16(0), le16(0),
                                    le16(0), le16(0), le32(0), le32(offset), nameBytes]
            central.append(contentsOf: entry.joined())
        }
        let end: [[UInt8]] = [le32(0x0605_4B50), le16(0), le16(0), le16(UInt16(entries.count)), le16(UInt16(entries.count)),
                              le32(UInt32(central.count)), le32(UInt32(archive.count)), le16(0)]
        archive.append(contentsOf: central)
        archive.append(contentsOf: end.joined())
        return archive
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
