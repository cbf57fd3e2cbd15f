import GRDB

/// The tables of the evidence registry: files as last hashed, scans, and seals.
///
/// - `evidence_file`: one row per file under `Evidence/` (path relative to the workspace,
///   compared byte for byte, size, modification time in nanoseconds, inode, SHA-256, the
///   "racily clean" flag, the matched rule ids separated by spaces, the `bukti.xml` entry as JSON);
/// - `evidence_scan`: one row per scan (instant, catalog version, counts);
/// - `evidence_seal` and `evidence_seal_file`: sealed snapshots and their files.
public enum EvidenceSchema {
    /// The migrations, in order. Released names never change.
    public static let migrations: [PatuhDatabase.Migration] = [
        PatuhDatabase.Migration(name: "evidence-v1") { db in
            try db.execute(sql: """
                CREATE TABLE evidence_file (
                    path TEXT NOT NULL PRIMARY KEY,
                    size INTEGER NOT NULL,
                    mtime_ns INTEGER NOT NULL,
                    inode INTEGER NOT NULL,
                    sha256 TEXT NOT NULL,
                    racy INTEGER NOT NULL DEFAULT 0,
                    rules TEXT NOT NULL DEFAULT '',
                    metadata TEXT
                ) WITHOUT ROWID;
                CREATE TABLE evidence_scan (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    instant DATETIME NOT NULL,
                    catalog_version TEXT NOT NULL,
                    file_count INTEGER NOT NULL,
                    added INTEGER NOT NULL,
                    changed INTEGER NOT NULL,
                    removed INTEGER NOT NULL,
                    hashed INTEGER NOT NULL,
                    hashed_bytes INTEGER NOT NULL,
                    skipped INTEGER NOT NULL
                );
                CREATE TABLE evidence_seal (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    instant DATETIME NOT NULL,
                    note TEXT NOT NULL,
                    file_count INTEGER NOT NULL
                );
                CREATE TABLE evidence_seal_file (
                    seal_id INTEGER NOT NULL REFERENCES evidence_seal(id) ON DELETE CASCADE,
                    path TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    rules TEXT NOT NULL,
                    PRIMARY KEY (seal_id, path)
                ) WITHOUT ROWID;
                """)
        },
    ]
}
