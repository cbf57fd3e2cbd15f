#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import Foundation

/// The keys a workspace trusts, kept in `kunci-percaya.txt` beside `patuh.xml`: on an LPSE's
/// side the LKPP keys it accepts results and certificates from; on LKPP's side the registered key
/// of each LPSE it accepts submissions from. The file is a sequence of ``KeyRecord`` blocks
/// separated by blank lines, so it can be reviewed and committed like any text file.
public struct TrustList: Sendable, Hashable {
    /// The trust list's file name at the workspace root.
    public static let fileName = "kunci-percaya.txt"
    /// Larger trust lists are refused.
    public static let maximumSize = 1 << 20

    public var records: [KeyRecord]

    public init(records: [KeyRecord] = []) {
        self.records = records
    }

    /// The trust list at `path`; empty when the file does not exist.
    public static func load(path: String) throws(PaketError) -> TrustList {
        guard FileManager.default.fileExists(atPath: path) else { return TrustList() }
        guard let data = FileManager.default.contents(atPath: path), data.count <= maximumSize,
              let text = String(data: data, encoding: .utf8) else {
            throw PaketError(.invalidKey, "paket.trust.unreadable", ["path": path])
        }
        return TrustList(records: try KeyRecord.parseAll(text, source: path))
    }

    /// The record of `key`, if trusted.
    public func record(for key: PaketPublicKey) -> KeyRecord? {
        records.first { $0.key == key }
    }

    /// Adds `record`, replacing an earlier record of the same key; returns whether it was new.
    @discardableResult
    public mutating func add(_ record: KeyRecord) -> Bool {
        if let index = records.firstIndex(where: { $0.key == record.key }) {
            records[index] = record
            return false
        }
        records.append(record)
        return true
    }

    /// The file's text.
    public var text: String {
        "# Kunci yang dipercaya (patuh kunci percaya FILE). Satu blok per kunci.\n\n"
            + records.map(\.text).joined(separator: "\n")
    }

    /// Writes the list to `path` through a temporary file and a rename.
    public func save(path: String) throws(PaketError) {
        let temporary = path + ".tmp-\(getpid())"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary), options: .withoutOverwriting)
            guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw PaketError(.io, "paket.io.write", ["path": path, "detail": "\(error)"])
        }
    }
}
