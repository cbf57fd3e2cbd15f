import GRDB

/// The pakets a workspace received: on LKPP's side each LPSE's submissions, on an LPSE's side the
/// results it filed. A second paket from the same LPSE is a new row; the latest decides what is
/// "older".
public enum PaketSchema {
    /// The paket feature's migrations, in order. Names never change once released.
    public static let migrations: [PatuhDatabase.Migration] = [
        PatuhDatabase.Migration(name: "paket-v1") { db in
            try db.create(table: "paket_received") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("lpse_id", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("sha256", .text).notNull()
                table.column("fingerprint", .text).notNull()
                table.column("created", .text).notNull()
                table.column("created_seconds", .integer).notNull()
                table.column("received_at", .text).notNull()
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
                INSERT INTO paket_received (lpse_id, kind, sha256, fingerprint, created, created_seconds, received_at, location)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [paket.lpseId, paket.kind, paket.sha256, paket.fingerprint, paket.created,
                                 paket.createdSeconds, paket.receivedAt, paket.location])
        }
    }

    /// The latest paket of `kind` received for `lpseId` (by the sender's instant), if any.
    public func latest(lpseId: String, kind: String) throws -> ReceivedPaket? {
        try database.pool.read { db in
            try Row.fetchOne(db, sql: """
                SELECT * FROM paket_received WHERE lpse_id = ? AND kind = ? ORDER BY created_seconds DESC, id DESC LIMIT 1
                """, arguments: [lpseId, kind]).map { row in
                ReceivedPaket(lpseId: row["lpse_id"], kind: row["kind"], sha256: row["sha256"], fingerprint: row["fingerprint"],
                              created: row["created"], createdSeconds: row["created_seconds"], receivedAt: row["received_at"],
                              location: row["location"])
            }
        }
    }
}
