import Catalog
import Core
import Foundation
import GRDB
import Pembinaan
import Testing
@testable import Store

/// The event log: appends validated by the state machine, the hash chain and its verifier.
@Suite struct CaseLogTests {
    let folder: String
    let database: PatuhDatabase
    var log: CaseLog { CaseLog(database: database) }

    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let rules: CaseRules = {
        do {
            let policy = try SanctionPolicyLoader.load(path: packageRoot + "/Standards/pembinaan.xml")
            return try CaseRules(policy: policy, holidays: try HolidayCalendarLoader.load(directory: packageRoot + "/Standards/kalender"))
        } catch {
            fatalError("the bundled policy and calendar must load: \(error)")
        }
    }()

    init() throws {
        folder = NSTemporaryDirectory() + "patuh-caselog-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        database = try PatuhDatabase.open(workspace: folder)
    }

    static func event(_ date: String, _ role: Role, _ payload: PembinaanEvent.Payload, caseId: String? = "K-1") -> PembinaanEvent {
        PembinaanEvent(lpse: "LPSE-X", caseId: caseId, actor: role == .lkpp ? "Asesor" : "Admin", role: role,
                       at: Instant(iso8601: "\(date)T10:00:00+07:00")!, zone: .wib, basis: ["Kepdep 152/2022"],
                       payload: payload)
    }

    static let history: [PembinaanEvent] = [
        event("2024-03-01", .lkpp, .kasusDibuka(findings: [Finding(id: "T1", standard: "S03", description: "SOP")],
                                                notice: Notice(number: "R-1"))),
        event("2024-03-04", .lpse, .pemberitahuanDiterima(date: CivilDate(iso: "2024-03-04")!, proof: "tanda terima")),
        event("2024-03-05", .lpse, .tindakLanjutDiajukan(summary: "SOP ditinjau")),
        event("2024-03-06", .lkpp, .perbaikanDiverifikasi(accepted: false, note: "belum cukup")),
        event("2024-04-05", .lkpp, .eskalasi(to: .teguran, notice: Notice(number: "T-1"))),
    ]

    func appendHistory() throws {
        for event in Self.history {
            _ = try log.append(rules: Self.rules) { _ in event }
        }
    }

    /// Runs raw SQL as a tamperer would: without the append-only triggers.
    func tamper(_ sql: String) throws {
        try database.pool.write { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS case_event_no_update; DROP TRIGGER IF EXISTS case_event_no_delete")
            try db.execute(sql: sql)
        }
    }

    @Test func anIntactLogVerifiesAndRecordsNoticeColumns() throws {
        try appendHistory()
        let report = try log.verify()
        #expect(report.isIntact && report.count == 5)
        let records = try log.load(rules: Self.rules).records
        #expect(records.map(\.caseSeq) == [1, 2, 3, 4, 5])
        #expect(records[1].noticeNumber == "R-1" && records[1].noticeDiterima == "2024-03-04")
        #expect(records[4].noticeNumber == "T-1" && records[4].civilDate == "2024-04-05")
        #expect(records[0].previousHash == CaseLogSchema.genesisHash)
        #expect(zip(records.dropFirst(), records).allSatisfy { $0.previousHash == $1.hash })
    }

