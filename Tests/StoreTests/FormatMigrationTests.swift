import EvidenceRegistry
import Foundation
import GRDB
import Testing
@testable import Store

/// A workspace database written before the one-format rule (the migrations and the values of
/// the previous release, as it wrote them) is converted in place when opened.
@Suite struct FormatMigrationTests {
    @Test func aDatabaseOfThePreviousReleaseIsConverted() throws {
        let folder = NSTemporaryDirectory() + "patuh-format-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/registry.sqlite"
        let previous = PatuhDatabase.migrations.filter { !$0.name.hasSuffix("-v2") }
        #expect(previous.count == PatuhDatabase.migrations.count - 1)
        let old = try PatuhDatabase.open(path: path, migrations: previous)
        // The values exactly as the previous release wrote them: GRDB's date text for scans and
        // seals, the LPSE's offset for a scored assessment, camelCase columns.
        let scanned = Date(timeIntervalSince1970: 1_764_036_000)   // 2025-11-25T02:00:00Z
        try old.pool.write { db in
            try db.execute(sql: """
                INSERT INTO evidence_scan (instant, catalog_version, file_count, added, changed, removed, hashed, hashed_bytes, skipped)
                VALUES (?, '2026.1', 1, 1, 0, 0, 1, 10, 0)
                """, arguments: [scanned])
            try db.execute(sql: "INSERT INTO evidence_seal (instant, note, file_count) VALUES (?, 'penilaian', 0)", arguments: [scanned])
            try db.execute(sql: """
                INSERT INTO assessment (lpseId, lpseName, kind, assessmentDate, catalogVersion, policyVersion, file, scoredAt,
                                        terpenuhi, standardCount, eligible)
                VALUES ('lpse-kab-contoh', 'LPSE Kabupaten Contoh', 'mandiri', '2026-09-15', '2026.1', '1.0',
                        'Evidence/penilaian-mandiri.xml', '2026-11-25T09:00:00+07:00', 12, 17, 0)
                """)
            try db.execute(sql: """
                INSERT INTO assessmentStandard (assessmentId, standardId, score, maximum, percent, terpenuhi)
                VALUES (1, 'S01', 8, 9, 88.8, 1)
                """)
        }
        let stored = try old.pool.read { try String.fetchOne($0, sql: "SELECT instant FROM evidence_scan") }
        #expect(stored?.contains(" ") == true)

        let converted = try PatuhDatabase.open(path: path)
        let history = try AssessmentHistory(database: converted).all()
        #expect(history.count == 1)
        #expect(history.first?.scoredAt == "2026-11-25T02:00:00Z")
        #expect(history.first?.lpseId == "lpse-kab-contoh" && history.first?.standards.first?.standardId == "S01")
        let store = EvidenceStore(database: converted)
        #expect(try store.lastScan()?.instant == scanned)
        #expect(try store.latestSeal()?.instant == scanned)
        let instants = try converted.pool.read { db in
            try String.fetchAll(db, sql: "SELECT instant FROM evidence_scan UNION ALL SELECT instant FROM evidence_seal")
        }
        #expect(instants == ["2025-11-25T02:00:00Z", "2025-11-25T02:00:00Z"])
        let columns = try converted.pool.read { db in try db.columns(in: "assessment").map(\.name) }
        #expect(columns.allSatisfy { $0 == $0.lowercased() })
    }
}
