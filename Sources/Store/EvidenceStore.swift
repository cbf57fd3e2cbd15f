public import EvidenceRegistry
public import Foundation
import Core
import GRDB
import GRDBSQLite

/// The evidence index on the workspace database: ``EvidenceRegistry/EvidenceIndex`` on SQLite.
///
/// Writes use `BEGIN IMMEDIATE` transactions, so two `patuh` processes writing at once queue
/// on SQLite's lock (with the database's busy timeout) instead of failing half-way.
public struct EvidenceStore: EvidenceIndex {
    public let database: PatuhDatabase

    public init(database: PatuhDatabase) {
        self.database = database
    }

    public func indexedFiles() throws -> [IndexedFile] {
        try database.pool.read { db in
            var files: [IndexedFile] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime_ns, inode, sha256, racy, rules, metadata FROM evidence_file")
            while let row = try rows.next() {
                files.append(IndexedFile(
                    path: EvidencePath(row[0]),
                    stat: FileStat(size: row[1], modifiedNanos: row[2], inode: UInt64(bitPattern: row[3])),
                    sha256: row[4], racy: row[5], rules: Self.split(row[6]), metadata: row[7]))
            }
            return files
        }
    }

    /// Reads the rows straight from SQLite into the snapshot's buffer: no `Row`, no `String`
    /// per column. The primary key keeps them in byte order of the paths.
    public func snapshot() throws -> IndexSnapshot {
        try database.pool.read { db in
            var snapshot = IndexSnapshot()
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM evidence_file") ?? 0
            snapshot.reserveCapacity(rows: count, bytes: count * 128)
            let statement = try db.makeStatement(sql: """
                SELECT path, size, mtime_ns, inode, sha256, racy, rules, metadata FROM evidence_file ORDER BY path
                """)
            let raw = statement.sqliteStatement
            defer { sqlite3_reset(raw) }
            while true {
                let code = sqlite3_step(raw)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
                }
                let stat = FileStat(size: sqlite3_column_int64(raw, 1), modifiedNanos: sqlite3_column_int64(raw, 2),
                                    inode: UInt64(bitPattern: sqlite3_column_int64(raw, 3)))
                let hasMetadata = sqlite3_column_type(raw, 7) != SQLITE_NULL
                snapshot.append(path: Self.text(raw, 0), stat: stat, sha256: Self.text(raw, 4),
                                racy: sqlite3_column_int64(raw, 5) != 0, rules: Self.text(raw, 6),
                                metadata: hasMetadata ? Self.text(raw, 7) : nil)
            }
            return snapshot
        }
    }

    /// The bytes of a text column of the current row (valid until the next step).
    private static func text(_ statement: SQLiteStatement, _ column: Int32) -> UnsafeRawBufferPointer {
        guard let bytes = sqlite3_column_text(statement, column) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column)))
    }

    public func store(_ files: [IndexedFile], beforeCommit: (@Sendable () -> Void)?) throws {
        try write { db in
            let statement = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO evidence_file (path, size, mtime_ns, inode, sha256, racy, rules, metadata)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for file in files {
                try statement.execute(arguments: [
                    file.path.string, file.stat.size, file.stat.modifiedNanos, Int64(bitPattern: file.stat.inode),
                    file.sha256, file.racy, file.rules.joined(separator: " "), file.metadata,
                ])
            }
            beforeCommit?()
        }
    }

    public func finishScan(_ record: ScanRecord, removing removed: [EvidencePath]) throws {
        try write { db in
            let delete = try db.cachedStatement(sql: "DELETE FROM evidence_file WHERE path = ?")
            for path in removed { try delete.execute(arguments: [path.string]) }
            try db.execute(sql: """
                INSERT INTO evidence_scan (instant, catalog_version, file_count, added, changed, removed, hashed, hashed_bytes, skipped)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [Self.text(record.instant), record.catalogVersion, record.fileCount, record.added, record.changed,
                                 record.removed, record.hashed, record.hashedBytes, record.skipped])
        }
    }

    public func lastScan() throws -> ScanRecord? {
        try database.pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT instant, catalog_version, file_count, added, changed, removed, hashed, hashed_bytes, skipped
                FROM evidence_scan ORDER BY id DESC LIMIT 1
                """).map { row in
                ScanRecord(instant: try date(row[0], table: "evidence_scan"), catalogVersion: row[1], fileCount: row[2], added: row[3], changed: row[4],
                           removed: row[5], hashed: row[6], hashedBytes: row[7], skipped: row[8])
            }
        }
    }

    public func recordSeal(note: String, instant: Date, files: [SealedFile]) throws -> Int64 {
        try write { db in
            try db.execute(sql: "INSERT INTO evidence_seal (instant, note, file_count) VALUES (?, ?, ?)",
                           arguments: [Self.text(instant), note, files.count])
            let id = db.lastInsertedRowID
            let insert = try db.cachedStatement(sql: "INSERT INTO evidence_seal_file (seal_id, path, sha256, size, rules) VALUES (?, ?, ?, ?, ?)")
            for file in files {
                try insert.execute(arguments: [id, file.path.string, file.sha256, file.size, file.rules.joined(separator: " ")])
            }
            return id
        }
    }

    public func latestSeal() throws -> SealSnapshot? {
        try database.pool.read { db in
            guard let seal = try Row.fetchOne(db, sql: "SELECT id, instant, note FROM evidence_seal ORDER BY id DESC LIMIT 1") else {
                return nil
            }
            let id: Int64 = seal[0]
            let files = try Row.fetchAll(db, sql: "SELECT path, sha256, size, rules FROM evidence_seal_file WHERE seal_id = ? ORDER BY path",
                                         arguments: [id]).map { row in
                SealedFile(path: EvidencePath(row[0]), sha256: row[1], size: row[2], rules: Self.split(row[3]))
            }
            return SealSnapshot(id: id, instant: try date(seal[1], table: "evidence_seal #\(id)"), note: seal[2], files: files)
        }
    }

    // MARK: - Helpers

    /// An instant as the database stores every instant: ISO 8601 in UTC, to the second.
    static func text(_ date: Date) -> String {
        Instant(date).description
    }

    /// A stored instant read back; a value that is not one is a corrupt row, named.
    func date(_ text: String?, table: String) throws -> Date {
        guard let text, let instant = Instant(iso8601: text) else {
            throw StoreError(code: .corrupt, path: database.path,
                             message: "\(table): the instant '\(text ?? "NULL")' cannot be read back")
        }
        return instant.date
    }

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction: the write lock is taken up front.
    private func write<T>(_ body: (Database) throws -> T) throws -> T {
        try database.pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    private static func split(_ text: String) -> [String] {
        text.split(separator: " ").map(String.init)
    }
}
