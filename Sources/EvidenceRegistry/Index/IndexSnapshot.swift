#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every indexed file in a compact form, for a scan to compare against what it walked.
///
/// A warm rescan of a large tree compares every walked file with its stored row; decoding
/// each row into an ``IndexedFile`` (a `String` per path, hash and rule, an array per rule
/// list, a dictionary over all of them) was most of the user-space work of that scan. Here
/// the rows' text lives in one byte buffer and each row is a few integers, so reading the
/// index is a handful of allocations and freeing it is cheap.
///
/// Rows are kept in byte order of their paths (the order of the `evidence_file` primary key
/// and of the walk), so the scanner can merge the two in one pass.
public struct IndexSnapshot: Sendable {
    struct Row: Sendable {
        var path: Range<Int>
        var sha256: Range<Int>
        var rules: Range<Int>
        /// Empty with `hasMetadata` false when the file has no `bukti.xml` entry.
        var metadata: Range<Int>
        var hasMetadata: Bool
        var racy: Bool
        var stat: FileStat
    }

    private(set) var bytes: [UInt8] = []
    private(set) var rows: [Row] = []
    private var sorted = true

    public init() {}

    /// The number of rows.
    public var count: Int { rows.count }

    public mutating func reserveCapacity(rows count: Int, bytes byteCount: Int) {
        rows.reserveCapacity(count)
        bytes.reserveCapacity(byteCount)
    }

    /// Appends one row; `rules` is the space-separated list of rule ids as stored.
    public mutating func append(path: UnsafeRawBufferPointer, stat: FileStat, sha256: UnsafeRawBufferPointer,
                                racy: Bool, rules: UnsafeRawBufferPointer, metadata: UnsafeRawBufferPointer?) {
        let pathRange = put(path)
        if sorted, let last = rows.last {
            sorted = Self.compare(bytes, last.path, bytes, pathRange) < 0
        }
        let shaRange = put(sha256), rulesRange = put(rules)
        let metadataRange = metadata.map { put($0) } ?? bytes.count..<bytes.count
        rows.append(Row(path: pathRange, sha256: shaRange, rules: rulesRange, metadata: metadataRange,
                        hasMetadata: metadata != nil, racy: racy, stat: stat))
    }

    /// Appends one decoded row (for indexes that only offer ``IndexedFile``).
    public mutating func append(_ file: IndexedFile) {
        var path = file.path.string, sha = file.sha256, rules = file.rules.joined(separator: " ")
        var metadata = file.metadata
        path.withUTF8 { p in
            sha.withUTF8 { s in
                rules.withUTF8 { r in
                    if metadata != nil {
                        metadata!.withUTF8 { m in
                            append(path: UnsafeRawBufferPointer(p), stat: file.stat, sha256: UnsafeRawBufferPointer(s),
                                   racy: file.racy, rules: UnsafeRawBufferPointer(r), metadata: UnsafeRawBufferPointer(m))
                        }
                    } else {
                        append(path: UnsafeRawBufferPointer(p), stat: file.stat, sha256: UnsafeRawBufferPointer(s),
                               racy: file.racy, rules: UnsafeRawBufferPointer(r), metadata: nil)
                    }
                }
            }
        }
    }

    /// Puts the rows in byte order of their paths if they were not appended in that order.
    mutating func ensureSorted() {
        guard !sorted else { return }
        let buffer = bytes
        rows.sort { Self.compare(buffer, $0.path, buffer, $1.path) < 0 }
        sorted = true
    }

    // MARK: - Reading rows

    func path(_ row: Int) -> EvidencePath { EvidencePath(string(rows[row].path)) }
    func sha256(_ row: Int) -> String { string(rows[row].sha256) }
    func metadata(_ row: Int) -> String? { rows[row].hasMetadata ? string(rows[row].metadata) : nil }

    /// Whether the stored rule list of `row` is exactly `rules` (in order).
    func rules(_ row: Int, equal rules: [String]) -> Bool {
        let range = rows[row].rules
        var position = range.lowerBound
        for (index, rule) in rules.enumerated() {
            if index > 0 {
                guard position < range.upperBound, bytes[position] == UInt8(ascii: " ") else { return false }
                position += 1
            }
            for byte in rule.utf8 {
                guard position < range.upperBound, bytes[position] == byte else { return false }
                position += 1
            }
        }
        return position == range.upperBound
    }

    /// Whether the stored metadata of `row` is exactly `metadata`.
    func metadata(_ row: Int, equals metadata: String?) -> Bool {
        let stored = rows[row]
        guard let metadata else { return !stored.hasMetadata }
        guard stored.hasMetadata else { return false }
        return metadata.utf8.elementsEqual(bytes[stored.metadata])
    }

    /// Compares the stored path of `row` with `path` byte by byte, as `memcmp`.
    func comparePath(_ row: Int, _ path: EvidencePath) -> Int {
        var text = path.string
        let range = rows[row].path
        return text.withUTF8 { other in
            bytes.withUnsafeBufferPointer { mine in
                Self.compare(UnsafeBufferPointer(rebasing: mine[range]), other)
            }
        }
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private mutating func put(_ buffer: UnsafeRawBufferPointer) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: buffer)
        return start..<bytes.count
    }

    private static func compare(_ a: [UInt8], _ ra: Range<Int>, _ b: [UInt8], _ rb: Range<Int>) -> Int {
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                compare(UnsafeBufferPointer(rebasing: pa[ra]), UnsafeBufferPointer(rebasing: pb[rb]))
            }
        }
    }

    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        if common > 0, let pa = a.baseAddress, let pb = b.baseAddress {
            let order = memcmp(pa, pb, common)
            if order != 0 { return Int(order) }
        }
        return a.count - b.count
    }
}
