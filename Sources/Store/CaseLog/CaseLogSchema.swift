import GRDB

/// The schema of the pembinaan event log: the table `case_event`, one row per event, and
/// `case_log_head`, the sequence and hash of the last event appended.
///
/// Rows are append-only: triggers abort any `UPDATE` or `DELETE` on `case_event`. The triggers
/// only stop honest mistakes; someone with the file can drop them, which is why every row also
/// carries the SHA-256 of its predecessor (``CaseEventRecord/previousHash``) and
/// ``CaseLog/verify()`` recomputes the chain.
///
/// ## Topics
/// - ``migrations``
public enum CaseLogSchema {
    /// The event table.
    public static let eventTable = "case_event"
    /// The one-row table holding the chain's head.
    public static let headTable = "case_log_head"
    /// The `prev_hash` of the first event: 64 zeros.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The migrations of the event log, in order; appended to ``PatuhDatabase/migrations``.
    public static let migrations: [PatuhDatabase.Migration] = [
        PatuhDatabase.Migration(name: "pembinaan-case-event-log-v1", migrate: createLog),
    ]

    private static func createLog(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE case_event (
                seq INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 1),
                case_id TEXT,
                case_seq INTEGER,
                lpse TEXT NOT NULL,
                event TEXT NOT NULL,
                actor TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('lkpp', 'lpse')),
                at TEXT NOT NULL,
                zone TEXT NOT NULL CHECK (zone IN ('WIB', 'WITA', 'WIT')),
                civil_date TEXT NOT NULL,
                notice_number TEXT,
                notice_ditetapkan TEXT,
                notice_dikirim TEXT,
                notice_diterima TEXT,
                basis TEXT NOT NULL,
                payload TEXT NOT NULL,
                prev_hash TEXT NOT NULL,
                hash TEXT NOT NULL UNIQUE,
                UNIQUE (case_id, case_seq)
            );
            CREATE INDEX case_event_by_case ON case_event (case_id, case_seq);
            CREATE INDEX case_event_by_lpse ON case_event (lpse);
            CREATE TRIGGER case_event_no_update BEFORE UPDATE ON case_event
                BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;
            CREATE TRIGGER case_event_no_delete BEFORE DELETE ON case_event
                BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;
            CREATE TABLE case_log_head (
                id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
                seq INTEGER NOT NULL,
                hash TEXT NOT NULL
            );
            """)
    }
}
