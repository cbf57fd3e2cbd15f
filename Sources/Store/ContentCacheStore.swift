public import EvidenceRegistry
import Foundation
import GRDB

/// What the content checks read from evidence files, kept by SHA-256 and reader
/// (`xlsx/1`, `csv/1`, ...) in table `content_cache`, so that an unchanged file is not read
/// again: ``EvidenceRegistry/ContentCache`` on the workspace database.
///
/// The cache is an optimisation: a row that cannot be read or written is simply not used, and
/// rows of files no longer indexed are pruned after each evaluation.
public struct ContentCacheStore: ContentCache {
    public let database: PatuhDatabase
    /// Content larger than this once encoded is not kept.
    public var maximumEntrySize = 8 << 20

    public init(database: PatuhDatabase) {
        self.database = database
    }

    public func cachedContent(sha256: String, reader: String) -> ContentRead? {
        let json = try? database.pool.read { db in
            try String.fetchOne(db, sql: "SELECT content FROM content_cache WHERE sha256 = ? AND reader = ?",
                                arguments: [sha256, reader])
        }
        guard let json else { return nil }
        return try? JSONDecoder().decode(ContentRead.self, from: Data(json.utf8))
    }

    public func storeContent(_ read: ContentRead, sha256: String, reader: String) {
        guard let data = try? JSONEncoder().encode(read), data.count <= maximumEntrySize else { return }
        let json = String(decoding: data, as: UTF8.self)
        _ = try? database.pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO content_cache (sha256, reader, content) VALUES (?, ?, ?)",
                           arguments: [sha256, reader, json])
        }
    }

    /// Removes the rows of contents no indexed file has any more.
    public func prune() {
        _ = try? database.pool.write { db in
            try db.execute(sql: "DELETE FROM content_cache WHERE sha256 NOT IN (SELECT sha256 FROM evidence_file)")
        }
    }

    /// How many contents are kept.
    public func count() -> Int {
        (try? database.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM content_cache") ?? 0 }) ?? 0
    }
}

/// The table of ``ContentCacheStore``: `content_cache (sha256, reader, content)`, the content
/// as JSON.
public enum ContentCacheSchema {
    public static let migrations: [PatuhDatabase.Migration] = [
        PatuhDatabase.Migration(name: "content-cache-v1") { db in
            try db.execute(sql: """
                CREATE TABLE content_cache (
                    sha256 TEXT NOT NULL,
                    reader TEXT NOT NULL,
                    content TEXT NOT NULL,
                    PRIMARY KEY (sha256, reader)
                ) WITHOUT ROWID
                """)
        },
    ]
}
