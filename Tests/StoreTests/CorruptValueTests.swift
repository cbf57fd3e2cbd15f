import Catalog
import Core
import EvidenceRegistry
import Foundation
import GRDB
import Pembinaan
import Testing
@testable import Store

/// A value of the wrong type or a missing column in the workspace database is a
/// ``StoreError`` with code `corrupt` naming the table and the row, never a trap in GRDB's
/// row decoding (issue 10, item 7: `UPDATE ... SET size='big'` crashed with SIGILL).
@Suite struct CorruptValueTests {
    let folder: String
    let database: PatuhDatabase

    init() throws {
        folder = NSTemporaryDirectory() + "patuh-corrupt-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        database = try PatuhDatabase.open(workspace: folder)
    }

    /// Edits the database as someone with the sqlite3 shell would (the log's triggers dropped).
    func tamper(_ sql: String) throws {
        try database.pool.write { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS case_event_no_update; DROP TRIGGER IF EXISTS case_event_no_delete")
            try db.execute(sql: sql)
        }
    }

    /// The error `body` throws, which must be a corrupt-database StoreError.
    func corruption(_ body: () throws -> Void) throws -> StoreError {
        let thrown = #expect(throws: (any Error).self) { try body() }
        let error: StoreError? = switch thrown {
        case let error as StoreError: error
        case let CaseLogError.store(error)?: error
        default: nil
        }
        let store = try #require(error, "expected a StoreError, got \(String(describing: thrown))")
        #expect(store.code == .corrupt)
        #expect(store.path == database.path)
        return store
    }

    // MARK: - Evidence

    func seal() throws -> EvidenceStore {
        let store = EvidenceStore(database: database)
        _ = try store.recordSeal(note: "Penilaian mandiri 2026", instant: Date(timeIntervalSince1970: 1_795_000_000),
                                 files: [SealedFile(path: EvidencePath("Evidence/a.pdf"), sha256: "aa", size: 3, rules: ["S01.1.E1"])])
        return store
    }

