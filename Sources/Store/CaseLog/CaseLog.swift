import Catalog
import Core
import Foundation
import GRDB
public import Pembinaan

/// The append-only, hash-chained log of pembinaan events in the workspace database.
///
/// Every append runs in one `IMMEDIATE` transaction: it reads the whole log, checks its chain,
/// folds it through the state machine (``PembinaanRegister``), applies the new event, and only
/// if the state machine accepts it writes the new record and the chain's head. A refused event
/// stores nothing; two processes appending at once are serialised by SQLite's write lock, so
/// each sees the other's event before folding.
///
/// ## Topics
/// - ``append(rules:_:)``
/// - ``load(rules:)``
/// - ``verify()``
public struct CaseLog: Sendable {
    /// What an append produced.
    public struct Appended: Sendable {
        /// The stored record.
        public var record: CaseEventRecord
        public var event: PembinaanEvent
        /// The register after the event.
        public var register: PembinaanRegister
    }

    /// The whole log, folded.
    public struct Snapshot: Sendable {
        /// Every record, in order.
        public var records: [CaseEventRecord]
        /// The register after every event.
        public var register: PembinaanRegister
        /// The events of ``records``, read back, in the same order.
        public var events: [PembinaanEvent]
        /// For each event, the state of its case right after it (`nil` outside a case): what a
        /// case's timeline shows, kept from the one fold instead of replaying the log per case.
        public var caseAfter: [CaseState?]
    }

    public let database: PatuhDatabase
    /// Keeps the last snapshot between calls (see ``CaseLogCache``); `nil` folds on every read.
    public let cache: CaseLogCache?

    /// The log in `database`, folding through `cache` when given.
    public init(database: PatuhDatabase, cache: CaseLogCache? = nil) {
        self.database = database
        self.cache = cache
    }

