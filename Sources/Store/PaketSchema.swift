import GRDB

/// The pakets a workspace received: on LKPP's side each LPSE's submissions, on an LPSE's side the
/// results it filed. A second paket from the same LPSE is a new row; the latest decides what is
/// "older".
public enum PaketSchema {
    /// The paket feature's migrations, in order. Names never change once released.
    public static let migrations: [PatuhDatabase.Migration] = [
        PatuhDatabase.Migration(name: "paket-v1") { db in
            try db.create(table: "paketReceived") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("lpseId", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("sha256", .text).notNull()
                table.column("fingerprint", .text).notNull()
                table.column("created", .text).notNull()
                table.column("createdSeconds", .integer).notNull()
                table.column("receivedAt", .text).notNull()
                table.column("location", .text).notNull()
            }
        },
    ]
}

/// One received paket.
public struct ReceivedPaket: Sendable, Hashable {
    public var lpseId: String
    public var kind: String
    public var sha256: String
    public var fingerprint: String
    /// When the sender made it (ISO 8601) and as seconds since the epoch.
    public var created: String
    public var createdSeconds: Int64
    public var receivedAt: String
    public var location: String

    public init(lpseId: String, kind: String, sha256: String, fingerprint: String, created: String,
                createdSeconds: Int64, receivedAt: String, location: String) {
        self.lpseId = lpseId
        self.kind = kind
        self.sha256 = sha256
        self.fingerprint = fingerprint
        self.created = created
        self.createdSeconds = createdSeconds
        self.receivedAt = receivedAt
        self.location = location
    }
}

/// The received pakets of a workspace database.
public struct PaketStore: Sendable {
    public let database: PatuhDatabase

    public init(database: PatuhDatabase) {
        self.database = database
    }

    /// Records `paket`.
    public func record(_ paket: ReceivedPaket) throws {
        try database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO paketReceived (lpseId, kind, sha256, fingerprint, created, createdSeconds, receivedAt, location)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [paket.lpseId, paket.kind, paket.sha256, paket.fingerprint, paket.created,
                                 paket.createdSeconds, paket.receivedAt, paket.location])
        }
    }

    /// The latest paket of `kind` received for `lpseId` (by the sender's instant), if any.
    public func latest(lpseId: String, kind: String) throws -> ReceivedPaket? {
        try database.pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT * FROM paketReceived WHERE lpseId = ? AND kind = ? ORDER BY createdSeconds DESC, id DESC LIMIT 1
                """, arguments: [lpseId, kind]).map { row in
                ReceivedPaket(lpseId: row["lpseId"], kind: row["kind"], sha256: row["sha256"], fingerprint: row["fingerprint"],
                              created: row["created"], createdSeconds: row["createdSeconds"], receivedAt: row["receivedAt"],
                              location: row["location"])
            }
        }
    }
}