    @Test func aCachedLogIsFoldedOnceUntilAnotherWriterMovesItsHead() throws {
        let cache = CaseLogCache()
        let cached = CaseLog(database: database, cache: cache)
        for event in Self.history.prefix(3) {
            _ = try cached.append(rules: Self.rules) { _ in event }
        }
        // The first append folded the empty log (nothing kept); each commit keeps its snapshot.
        #expect(cache.folds == 0)
        let first = try cached.load(rules: Self.rules)
        #expect(first.records.count == 3 && cache.folds == 0)
        // Another writer (a CLI command, another server) appends: the head moves, the next read refolds.
        _ = try log.append(rules: Self.rules) { _ in Self.history[3] }
        let second = try cached.load(rules: Self.rules)
        #expect(second.records.count == 4 && cache.folds == 1)
        #expect(second.register.cases["K-1"]?.actions.count == 1)
        _ = try cached.load(rules: Self.rules)
        #expect(cache.folds == 1)
        // A refused event writes nothing and keeps the snapshot.
        #expect(throws: CaseLogError.self) {
            _ = try cached.append(rules: Self.rules) { _ in Self.event("2024-03-07", .lpse, .tindakLanjutDiajukan(summary: "lagi"), caseId: "K-9") }
        }
        #expect(try cached.load(rules: Self.rules).records.count == 4 && cache.folds == 1)
        // What the cache keeps after an append is what a fresh fold gives.
        _ = try cached.append(rules: Self.rules) { _ in Self.history[4] }
        let kept = try cached.load(rules: Self.rules)
        let fresh = try log.load(rules: Self.rules)
        #expect(cache.folds == 1)
        #expect(kept.records == fresh.records && kept.events == fresh.events && kept.caseAfter == fresh.caseAfter)
        #expect(kept.register.cases == fresh.register.cases)
        // Each event's case state is the one a replay of that case gives.
        let replayed = try PembinaanRegister.replay(fresh.events, rules: Self.rules, keeping: "K-1")
        #expect(replayed.map(\.after) == fresh.caseAfter)
    }

    @Test func readersMissingTogetherFoldTheLogOnce() throws {
        try appendHistory()
        let cache = CaseLogCache()
        let cached = CaseLog(database: database, cache: cache)
        // Eight readers at once on a cold cache (the first requests after a server starts).
        let lock = NSLock()
        nonisolated(unsafe) var counts: [Int] = []
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let count = (try? cached.load(rules: Self.rules).records.count) ?? -1
            lock.withLock { counts.append(count) }
        }
        #expect(counts == Array(repeating: 5, count: 8))
        #expect(cache.folds == 1)
    }

    @Test func aCachedLogSeesARowDeletedBehindItsBack() throws {
        let cache = CaseLogCache()
        let cached = CaseLog(database: database, cache: cache)
        try appendHistory()
        #expect(try cached.load(rules: Self.rules).records.count == 5)
        try tamper("DELETE FROM case_event WHERE seq = 2")
        // The head still names seq 5, but the count changed: the log is read again and its broken chain reported.
        #expect(throws: CaseLogError.self) { _ = try cached.load(rules: Self.rules) }
    }

    @Test func aRefusedEventStoresNothing() throws {
        try appendHistory()
        #expect(throws: CaseLogError.self) {
            _ = try log.append(rules: Self.rules) { _ in
                Self.event("2024-04-08", .lkpp, .eskalasi(to: .pencabutan, notice: Notice(number: "C-1")))
            }
        }
        #expect(try log.verify().count == 5)
    }

    @Test func theTriggersRefuseUpdatesAndDeletes() throws {
        try appendHistory()
        #expect(throws: DatabaseError.self) { try database.pool.write { try $0.execute(sql: "DELETE FROM case_event WHERE seq = 2") } }
        #expect(throws: DatabaseError.self) { try database.pool.write { try $0.execute(sql: "UPDATE case_event SET actor = 'x'") } }
    }

    @Test func anEditedEventIsNamed() throws {
        try appendHistory()
        try tamper("UPDATE case_event SET payload = replace(payload, 'belum cukup', 'diterima') WHERE seq = 4")
        let problem = try #require(try log.verify().firstBreak)
        #expect(problem.kind == .edited && problem.seq == 4)
        #expect(throws: CaseLogError.self) { _ = try log.load(rules: Self.rules) }
    }

    @Test func anEditedEventWhoseHashWasRewrittenIsNamed() throws {
        try appendHistory()
        try tamper("UPDATE case_event SET actor = 'Orang lain' WHERE seq = 2")
        let edited = try database.pool.read { try CaseEventRecord.fetchOne($0, sql: "SELECT * FROM case_event WHERE seq = 2")! }
        try tamper("UPDATE case_event SET hash = '\(edited.computedHash)' WHERE seq = 2")
        let problem = try #require(try log.verify().firstBreak)
        #expect(problem.kind == .edited && problem.seq == 2)
    }

    @Test func aDeletedEventIsNamed() throws {
        try appendHistory()
        try tamper("DELETE FROM case_event WHERE seq = 3")
        let problem = try #require(try log.verify().firstBreak)
        #expect(problem.kind == .deleted && problem.seq == 3)
    }

    @Test func theLastEventDeletedIsNamed() throws {
        try appendHistory()
        try tamper("DELETE FROM case_event WHERE seq = 5")
        let problem = try #require(try log.verify().firstBreak)
        #expect(problem.kind == .deleted && problem.seq == 5)
    }

    @Test func swappedEventsAreNamed() throws {
        try appendHistory()
        try tamper("UPDATE case_event SET seq = seq + 100 WHERE seq IN (2, 3)")
        try tamper("UPDATE case_event SET seq = CASE seq WHEN 102 THEN 3 WHEN 103 THEN 2 END WHERE seq > 100")
        let problem = try #require(try log.verify().firstBreak)
        #expect(problem.kind == .reordered && problem.seq == 2)
        #expect(problem.event == "tindak-lanjut-diajukan")
    }

    @Test func concurrentAppendsStayConsistent() async throws {
        let opened = try log.append(rules: Self.rules) { _ in Self.history[0] }
        #expect(opened.record.seq == 1)
        let path = database.path
        // Eight writers, each through its own connection pool, as separate processes would.
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<8 {
                group.addTask {
                    let log = CaseLog(database: try PatuhDatabase.open(path: path))
                    for round in 0..<3 {
                        _ = try log.append(rules: Self.rules) { register in
                            // Unique only if every append sees every event committed before it.
                            let id = "K-\(register.cases.count + 1)"
                            return Self.event("2024-03-01", .lkpp, .kasusDibuka(
                                findings: [Finding(id: "T", standard: "S05", description: "x")],
                                notice: Notice(number: "R-\(writer)-\(round)")), caseId: id)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let report = try log.verify()
        #expect(report.isIntact && report.count == 25)
        let snapshot = try log.load(rules: Self.rules)
        #expect(snapshot.records.map(\.seq) == Array(1...25))
        #expect(snapshot.register.cases.keys.sorted() == (1...25).map { "K-\($0)" }.sorted())
    }

    @Test func aBreakIsNamedInBothLanguagesAndStopsTheLoad() throws {
        try appendHistory()
        try tamper("DELETE FROM case_event WHERE seq = 3")
        let problem = try #require(try log.verify().firstBreak)
        #expect(problem.message == "event #3 was deleted: the log goes from #2 to #4")
        #expect(problem.message(.en) == problem.message)
        #expect(problem.message(.id) == "peristiwa #3 dihapus: log melompat dari #2 ke #4")
        do {
            _ = try log.load(rules: Self.rules)
            Issue.record("a broken log must not load")
        } catch {
            guard case .broken(_, let named) = error else { Issue.record("expected .broken, got \(error)"); return }
            #expect(named.seq == 3 && error.isCorrupt)
            #expect(error.message(.en).contains("the pembinaan log is broken: event #3 was deleted"))
            #expect(error.message(.id).contains("log pembinaan rusak: peristiwa #3 dihapus"))
        }
    }

    @Test func aReorderedEventIsDescribedWithItsCase() throws {
        try appendHistory()
        try tamper("UPDATE case_event SET seq = seq + 100 WHERE seq IN (2, 3)")
        try tamper("UPDATE case_event SET seq = CASE seq WHEN 102 THEN 3 WHEN 103 THEN 2 END WHERE seq > 100")
        let problem = try #require(try log.verify().firstBreak)
        #expect(problem.message(.en).contains("(tindak-lanjut-diajukan, case K-1, 2024-03-05) is out of order"))
        #expect(problem.message(.id).contains("(tindak-lanjut-diajukan, kasus K-1, 2024-03-05) tidak pada urutannya"))
    }

    @Test func aRefusalIsNotCorrupt() throws {
        try appendHistory()
        do {
            _ = try log.append(rules: Self.rules) { _ in
                Self.event("2024-04-08", .lkpp, .eskalasi(to: .pencabutan, notice: Notice(number: "C-1")))
            }
            Issue.record("the escalation must be refused")
        } catch {
            guard case .refused = error else { Issue.record("expected .refused, got \(error)"); return }
            #expect(!error.isCorrupt)
        }
    }
}
