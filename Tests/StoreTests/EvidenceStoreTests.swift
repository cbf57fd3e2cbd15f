import Catalog
import Core
import EvidenceRegistry
import Foundation
import GRDB
import Testing
import XMLSupport
@testable import Store

@Suite struct EvidenceStoreTests {
    let folder: String
    let store: EvidenceStore

    init() throws {
        folder = NSTemporaryDirectory() + "patuh-evidence-store-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/Evidence", withIntermediateDirectories: true)
        store = EvidenceStore(database: try PatuhDatabase.open(workspace: folder))
    }

    func file(_ path: String, sha: String = "aa", size: Int64 = 3) -> IndexedFile {
        IndexedFile(path: EvidencePath(path), stat: FileStat(size: size, modifiedNanos: 1_700_000_000_123_456_789, inode: UInt64.max - 1),
                    sha256: sha, racy: false, rules: ["S03.2.E1", "S03.3.E1"], metadata: "{\"nomor\":\"1\"}")
    }

    @Test func storesFilesByteExactPaths() throws {
        let nfc = file("Evidence/S03-aset/S03.2/caf\u{E9}.pdf", sha: "nfc")
        let nfd = file("Evidence/S03-aset/S03.2/cafe\u{301}.pdf", sha: "nfd")
        try store.store([nfc, nfd], beforeCommit: nil)
        let stored = try store.indexedFiles().sorted { $0.path < $1.path }
        #expect(stored.count == 2)
        #expect(Set(stored.map(\.sha256)) == ["nfc", "nfd"])
        #expect(stored.first { $0.sha256 == "nfc" } == nfc)
    }

    @Test func finishingAScanRemovesAndRecords() throws {
        try store.store([file("Evidence/a.pdf"), file("Evidence/b.pdf")], beforeCommit: nil)
        let record = ScanRecord(instant: Date(timeIntervalSince1970: 1_795_000_000), catalogVersion: "2026.1", fileCount: 1,
                                added: 2, changed: 0, removed: 1, hashed: 2, hashedBytes: 6, skipped: 0)
        try store.finishScan(record, removing: [EvidencePath("Evidence/b.pdf")])
        #expect(try store.indexedFiles().map(\.path.string) == ["Evidence/a.pdf"])
        #expect(try store.lastScan() == record)
    }

    @Test func sealsAreSnapshots() throws {
        #expect(try store.latestSeal() == nil)
        let first = try store.recordSeal(note: "penilaian mandiri", instant: Date(timeIntervalSince1970: 1_790_000_000),
                                         files: [SealedFile(path: EvidencePath("Evidence/a.pdf"), sha256: "aa", size: 3, rules: ["S01.1.E1"])])
        let second = try store.recordSeal(note: "faktual", instant: Date(timeIntervalSince1970: 1_795_000_000), files: [])
        #expect(second == first + 1)
        let latest = try #require(try store.latestSeal())
        #expect(latest.note == "faktual" && latest.files.isEmpty)
    }

    @Test func aFailedTransactionLeavesNothing() throws {
        struct Boom: Error {}
        #expect(throws: (any Error).self) {
            try store.database.pool.write { db in
                try db.execute(sql: "INSERT INTO evidence_file (path, size, mtime_ns, inode, sha256) VALUES ('x', 1, 1, 1, 'h')")
                throw Boom()
            }
        }
        #expect(try store.indexedFiles().isEmpty)
    }
}

@Suite struct EvidenceScannerTests {
    let root: String
    let catalog = StandardsCatalog(version: "test", effective: "2026-01-01", standards: [
        Standard(id: "S03", number: 3, folder: "S03-aset", name: LocalizedText(id: "Aset"), controls: [
            Control(id: "S03.2", title: LocalizedText(id: "Register"), requirement: LocalizedText(id: "Register"), weight: 3,
                    mandatory: true, evidenceRules: [EvidenceRule(id: "S03.2.E1", kind: .register, patterns: ["register-aset*"], freshnessDays: 365)]),
        ]),
    ])

    init() throws {
        root = NSTemporaryDirectory() + "patuh-scan-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/Evidence/S03-aset/S03.2", withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/Evidence/S03-aset/S03.2/" + name))
    }

    func scanner(rehash: Bool = false) throws -> EvidenceScanner {
        var schema = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { schema.deleteLastPathComponent() }
        let reader = try BuktiReader(schemaDirectory: schema.appendingPathComponent("Standards/schema").path)
        let index = EvidenceStore(database: try PatuhDatabase.open(workspace: root))
        return EvidenceScanner(workspace: root, catalog: catalog, metadataReader: reader, index: index, rehash: rehash, batchSize: 2)
    }

    @Test func scansIncrementally() throws {
        for i in 1...5 { try write("register-aset-\(i)_2026-06-30.xlsx", "isi \(i)") }
        let first = try scanner().scan(instant: Date())
        #expect(first.added.count == 5 && first.record.hashed == 5)
        // Make every row old enough not to be "racily clean", as it would be on a later day.
        let database = try PatuhDatabase.open(workspace: root)
        try database.pool.write { try $0.execute(sql: "UPDATE evidence_file SET racy = 0") }

        let second = try scanner().scan(instant: Date())
        #expect(second.record.hashed == 0)
        #expect(second.added.isEmpty && second.changed.isEmpty && second.removed.isEmpty)

        try write("register-aset-1_2026-06-30.xlsx", "isi baru yang lebih panjang")
        try FileManager.default.removeItem(atPath: root + "/Evidence/S03-aset/S03.2/register-aset-2_2026-06-30.xlsx")
        let third = try scanner().scan(instant: Date())
        #expect(third.changed.map(\.name) == ["register-aset-1_2026-06-30.xlsx"])
        #expect(third.removed.map(\.name) == ["register-aset-2_2026-06-30.xlsx"])
        #expect(third.record.hashed == 1)

        let forced = try scanner(rehash: true).scan(instant: Date())
        #expect(forced.record.hashed == 4 && forced.changed.isEmpty)
    }

    @Test func recentlyModifiedFilesAreHashedAgainNextTime() throws {
        try write("register-aset_2026-06-30.xlsx", "isi")
        _ = try scanner().scan(instant: Date())
        // Just written: racily clean, so its stored hash is not trusted by the next scan.
        let again = try scanner().scan(instant: Date())
        #expect(again.record.hashed == 1 && again.changed.isEmpty)
    }

    @Test func invalidMetadataStopsTheScanWithItsLine() throws {
        try write("bukti.xml", "<bukti xmlns=\"urn:patuh:bukti:1\">\n  <dokumen/>\n</bukti>\n")
        #expect { try scanner().scan(instant: Date()) } throws: { error in
            let error = error as? EvidenceError
            return error?.code == .invalidMetadata
                && error?.diagnostics.first?.file == "Evidence/S03-aset/S03.2/bukti.xml" && error?.diagnostics.first?.line == 2
        }
    }
}