    @Test func textInASealedFileSizeNamesTheTableAndRow() throws {
        let store = try seal()
        try tamper("UPDATE evidence_seal_file SET size = 'big'")
        let error = try corruption { _ = try store.latestSeal() }
        #expect(error.message.hasPrefix(
            "the database is damaged: table evidence_seal_file, seal 1, path 'Evidence/a.pdf': the column size holds the text 'big', not an integer"))
    }

    @Test func textInAnIndexedFileSizeIsCorruptForBothReaders() throws {
        let store = EvidenceStore(database: database)
        try store.store([IndexedFile(path: EvidencePath("Evidence/a.pdf"), stat: FileStat(size: 3, modifiedNanos: 1, inode: 2),
                                     sha256: "aa", racy: false, rules: [], metadata: nil)], beforeCommit: nil)
        try tamper("UPDATE evidence_file SET size = 'big'")
        let message = "table evidence_file, path 'Evidence/a.pdf': the column size holds the text 'big', not an integer"
        #expect(try corruption { _ = try store.indexedFiles() }.message.contains(message))
        #expect(try corruption { _ = try store.snapshot() }.message.contains(message))
    }

    @Test func aBadScanInstantIsCorrupt() throws {
        let store = EvidenceStore(database: database)
        try store.finishScan(ScanRecord(instant: Date(timeIntervalSince1970: 1_795_000_000), catalogVersion: "2026.1",
                                        fileCount: 0, added: 0, changed: 0, removed: 0, hashed: 0, hashedBytes: 0, skipped: 0),
                             removing: [])
        try tamper("UPDATE evidence_scan SET instant = 'kemarin'")
        #expect(try corruption { _ = try store.lastScan() }.message.contains(
            "table evidence_scan, id 1: the column instant holds the text 'kemarin', not a date and time"))
    }

    @Test func aDroppedEvidenceColumnIsCorrupt() throws {
        let store = try seal()
        try tamper("ALTER TABLE evidence_seal_file DROP COLUMN rules; ALTER TABLE evidence_file DROP COLUMN racy")
        #expect(try corruption { _ = try store.latestSeal() }.message.contains(
            "reading table evidence_seal: no such column: rules"))
        #expect(try corruption { _ = try store.snapshot() }.message.contains("reading table evidence_file: no such column: racy"))
    }

    // MARK: - Assessments

    func saveAssessment() throws -> AssessmentHistory {
        let history = AssessmentHistory(database: database)
        try history.save(StoredAssessment(
            lpseId: "lpse-uji", lpseName: "LPSE Uji", kind: "mandiri", assessmentDate: "2026-10-05", catalogVersion: "2026.1",
            policyVersion: "1.0", file: "penilaian.xml", scoredAt: "2026-10-05T09:00:00+07:00", terpenuhi: 11,
            standardCount: 17, eligible: false,
            standards: [StoredStandardScore(standardId: "S01", score: 7, maximum: 9, percent: 77.7, terpenuhi: false)]))
        return history
    }

    @Test func textInTerpenuhiNamesTheTableAndRow() throws {
        let history = try saveAssessment()
        try tamper("UPDATE assessment SET terpenuhi = 'many'")
        #expect(try corruption { _ = try history.all() }.message.hasPrefix(
            "the database is damaged: table assessment, id 1: the column terpenuhi holds the text 'many', not an integer"))
    }

    @Test func aBadStandardScoreNamesTheAssessmentAndStandard() throws {
        let history = try saveAssessment()
        try tamper("UPDATE assessment_standard SET maximum = 'sembilan'")
        #expect(try corruption { _ = try history.all() }.message.contains(
            "table assessment_standard, assessment 1, standard S01: the column maximum holds the text 'sembilan', not a number"))
    }

    @Test func aDroppedAssessmentColumnIsCorrupt() throws {
        let history = try saveAssessment()
        try tamper("ALTER TABLE assessment DROP COLUMN eligible")
        #expect(try corruption { _ = try history.all() }.message.contains(
            "table assessment, id 1: the column eligible is missing"))
    }

    // MARK: - The pembinaan log

    static let rules: CaseRules = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        do {
            let policy = try SanctionPolicyLoader.load(path: root + "/Standards/pembinaan.xml")
            return try CaseRules(policy: policy, holidays: try HolidayCalendarLoader.load(directory: root + "/Standards/kalender"))
        } catch {
            fatalError("the bundled policy and calendar must load: \(error)")
        }
    }()

    func openCase() throws -> CaseLog {
        let log = CaseLog(database: database)
        _ = try log.append(rules: Self.rules) { _ in
            PembinaanEvent(lpse: "LPSE-X", caseId: "K-1", actor: "Asesor", role: .lkpp,
                           at: Instant(iso8601: "2024-03-01T10:00:00+07:00")!, zone: .wib, basis: ["Kepdep 152/2022"],
                           payload: .kasusDibuka(findings: [Finding(id: "T1", standard: "S03", description: "SOP")],
                                                 notice: Notice(number: "R-1")))
        }
        return log
    }

    @Test func textInTheHeadSequenceIsCorruptForVerifyAndLoad() throws {
        let log = try openCase()
        try tamper("UPDATE case_log_head SET seq = 'zz'")
        let message = "the database is damaged: table case_log_head, id 1: the column seq holds the text 'zz', not an integer"
        #expect(try corruption { _ = try log.verify() }.message.hasPrefix(message))
        #expect(try corruption { _ = try log.load(rules: Self.rules) }.message.hasPrefix(message))
    }

    @Test func textInAnEventColumnNamesItsSequence() throws {
        let log = try openCase()
        try tamper("UPDATE case_event SET case_seq = 'satu' WHERE seq = 1")
        #expect(try corruption { _ = try log.verify() }.message.hasPrefix(
            "the database is damaged: table case_event, seq 1: the column case_seq holds the text 'satu', not an integer"))
    }

    @Test func aDroppedEventColumnIsCorrupt() throws {
        let log = try openCase()
        try tamper("ALTER TABLE case_event DROP COLUMN basis")
        #expect(try corruption { _ = try log.verify() }.message.contains("table case_event, seq 1: the column basis is missing"))
    }
}
