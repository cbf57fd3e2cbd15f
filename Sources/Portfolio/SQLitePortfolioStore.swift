public import Core
import Foundation
import GRDB

/// The embedded portfolio store: one SQLite file (`portfolio.sqlite` under the server's data
/// folder) in WAL mode through GRDB, with named migrations appended in release order.
public final class SQLitePortfolioStore: PortfolioStore {
    public let kind = "sqlite"
    public let path: String
    let pool: DatabasePool

    /// The file name under the data folder.
    public static let fileName = "portfolio.sqlite"

    /// Opens (creating and migrating) the store at `path`.
    public init(path: String) throws(PortfolioError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch {
            throw PortfolioError(.unavailable, "\(path): \(error)")
        }
    }

    /// The schema, one named migration per change, never edited once released.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("portfolio-v1") { db in
            try db.execute(sql: """
                CREATE TABLE lpse (
                  id TEXT PRIMARY KEY NOT NULL,
                  name TEXT NOT NULL,
                  instansi TEXT NOT NULL,
                  zone TEXT NOT NULL,
                  province TEXT,
                  instansi_kind TEXT
                );
                CREATE TABLE submission (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  lpse_id TEXT NOT NULL REFERENCES lpse(id),
                  kind TEXT NOT NULL,
                  paket_sha256 TEXT NOT NULL UNIQUE,
                  received_at TEXT NOT NULL,
                  uploader TEXT NOT NULL,
                  created_at TEXT NOT NULL,
                  verification TEXT NOT NULL,
                  signer TEXT NOT NULL,
                  catalog_version TEXT NOT NULL,
                  assessment_date TEXT NOT NULL,
                  terpenuhi INTEGER NOT NULL,
                  standard_count INTEGER NOT NULL,
                  eligible INTEGER NOT NULL,
                  report_id_sha256 TEXT,
                  report_en_sha256 TEXT
                );
                CREATE INDEX submission_by_lpse ON submission(lpse_id, received_at);
                CREATE TABLE submission_mark (
                  submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
                  standard_id TEXT NOT NULL,
                  percent REAL,
                  terpenuhi INTEGER NOT NULL,
                  PRIMARY KEY (submission_id, standard_id)
                );
                CREATE TABLE submission_file (
                  submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
                  path TEXT NOT NULL,
                  role TEXT NOT NULL,
                  sha256 TEXT NOT NULL,
                  size INTEGER NOT NULL,
                  PRIMARY KEY (submission_id, path)
                );
                CREATE INDEX submission_file_by_hash ON submission_file(sha256);
                CREATE TABLE app_user (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  username TEXT NOT NULL UNIQUE,
                  display_name TEXT NOT NULL,
                  role TEXT NOT NULL,
                  lpse_id TEXT,
                  password_hash TEXT NOT NULL,
                  active INTEGER NOT NULL,
                  created_at TEXT NOT NULL
                );
                CREATE TABLE app_session (
                  token_hash TEXT PRIMARY KEY NOT NULL,
                  user_id INTEGER NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
                  csrf_token TEXT NOT NULL,
                  created_at TEXT NOT NULL,
                  expires_at TEXT NOT NULL
                );
                CREATE TABLE audit_log (
                  id INTEGER PRIMARY KEY AUTOINCREMENT,
                  at TEXT NOT NULL,
                  actor TEXT NOT NULL,
                  action TEXT NOT NULL,
                  object TEXT NOT NULL,
                  detail TEXT NOT NULL
                );
                CREATE TABLE login_failure (
                  key TEXT NOT NULL,
                  at TEXT NOT NULL
                );
                CREATE INDEX login_failure_by_key ON login_failure(key, at);
                """)
        }
        migrator.registerMigration("portfolio-v2-latest") { db in
            // The portfolio's read model: each LPSE's latest pengajuan and hasil (kept by a
            // trigger on every insert, so nothing that writes a submission can forget it), and
            // the LPSE's name and searchable text folded to lower case as Swift folds them.
            try db.execute(sql: """
                ALTER TABLE lpse ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
                ALTER TABLE lpse ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
                UPDATE lpse SET sort_name = swiftLowercaseString(name),
                  search_text = swiftLowercaseString(id || ' ' || name || ' ' || instansi || ' ' || COALESCE(province, ''));
                CREATE INDEX lpse_by_sort_name ON lpse(sort_name, id);
                CREATE TABLE lpse_latest (
                  lpse_id TEXT NOT NULL REFERENCES lpse(id),
                  kind TEXT NOT NULL,
                  submission_id INTEGER NOT NULL REFERENCES submission(id),
                  PRIMARY KEY (lpse_id, kind)
                ) WITHOUT ROWID;
                INSERT INTO lpse_latest (lpse_id, kind, submission_id)
                  SELECT lpse_id, kind, id FROM (
                    SELECT lpse_id, kind, id, ROW_NUMBER() OVER (PARTITION BY lpse_id, kind ORDER BY received_at DESC, id DESC) AS rank
                    FROM submission)
                  WHERE rank = 1;
                CREATE TRIGGER submission_latest AFTER INSERT ON submission BEGIN
                  INSERT INTO lpse_latest (lpse_id, kind, submission_id) VALUES (NEW.lpse_id, NEW.kind, NEW.id)
                  ON CONFLICT (lpse_id, kind) DO UPDATE SET submission_id = excluded.submission_id
                  WHERE NEW.received_at >= (SELECT received_at FROM submission WHERE id = lpse_latest.submission_id);
                END;
                """)
        }
        migrator.registerMigration("portfolio-v3-revision") { db in
            // One counter moved by every change to what portfolio and LPSE pages show (SQLite's
            // triggers are per row and per event: one for each event on each table).
            try db.execute(sql: """
                CREATE TABLE portfolio_revision (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
                INSERT INTO portfolio_revision (id, value) VALUES (1, 0);
                """)
            for table in ["lpse", "submission", "submission_mark", "submission_file"] {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try db.execute(sql: """
                        CREATE TRIGGER \(table)_revision_\(event.lowercased()) AFTER \(event) ON \(table)
                        BEGIN UPDATE portfolio_revision SET value = value + 1; END
                        """)
                }
            }
        }
        return migrator
    }

    public func close() async {}

    /// Writes an online copy of the database to `destination` (SQLite's backup API): consistent
    /// while the server runs. Refuses an existing destination.
    public func backup(to destination: String) throws(PortfolioError) {
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw PortfolioError(.duplicate, destination)
        }
        let temporary = destination + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            let target = try DatabaseQueue(path: temporary)
            try pool.backup(to: target)
            try target.close()
            guard rename(temporary, destination) == 0 else { throw PortfolioError(.unavailable, destination) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw PortfolioError(.unavailable, "\(destination): \(error)")
        }
    }

    // MARK: - Access

    private func read<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws(PortfolioError) -> T {
        do { return try await pool.read(work) } catch { throw Self.failure(error) }
    }

    private func write<T: Sendable>(_ work: @escaping @Sendable (Database) throws -> T) async throws(PortfolioError) -> T {
        do { return try await pool.write(work) } catch { throw Self.failure(error) }
    }

    static func failure(_ error: any Error) -> PortfolioError {
        if let error = error as? PortfolioError { return error }
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_CONSTRAINT,
           error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE || error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            return PortfolioError(.duplicate, error.message ?? "\(error)")
        }
        return PortfolioError(.unavailable, "\(error)")
    }

    static func instant(_ row: Row, _ column: String) throws -> Instant {
        let text: String = row[column] ?? ""
        guard let instant = Instant(iso8601: text) else { throw PortfolioError(.corrupt, "\(column) = '\(text)'") }
        return instant
    }

    // MARK: - LPSEs

    public func saveLPSE(_ lpse: LPSERecord) async throws(PortfolioError) {
        try await write { db in
            try db.execute(sql: """
                INSERT INTO lpse (id, name, instansi, zone, province, instansi_kind, sort_name, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET name = excluded.name, instansi = excluded.instansi, zone = excluded.zone,
                  province = excluded.province, instansi_kind = excluded.instansi_kind, sort_name = excluded.sort_name,
                  search_text = excluded.search_text
                """, arguments: [lpse.id, lpse.name, lpse.instansi, lpse.zone.rawValue, lpse.province, lpse.instansiKind,
                                 PortfolioSummary.sortName(lpse), PortfolioSummary.searchText(lpse)])
        }
    }

    public func lpse(_ id: String) async throws(PortfolioError) -> LPSERecord? {
        try await read { db in try Row.fetchOne(db, sql: "SELECT * FROM lpse WHERE id = ?", arguments: [id]).map(Self.lpse) }
    }

    public func lpses() async throws(PortfolioError) -> [LPSERecord] {
        try await read { db in try Row.fetchAll(db, sql: "SELECT * FROM lpse ORDER BY id").map(Self.lpse) }
    }

    static func lpse(_ row: Row) throws -> LPSERecord {
        let zoneText: String = row["zone"]
        guard let zone = IndonesianZone(rawValue: zoneText) else { throw PortfolioError(.corrupt, "lpse.zone = '\(zoneText)'") }
        return LPSERecord(id: row["id"], name: row["name"], instansi: row["instansi"], zone: zone,
                          province: row["province"], instansiKind: row["instansi_kind"])
    }

    // MARK: - Submissions

    public func addSubmission(_ submission: Submission) async throws(PortfolioError) -> Submission {
        try await write { db in
            try db.execute(sql: """
                INSERT INTO submission (lpse_id, kind, paket_sha256, received_at, uploader, created_at, verification, signer,
                  catalog_version, assessment_date, terpenuhi, standard_count, eligible, report_id_sha256, report_en_sha256)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [submission.lpseId, submission.kind.rawValue, submission.paketSHA256, submission.receivedAt.description,
                                 submission.uploader, submission.createdAt.description, submission.verification, submission.signer,
                                 submission.catalogVersion, submission.assessmentDate, submission.terpenuhi, submission.standardCount,
                                 submission.eligible, submission.reports["id"], submission.reports["en"]])
            var stored = submission
            stored.id = db.lastInsertedRowID
            for mark in submission.marks {
                try db.execute(sql: "INSERT INTO submission_mark (submission_id, standard_id, percent, terpenuhi) VALUES (?, ?, ?, ?)",
                               arguments: [stored.id, mark.standardId, mark.percent, mark.terpenuhi])
            }
            for file in submission.files {
                try db.execute(sql: "INSERT INTO submission_file (submission_id, path, role, sha256, size) VALUES (?, ?, ?, ?, ?)",
                               arguments: [stored.id, file.path, file.role, file.sha256, file.size])
            }
            return stored
        }
    }

    public func submissions(of lpse: String) async throws(PortfolioError) -> [Submission] {
        try await read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM submission WHERE lpse_id = ? ORDER BY received_at DESC, id DESC",
                                        arguments: [lpse])
            return try rows.map { row in try Self.submission(db, row, files: true) }
        }
    }

    public func allSubmissions() async throws(PortfolioError) -> [Submission] {
        try await read { db in
            var marks: [Int64: [StandardMark]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM submission_mark ORDER BY submission_id, standard_id") {
                marks[row["submission_id"], default: []].append(Self.mark(row))
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM submission ORDER BY received_at, id").map { row in
                var submission = try Self.submission(db, row, files: false, marks: false)
                submission.marks = marks[submission.id ?? 0] ?? []
                return submission
            }
        }
    }

    public func portfolioIds(_ filter: PortfolioFilter, order: PortfolioOrder, descending: Bool) async throws(PortfolioError) -> [String] {
        let (sql, values) = PortfolioSQL.ids(filter, order: order, descending: descending, dialect: .sqlite)
        return try await read { db in try String.fetchAll(db, sql: sql, arguments: StatementArguments(values)) }
    }

    public func portfolioSummaries(_ ids: [String]) async throws(PortfolioError) -> [PortfolioSummary] {
        guard !ids.isEmpty else { return [] }
        return try await read { db in
            let list = PortfolioSQL.markers(ids.count, dialect: .sqlite)
            let arguments = StatementArguments(ids)
            var lpses: [String: LPSERecord] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM lpse WHERE id IN (\(list))", arguments: arguments) {
                let lpse = try Self.lpse(row)
                lpses[lpse.id] = lpse
            }
            var latest: [Int64: Submission] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.* FROM lpse_latest x JOIN submission s ON s.id = x.submission_id WHERE x.lpse_id IN (\(list))
                """, arguments: arguments) {
                let submission = try Self.submission(db, row, files: false, marks: false)
                latest[submission.id ?? 0] = submission
            }
            if !latest.isEmpty {
                let submissionIds = Array(latest.keys)
                for row in try Row.fetchAll(db, sql: """
                    SELECT * FROM submission_mark WHERE submission_id IN (\(PortfolioSQL.markers(submissionIds.count, dialect: .sqlite)))
                    ORDER BY submission_id, standard_id
                    """, arguments: StatementArguments(submissionIds)) {
                    latest[row["submission_id"]]?.marks.append(Self.mark(row))
                }
            }
            var trends: [String: [Int]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT lpse_id, terpenuhi FROM submission WHERE kind = 'pengajuan' AND lpse_id IN (\(list)) ORDER BY received_at, id
                """, arguments: arguments) {
                trends[row["lpse_id"], default: []].append(row["terpenuhi"])
            }
            return PortfolioSummary.assemble(ids, lpses: lpses, latest: Array(latest.values), trends: trends)
        }
    }

    public func submission(sha256: String) async throws(PortfolioError) -> Submission? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM submission WHERE paket_sha256 = ?", arguments: [sha256])
                .map { row in try Self.submission(db, row, files: true) }
        }
    }

    public func lpseHasFile(_ lpse: String, sha256: String) async throws(PortfolioError) -> Bool {
        try await read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM submission_file f JOIN submission s ON s.id = f.submission_id
                               WHERE s.lpse_id = ? AND f.sha256 = ?)
                   OR EXISTS (SELECT 1 FROM submission WHERE lpse_id = ? AND (report_id_sha256 = ? OR report_en_sha256 = ?))
                """, arguments: [lpse, sha256, lpse, sha256, sha256]) ?? false
        }
    }

    public func revision() async throws(PortfolioError) -> Int64 {
        try await read { db in try Int64.fetchOne(db, sql: "SELECT value FROM portfolio_revision WHERE id = 1") ?? 0 }
    }

    static func mark(_ row: Row) -> StandardMark {
        StandardMark(standardId: row["standard_id"], percent: row["percent"], terpenuhi: row["terpenuhi"])
    }

    static func submission(_ db: Database, _ row: Row, files: Bool, marks: Bool = true) throws -> Submission {
        let id: Int64 = row["id"]
        let kindText: String = row["kind"]
        guard let kind = SubmissionKind(rawValue: kindText) else { throw PortfolioError(.corrupt, "submission.kind = '\(kindText)'") }
        var reports: [String: String] = [:]
        if let id: String = row["report_id_sha256"] { reports["id"] = id }
        if let en: String = row["report_en_sha256"] { reports["en"] = en }
        let markRows = marks ? try Row.fetchAll(db, sql: "SELECT * FROM submission_mark WHERE submission_id = ? ORDER BY standard_id", arguments: [id]) : []
        let fileRows = files ? try Row.fetchAll(db, sql: "SELECT * FROM submission_file WHERE submission_id = ? ORDER BY path", arguments: [id]) : []
        return Submission(id: id, lpseId: row["lpse_id"], kind: kind, paketSHA256: row["paket_sha256"],
                          receivedAt: try instant(row, "received_at"), uploader: row["uploader"],
                          createdAt: try instant(row, "created_at"), verification: row["verification"], signer: row["signer"],
                          catalogVersion: row["catalog_version"], assessmentDate: row["assessment_date"],
                          terpenuhi: row["terpenuhi"], standardCount: row["standard_count"], eligible: row["eligible"],
                          marks: markRows.map(mark), reports: reports,
                          files: fileRows.map { SubmissionFile(path: $0["path"], role: $0["role"], sha256: $0["sha256"], size: $0["size"]) })
    }

    // MARK: - Users

    public func createUser(_ user: UserAccount) async throws(PortfolioError) -> UserAccount {
        try await write { db in
            try db.execute(sql: """
                INSERT INTO app_user (username, display_name, role, lpse_id, password_hash, active, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [user.username, user.displayName, user.role.rawValue, user.lpseId, user.passwordHash,
                                 user.active, user.createdAt.description])
            var stored = user
            stored.id = db.lastInsertedRowID
            return stored
        }
    }

    public func user(named username: String) async throws(PortfolioError) -> UserAccount? {
        try await read { db in try Row.fetchOne(db, sql: "SELECT * FROM app_user WHERE username = ?", arguments: [username]).map(Self.user) }
    }

    public func user(id: Int64) async throws(PortfolioError) -> UserAccount? {
        try await read { db in try Row.fetchOne(db, sql: "SELECT * FROM app_user WHERE id = ?", arguments: [id]).map(Self.user) }
    }

    public func users() async throws(PortfolioError) -> [UserAccount] {
        try await read { db in try Row.fetchAll(db, sql: "SELECT * FROM app_user ORDER BY username").map(Self.user) }
    }

    public func setActive(_ username: String, _ active: Bool) async throws(PortfolioError) -> Bool {
        try await write { db in
            try db.execute(sql: "UPDATE app_user SET active = ? WHERE username = ?", arguments: [active, username])
            let changed = db.changesCount > 0
            if !active {
                try db.execute(sql: "DELETE FROM app_session WHERE user_id IN (SELECT id FROM app_user WHERE username = ?)",
                               arguments: [username])
            }
            return changed
        }
    }

    static func user(_ row: Row) throws -> UserAccount {
        let roleText: String = row["role"]
        guard let role = UserRole(rawValue: roleText) else { throw PortfolioError(.corrupt, "app_user.role = '\(roleText)'") }
        return UserAccount(id: row["id"], username: row["username"], displayName: row["display_name"], role: role,
                           lpseId: row["lpse_id"], passwordHash: row["password_hash"], active: row["active"],
                           createdAt: try instant(row, "created_at"))
    }

    // MARK: - Sessions

    public func createSession(_ session: SessionRecord) async throws(PortfolioError) {
        try await write { db in
            try db.execute(sql: "INSERT INTO app_session (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [session.tokenHash, session.userId, session.csrfToken, session.createdAt.description,
                                       session.expiresAt.description])
        }
    }

    public func session(tokenHash: String, at now: Instant) async throws(PortfolioError) -> SessionRecord? {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM app_session WHERE token_hash = ?", arguments: [tokenHash]) else { return nil }
            let session = SessionRecord(tokenHash: row["token_hash"], userId: row["user_id"], csrfToken: row["csrf_token"],
                                        createdAt: try Self.instant(row, "created_at"), expiresAt: try Self.instant(row, "expires_at"))
            return session.expiresAt > now ? session : nil
        }
    }

    public func deleteSession(tokenHash: String) async throws(PortfolioError) {
        try await write { db in try db.execute(sql: "DELETE FROM app_session WHERE token_hash = ?", arguments: [tokenHash]) }
    }

    public func deleteExpiredSessions(at now: Instant) async throws(PortfolioError) -> Int {
        try await write { db in
            try db.execute(sql: "DELETE FROM app_session WHERE expires_at <= ?", arguments: [now.description])
            return db.changesCount
        }
    }

    // MARK: - Audit

    public func appendAudit(_ entry: AuditEntry) async throws(PortfolioError) {
        try await write { db in
            try db.execute(sql: "INSERT INTO audit_log (at, actor, action, object, detail) VALUES (?, ?, ?, ?, ?)",
                           arguments: [entry.at.description, entry.actor, entry.action, entry.object, entry.detail])
        }
    }

    public func audit(limit: Int) async throws(PortfolioError) -> [AuditEntry] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", arguments: [limit]).map { row in
                AuditEntry(id: row["id"], at: try Self.instant(row, "at"), actor: row["actor"], action: row["action"],
                           object: row["object"], detail: row["detail"])
            }
        }
    }

    // MARK: - Throttling

    public func recordLoginFailure(key: String, at: Instant, since: Instant) async throws(PortfolioError) -> Int {
        try await write { db in
            try db.execute(sql: "DELETE FROM login_failure WHERE key = ? AND at < ?", arguments: [key, since.description])
            try db.execute(sql: "INSERT INTO login_failure (key, at) VALUES (?, ?)", arguments: [key, at.description])
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM login_failure WHERE key = ? AND at >= ?",
                                    arguments: [key, since.description]) ?? 0
        }
    }

    public func loginFailures(key: String, since: Instant) async throws(PortfolioError) -> Int {
        try await read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM login_failure WHERE key = ? AND at >= ?", arguments: [key, since.description]) ?? 0
        }
    }

    public func clearLoginFailures(key: String) async throws(PortfolioError) {
        try await write { db in try db.execute(sql: "DELETE FROM login_failure WHERE key = ?", arguments: [key]) }
    }
}
