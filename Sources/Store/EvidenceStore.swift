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
        try readingTable("evidence_file", in: database) {
            try database.pool.read { db in
                var files: [IndexedFile] = []
                let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime_ns, inode, sha256, racy, rules, metadata FROM evidence_file")
                while let row = try rows.next() {
                    let ordinal = RowReader(row, table: "evidence_file", identity: "row \(files.count + 1)")
                    let path: String = try ordinal("path")
                    let column = ordinal.identified(as: "path '\(path)'")
                    files.append(IndexedFile(
                        path: EvidencePath(path),
                        stat: FileStat(size: try column("size"), modifiedNanos: try column("mtime_ns"),
                                       inode: UInt64(bitPattern: try column("inode"))),
                        sha256: try column("sha256"), racy: try column("racy"), rules: Self.split(try column("rules")),
                        metadata: try column("metadata")))
                }
                return files
            }
        }
    }

    /// Reads the rows straight from SQLite into the snapshot's buffer: no `Row`, no `String`
    /// per column. The primary key keeps them in byte order of the paths.
    public func snapshot() throws -> IndexSnapshot {
        try readingTable("evidence_file", in: database) { try readSnapshot() }
    }

    private func readSnapshot() throws -> IndexSnapshot {
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
                try Self.checkTypes(raw)
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

    /// Checks the current row's storage classes before reading it raw: SQLite would read
    /// text in an integer column as 0, silently.
    private static func checkTypes(_ statement: SQLiteStatement) throws(CorruptRow) {
        let columns: [(index: Int32, name: String, type: Int32)] = [
            (0, "path", SQLITE_TEXT), (1, "size", SQLITE_INTEGER), (2, "mtime_ns", SQLITE_INTEGER),
            (3, "inode", SQLITE_INTEGER), (4, "sha256", SQLITE_TEXT), (5, "racy", SQLITE_INTEGER),
            (6, "rules", SQLITE_TEXT),
        ]
        for column in columns {
            let found = sqlite3_column_type(statement, column.index)
            guard found != column.type else { continue }
            let identity = sqlite3_column_type(statement, 0) == SQLITE_TEXT
                ? "path '\(String(decoding: text(statement, 0), as: UTF8.self))'" : "a row"
            let what = switch found {
            case SQLITE_NULL: "NULL"
            case SQLITE_TEXT: "the text '\(String(decoding: text(statement, column.index).prefix(40), as: UTF8.self))'"
            case SQLITE_FLOAT: "the number \(sqlite3_column_double(statement, column.index))"
            case SQLITE_INTEGER: "the integer \(sqlite3_column_int64(statement, column.index))"
            default: "a blob"
            }
            throw CorruptRow(table: "evidence_file", row: identity,
                             problem: "the column \(column.name) holds \(what), not \(column.type == SQLITE_TEXT ? "text" : "an integer")")
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
        try readingTable("evidence_scan", in: database) {
            try database.pool.read { db in
                try Row.fetchOne(db, sql: """
                    SELECT id, instant, catalog_version, file_count, added, changed, removed, hashed, hashed_bytes, skipped
                    FROM evidence_scan ORDER BY id DESC LIMIT 1
                    """).map { row in
                    let ordinal = RowReader(row, table: "evidence_scan", identity: "the last row")
                    let scanId = try ordinal("id", as: Int64.self)
                    let column = ordinal.identified(as: "id \(scanId)")
                    return ScanRecord(instant: try date(try column("instant", as: String.self), table: "evidence_scan, id \(scanId)"), catalogVersion: try column("catalog_version"),
                                      fileCount: try column("file_count"), added: try column("added"),
                                      changed: try column("changed"), removed: try column("removed"),
                                      hashed: try column("hashed"), hashedBytes: try column("hashed_bytes"),
                                      skipped: try column("skipped"))
                }
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
        try readingTable("evidence_seal", in: database) {
            try database.pool.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT id, instant, note FROM evidence_seal ORDER BY id DESC LIMIT 1") else {
                    return nil
                }
                let ordinal = RowReader(row, table: "evidence_seal", identity: "the last row")
                let id: Int64 = try ordinal("id")
                let seal = ordinal.identified(as: "id \(id)")
                let files = try Row.fetchAll(db, sql: "SELECT path, sha256, size, rules FROM evidence_seal_file WHERE seal_id = ? ORDER BY path",
                                             arguments: [id]).enumerated().map { index, row in
                    let ordinal = RowReader(row, table: "evidence_seal_file", identity: "seal \(id), row \(index + 1)")
                    let path: String = try ordinal("path")
                    let column = ordinal.identified(as: "seal \(id), path '\(path)'")
                    return SealedFile(path: EvidencePath(path), sha256: try column("sha256"), size: try column("size"),
                                      rules: Self.split(try column("rules")))
                }
                return SealSnapshot(id: id, instant: try date(try seal("instant", as: String.self), table: "evidence_seal, id \(id)"), note: try seal("note"), files: files)
            }
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
                             message: "table \(table): the column instant holds the text '\(text ?? "NULL")', not a date and time")
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