    /// Appends the event `build` makes from the register as it stands inside the transaction.
    ///
    /// `build` runs with the write lock held, so what it reads (the next free case id, a case's
    /// zone) cannot change before the event is stored.
    /// - Throws: ``CaseLogError/refused(_:)`` when `build` or the state machine refuses the event;
    ///   ``CaseLogError/store(_:)`` when the database fails or the stored log is broken.
    public func append(rules: CaseRules,
                       _ build: (PembinaanRegister) throws(Refusal) -> PembinaanEvent) throws(CaseLogError) -> Appended {
        try run { () throws -> Appended in
            var appended: (Appended, Snapshot)?
            try database.pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    appended = try self.append(db, rules: rules, build)
                    return .commit
                }
            }
            guard let (result, snapshot) = appended else { throw CaseLogError.store(storeError("the append did not run")) }
            // Committed: the next read starts from this snapshot instead of refolding the log.
            cache?.keep(snapshot, rules: rules)
            return result
        }
    }

    /// Every record and the register they fold to.
    /// - Throws: ``CaseLogError/store(_:)`` with ``StoreError/Code/corrupt`` when the chain is
    ///   broken or a stored event is refused by the rules.
    public func load(rules: CaseRules) throws(CaseLogError) -> Snapshot {
        try run { () throws -> Snapshot in
            try database.pool.read { db in try self.snapshot(db, rules: rules) }
        }
    }

    /// Recomputes the chain; the report names the first event edited, deleted or reordered.
    public func verify(anchor: ChainAnchor? = nil) throws(CaseLogError) -> ChainReport {
        try run { () throws -> ChainReport in
            try database.pool.read { db in
                let records = try CaseLog.records(db)
                var report = ChainReport.check(records, head: try CaseLog.head(db))
                if report.firstBreak == nil, let bad = records.first(where: { (try? $0.storedEvent()) == nil }) {
                    report.unreadable = ChainReport.Unreadable(seq: bad.seq, event: bad.event)
                }
                if let anchor {
                    report.anchor = AnchorCheck.check(anchor, hashes: Dictionary(records.map { ($0.seq, $0.hash) },
                                                                                 uniquingKeysWith: { first, _ in first }))
                }
                return report
            }
        }
    }

    // MARK: - Inside a transaction

    private func append(_ db: Database, rules: CaseRules,
                        _ build: (PembinaanRegister) throws(Refusal) -> PembinaanEvent) throws -> (Appended, Snapshot) {
        // Taken out of the cache (not shared), so that adding the new record below does not copy the log.
        var current = try snapshot(db, rules: rules, taking: true)
        var register = current.register
        let event: PembinaanEvent
        do {
            event = try build(register)
            let before = register
            try register.apply(event)
            let (notice, received) = CaseLog.noticeColumns(of: event, before: before)
            let caseSeq = event.caseId.map { id in current.records.filter { $0.caseId == id }.count + 1 }
            let record = try CaseEventRecord(event: event, seq: (current.records.last?.seq ?? 0) + 1, caseSeq: caseSeq,
                                             notice: notice, received: received,
                                             previousHash: current.records.last?.hash ?? CaseLogSchema.genesisHash)
            try record.insert(db)
            try db.execute(sql: "INSERT OR REPLACE INTO case_log_head (id, seq, hash) VALUES (1, ?, ?)",
                           arguments: [record.seq, record.hash])
            current.records.append(record)
            current.events.append(event)
            current.caseAfter.append(event.caseId.flatMap { register.cases[$0] })
            current.register = register
            return (Appended(record: record, event: event, register: register), current)
        } catch let refusal as Refusal {
            // Refused before anything was written: the log is as the snapshot says; keep it.
            cache?.keep(current, rules: rules)
            throw CaseLogError.refused(refusal)
        }
    }

    /// The log as `db` has it: the cache's snapshot when the head, count and rules match, else
    /// read, checked and folded (and kept, unless `taking`: an append takes the snapshot out of
    /// the cache to extend it, and keeps the result once committed).
    private func snapshot(_ db: Database, rules: CaseRules, taking: Bool = false) throws -> Snapshot {
        let head = try CaseLog.head(db)
        let key = try head.map { head in
            CaseLogCache.Key(seq: head.seq, hash: head.hash, count: try Int.fetchOne(db, sql: "SELECT count(*) FROM case_event") ?? 0)
        }
        if let cache, let key, let kept = cache.snapshot(for: key, rules: rules, taking: taking) { return kept }
        guard let cache, !taking else { return try fold(db, head: head, rules: rules, taking: taking) }
        // Readers that miss together fold once: the others wait, then find the snapshot kept.
        return try cache.foldingAlone {
            if let key, let kept = cache.snapshot(for: key, rules: rules) { return kept }
            return try fold(db, head: head, rules: rules, taking: false)
        }
    }

    /// Reads, checks and folds the whole log (a cache miss).
    private func fold(_ db: Database, head: (seq: Int, hash: String)?, rules: CaseRules, taking: Bool) throws -> Snapshot {
        let records = try CaseLog.records(db)
        let report = ChainReport.check(records, head: head)
        if let problem = report.firstBreak {
            throw CaseLogError.broken(path: database.path, problem)
        }
        let events = try CaseLog.events(records, path: database.path)
        let folded: (register: PembinaanRegister, after: [CaseState?])
        do {
            folded = try PembinaanRegister.foldKeepingCases(events, rules: rules)
        } catch {
            throw CaseLogError.doesNotFold(path: database.path, error)
        }
        let snapshot = Snapshot(records: records, register: folded.register, events: events, caseAfter: folded.after)
        if taking { if !records.isEmpty { cache?.countFold() } } else { cache?.keep(snapshot, rules: rules, folded: true) }
        return snapshot
    }

    /// The events stored in `records`.
    /// - Throws: ``CaseLogError/unreadable(path:seq:event:)`` naming the first that cannot be read back.
    public static func events(_ records: [CaseEventRecord], path: String) throws(CaseLogError) -> [PembinaanEvent] {
        var events: [PembinaanEvent] = []
        for record in records {
            do {
                events.append(try record.storedEvent())
            } catch {
                throw .unreadable(path: path, seq: record.seq, event: record.event)
            }
        }
        return events
    }

    static func records(_ db: Database) throws -> [CaseEventRecord] {
        try CaseEventRecord.fetchAll(db, sql: "SELECT * FROM case_event ORDER BY seq")
    }

    static func head(_ db: Database) throws -> (seq: Int, hash: String)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM case_log_head WHERE id = 1") else { return nil }
        let column = RowReader(row, table: "case_log_head", identity: "id 1")
        return (try column("seq"), try column("hash"))
    }

    /// The notice an event issues or concerns, and the receipt date it records.
    static func noticeColumns(of event: PembinaanEvent, before: PembinaanRegister) -> (Notice?, String?) {
        let (notice, received) = before.noticeConcerned(by: event)
        return (notice, received?.description)
    }

    // MARK: - Errors

    private func storeError(_ message: String, code: StoreError.Code = .corrupt) -> StoreError {
        StoreError(code: code, path: database.path, message: message)
    }

    private func run<T>(_ body: () throws -> T) throws(CaseLogError) -> T {
        do {
            return try body()
        } catch let error as CaseLogError {
            throw error
        } catch {
            throw .store(StoreError.reading("case_event", path: database.path, error) { error in
                storeError("cannot use the pembinaan log: \(error)", code: .unavailable)
            })
        }
    }
}
