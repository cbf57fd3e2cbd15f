public import Core
import Foundation
import Logging
import NIOCore
import PostgresNIO

/// The portfolio store of a national deployment: PostgreSQL through postgres-nio's connection
/// pool, with its own named migrations (table `portfolio_migration`), applied under an advisory
/// lock so that several servers starting together migrate once. Instants are stored as ISO 8601
/// text in UTC, as in the SQLite store, so both compare and sort the same way.
public final class PostgresPortfolioStore: PortfolioStore {
    public let kind = "postgresql"
    let client: PostgresClient
    let runner: Task<Void, Never>
    let logger: Logger
    /// The URL it was opened with.
    public let url: String?

    /// Connects to `url` (`postgres://user:password@host:port/database`) and migrates.
    public init(url: String, logger: Logger = Logger(label: "patuh.portfolio.postgres")) async throws(PortfolioError) {
        guard let components = URLComponents(string: url), let host = components.host,
              ["postgres", "postgresql"].contains(components.scheme ?? "") else {
            throw PortfolioError(.unavailable, "not a postgres:// URL")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        let configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: database.isEmpty ? nil : database, tls: .disable)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.logger = logger
        self.url = url
        // The first query waits until the client's run loop has begun (postgres-nio warns on
        // every command otherwise): the task says so right before it enters `run()`, which
        // marks the client running before it first suspends.
        let (started, signal) = AsyncStream<Void>.makeStream()
        runner = Task {
            signal.finish()
            await client.run()
        }
        for await _ in started {}
        do {
            try await migrate()
        } catch {
            runner.cancel()
            throw error
        }
    }

    public func close() async {
        runner.cancel()
    }

    /// The schema, one named migration per change, never edited once released.
    static let migrations: [(name: String, statements: [String])] = [
        ("portfolio-v1", [
            """
            CREATE TABLE lpse (id TEXT PRIMARY KEY, name TEXT NOT NULL, instansi TEXT NOT NULL, zone TEXT NOT NULL,
              province TEXT, instansi_kind TEXT)
            """,
            """
            CREATE TABLE submission (id BIGSERIAL PRIMARY KEY, lpse_id TEXT NOT NULL REFERENCES lpse(id), kind TEXT NOT NULL,
              paket_sha256 TEXT NOT NULL UNIQUE, received_at TEXT NOT NULL, uploader TEXT NOT NULL, created_at TEXT NOT NULL,
              verification TEXT NOT NULL, signer TEXT NOT NULL, catalog_version TEXT NOT NULL, assessment_date TEXT NOT NULL,
              terpenuhi BIGINT NOT NULL, standard_count BIGINT NOT NULL, eligible BOOLEAN NOT NULL,
              report_id_sha256 TEXT, report_en_sha256 TEXT)
            """,
            "CREATE INDEX submission_by_lpse ON submission(lpse_id, received_at)",
            """
            CREATE TABLE submission_mark (submission_id BIGINT NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
              standard_id TEXT NOT NULL, percent DOUBLE PRECISION, terpenuhi BOOLEAN NOT NULL, PRIMARY KEY (submission_id, standard_id))
            """,
            """
            CREATE TABLE submission_file (submission_id BIGINT NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
              path TEXT NOT NULL, role TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL, PRIMARY KEY (submission_id, path))
            """,
            "CREATE INDEX submission_file_by_hash ON submission_file(sha256)",
            """
            CREATE TABLE app_user (id BIGSERIAL PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
              role TEXT NOT NULL, lpse_id TEXT, password_hash TEXT NOT NULL, active BOOLEAN NOT NULL, created_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE app_session (token_hash TEXT PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
              csrf_token TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL)
            """,
            """
            CREATE TABLE audit_log (id BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
              object TEXT NOT NULL, detail TEXT NOT NULL)
            """,
            "CREATE TABLE login_failure (key TEXT NOT NULL, at TEXT NOT NULL)",
            "CREATE INDEX login_failure_by_key ON login_failure(key, at)",
        ]),
        // The portfolio's read model, as in the SQLite store's migration of the same name.
        ("portfolio-v2-latest", [
            "ALTER TABLE lpse ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE lpse ADD COLUMN search_text TEXT NOT NULL DEFAULT ''",
            """
            UPDATE lpse SET sort_name = lower(name),
              search_text = lower(id || ' ' || name || ' ' || instansi || ' ' || COALESCE(province, ''))
            """,
            "CREATE INDEX lpse_by_sort_name ON lpse(sort_name COLLATE \"C\", id COLLATE \"C\")",
            """
            CREATE TABLE lpse_latest (lpse_id TEXT NOT NULL REFERENCES lpse(id), kind TEXT NOT NULL,
              submission_id BIGINT NOT NULL REFERENCES submission(id), PRIMARY KEY (lpse_id, kind))
            """,
            """
            INSERT INTO lpse_latest (lpse_id, kind, submission_id)
              SELECT lpse_id, kind, id FROM (
                SELECT lpse_id, kind, id,
                  ROW_NUMBER() OVER (PARTITION BY lpse_id, kind ORDER BY received_at COLLATE "C" DESC, id DESC) AS rank
                FROM submission) ranked
              WHERE rank = 1
            """,
            """
            CREATE FUNCTION submission_latest() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO lpse_latest (lpse_id, kind, submission_id) VALUES (NEW.lpse_id, NEW.kind, NEW.id)
              ON CONFLICT (lpse_id, kind) DO UPDATE SET submission_id = excluded.submission_id
              WHERE NEW.received_at COLLATE "C" >= (SELECT received_at FROM submission WHERE id = lpse_latest.submission_id) COLLATE "C";
              RETURN NEW;
            END $$
            """,
            "CREATE TRIGGER submission_latest AFTER INSERT ON submission FOR EACH ROW EXECUTE FUNCTION submission_latest()",
        ]),
        // One counter moved by every change to what portfolio and LPSE pages show, as in the
        // SQLite store. A row, not a sequence: its update commits (or rolls back) with the
        // change, so a reader never sees the new number before the new data.
        ("portfolio-v3-revision", [
            "CREATE TABLE portfolio_revision (id INT PRIMARY KEY CHECK (id = 1), value BIGINT NOT NULL)",
            "INSERT INTO portfolio_revision (id, value) VALUES (1, 0)",
            """
            CREATE FUNCTION portfolio_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE portfolio_revision SET value = value + 1 WHERE id = 1;
              RETURN NULL;
            END $$
            """,
        ] + ["lpse", "submission", "submission_mark", "submission_file"].map { table in
            "CREATE TRIGGER \(table)_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \(table) FOR EACH STATEMENT EXECUTE FUNCTION portfolio_revision_bump()"
        }),
    ]

    func migrate() async throws(PortfolioError) {
        try await run(patient: true) { connection in
            try await connection.query("CREATE TABLE IF NOT EXISTS portfolio_migration (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)", logger: self.logger)
            try await connection.query("SELECT pg_advisory_xact_lock(4242001)", logger: self.logger)
            var applied = Set<String>()
            for try await name in try await connection.query("SELECT name FROM portfolio_migration", logger: self.logger).decode(String.self) {
                applied.insert(name)
            }
            for migration in Self.migrations where !applied.contains(migration.name) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: self.logger)
                }
                let now = Instant(Date()).description
                try await connection.query("INSERT INTO portfolio_migration (name, applied_at) VALUES (\(migration.name), \(now))", logger: self.logger)
            }
        }
    }

    // MARK: - Access

    /// Runs `work` on a connection of the pool without a transaction (one read query); a failure
    /// is a ``PortfolioError``.
    private func read<T: Sendable>(_ work: @escaping @Sendable (PostgresConnection) async throws -> T) async throws(PortfolioError) -> T {
        do {
            return try await withDeadline(seconds: Self.answerWithin, "PostgreSQL") {
                try await self.client.withConnection { connection in try await work(connection) }
            }
        } catch {
            throw Self.failure(error)
        }
    }

    /// Runs `work` in a transaction; a failure is a ``PortfolioError``. Unless `patient` (the
    /// migrations at start, which may take long on a large database), it answers within
    /// ``answerWithin`` seconds.
    private func run<T: Sendable>(patient: Bool = false,
                                  _ work: @escaping @Sendable (PostgresConnection) async throws -> T) async throws(PortfolioError) -> T {
        let transaction: @Sendable () async throws -> T = {
            try await self.client.withTransaction(logger: self.logger) { connection in try await work(connection) }
        }
        do {
            return try await patient ? transaction() : withDeadline(seconds: Self.answerWithin, "PostgreSQL", transaction)
        } catch {
            throw Self.failure(error)
        }
    }

    /// How long a request's database work may take, waiting for a connection included, before
    /// it fails as unavailable (503): a request never hangs on the database.
    static let answerWithin: Double = 15

    static func failure(_ error: any Error) -> PortfolioError {
        if let error = error as? PortfolioError { return error }
        var underlying: any Error = error
        if let transaction = error as? PostgresTransactionError, let closure = transaction.closureError { underlying = closure }
        if let error = underlying as? PortfolioError { return error }
        if let psql = underlying as? PSQLError, psql.serverInfo?[.sqlState] == "23505" {
            return PortfolioError(.duplicate, psql.serverInfo?[.message] ?? "unique violation")
        }
        return PortfolioError(.unavailable, String(reflecting: underlying))
    }

    static func rows(_ sequence: PostgresRowSequence) async throws -> [PostgresRandomAccessRow] {
        var rows: [PostgresRandomAccessRow] = []
        for try await row in sequence { rows.append(row.makeRandomAccess()) }
        return rows
    }

    static func instant(_ row: PostgresRandomAccessRow, _ column: String) throws -> Instant {
        let text = try row[column].decode(String.self)
        guard let instant = Instant(iso8601: text) else { throw PortfolioError(.corrupt, "\(column) = '\(text)'") }
        return instant
    }

    // MARK: - LPSEs

    public func saveLPSE(_ lpse: LPSERecord) async throws(PortfolioError) {
        try await run { connection in
            try await connection.query("""
                INSERT INTO lpse (id, name, instansi, zone, province, instansi_kind, sort_name, search_text)
                VALUES (\(lpse.id), \(lpse.name), \(lpse.instansi), \(lpse.zone.rawValue), \(lpse.province), \(lpse.instansiKind),
                        \(PortfolioSummary.sortName(lpse)), \(PortfolioSummary.searchText(lpse)))
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, instansi = excluded.instansi, zone = excluded.zone,
                  province = excluded.province, instansi_kind = excluded.instansi_kind, sort_name = excluded.sort_name,
                  search_text = excluded.search_text
                """, logger: self.logger)
        }
    }

    public func lpse(_ id: String) async throws(PortfolioError) -> LPSERecord? {
        try await read { connection in
            try await Self.rows(try await connection.query("SELECT * FROM lpse WHERE id = \(id)", logger: self.logger)).first.map(Self.lpse)
        }
    }

    public func lpses() async throws(PortfolioError) -> [LPSERecord] {
        try await read { connection in
            try await Self.rows(try await connection.query("SELECT * FROM lpse ORDER BY id", logger: self.logger)).map(Self.lpse)
        }
    }

    static func lpse(_ row: PostgresRandomAccessRow) throws -> LPSERecord {
        let zoneText = try row["zone"].decode(String.self)
        guard let zone = IndonesianZone(rawValue: zoneText) else { throw PortfolioError(.corrupt, "lpse.zone = '\(zoneText)'") }
        return LPSERecord(id: try row["id"].decode(String.self), name: try row["name"].decode(String.self),
                          instansi: try row["instansi"].decode(String.self), zone: zone,
                          province: try row["province"].decode(String?.self), instansiKind: try row["instansi_kind"].decode(String?.self))
    }

    // MARK: - Submissions

    public func addSubmission(_ submission: Submission) async throws(PortfolioError) -> Submission {
        try await run { connection in
            let inserted = try await Self.rows(try await connection.query("""
                INSERT INTO submission (lpse_id, kind, paket_sha256, received_at, uploader, created_at, verification, signer,
                  catalog_version, assessment_date, terpenuhi, standard_count, eligible, report_id_sha256, report_en_sha256)
                VALUES (\(submission.lpseId), \(submission.kind.rawValue), \(submission.paketSHA256), \(submission.receivedAt.description),
                  \(submission.uploader), \(submission.createdAt.description), \(submission.verification), \(submission.signer),
                  \(submission.catalogVersion), \(submission.assessmentDate), \(Int64(submission.terpenuhi)), \(Int64(submission.standardCount)),
                  \(submission.eligible), \(submission.reports["id"]), \(submission.reports["en"]))
                RETURNING id
                """, logger: self.logger))
            guard let id = try inserted.first?["id"].decode(Int64.self) else { throw PortfolioError(.corrupt, "no id returned") }
            for mark in submission.marks {
                try await connection.query("""
                    INSERT INTO submission_mark (submission_id, standard_id, percent, terpenuhi)
                    VALUES (\(id), \(mark.standardId), \(mark.percent), \(mark.terpenuhi))
                    """, logger: self.logger)
            }
            for file in submission.files {
                try await connection.query("""
                    INSERT INTO submission_file (submission_id, path, role, sha256, size)
                    VALUES (\(id), \(file.path), \(file.role), \(file.sha256), \(file.size))
                    """, logger: self.logger)
            }
            var stored = submission
            stored.id = id
            return stored
        }
    }

    public func submissions(of lpse: String) async throws(PortfolioError) -> [Submission] {
        // Three queries whatever the number of submissions, not two more per submission (each
        // query is a round trip). The submissions are read first: their marks and files were
        // committed with them, so the later queries see all of them.
        try await read { connection in
            let rows = try await Self.rows(try await connection.query(
                "SELECT * FROM submission WHERE lpse_id = \(lpse) ORDER BY received_at DESC, id DESC", logger: self.logger))
            var marks: [Int64: [StandardMark]] = [:]
            for row in try await Self.rows(try await connection.query("""
                SELECT m.* FROM submission_mark m JOIN submission s ON s.id = m.submission_id WHERE s.lpse_id = \(lpse)
                ORDER BY m.submission_id, m.standard_id COLLATE "C"
                """, logger: self.logger)) {
                marks[try row["submission_id"].decode(Int64.self), default: []].append(try Self.mark(row))
            }
            var files: [Int64: [SubmissionFile]] = [:]
            for row in try await Self.rows(try await connection.query("""
                SELECT f.* FROM submission_file f JOIN submission s ON s.id = f.submission_id WHERE s.lpse_id = \(lpse)
                ORDER BY f.submission_id, f.path COLLATE "C"
                """, logger: self.logger)) {
                files[try row["submission_id"].decode(Int64.self), default: []].append(try Self.file(row))
            }
            return try rows.map { row in
                var submission = try Self.submission(row)
                submission.marks = marks[submission.id ?? 0] ?? []
                submission.files = files[submission.id ?? 0] ?? []
                return submission
            }
        }
    }

    public func allSubmissions() async throws(PortfolioError) -> [Submission] {
        try await run { connection in
            var marks: [Int64: [StandardMark]] = [:]
            for row in try await Self.rows(try await connection.query("SELECT * FROM submission_mark ORDER BY submission_id, standard_id", logger: self.logger)) {
                marks[try row["submission_id"].decode(Int64.self), default: []].append(try Self.mark(row))
            }
            var result: [Submission] = []
            for row in try await Self.rows(try await connection.query("SELECT * FROM submission ORDER BY received_at, id", logger: self.logger)) {
                var submission = try Self.submission(row)
                submission.marks = marks[submission.id ?? 0] ?? []
                result.append(submission)
            }
            return result
        }
    }

    public func portfolioIds(_ filter: PortfolioFilter, order: PortfolioOrder, descending: Bool) async throws(PortfolioError) -> [String] {
        let (sql, values) = PortfolioSQL.ids(filter, order: order, descending: descending, dialect: .postgres)
        return try await read { connection in
            try await Self.rows(try await connection.query(try Self.query(sql, values), logger: self.logger))
                .map { try $0["id"].decode(String.self) }
        }
    }

    public func portfolioSummaries(_ ids: [String]) async throws(PortfolioError) -> [PortfolioSummary] {
        guard !ids.isEmpty else { return [] }
        return try await read { connection in
            let list = PortfolioSQL.markers(ids.count, dialect: .postgres)
            var lpses: [String: LPSERecord] = [:]
            for row in try await Self.rows(try await connection.query(try Self.query("SELECT * FROM lpse WHERE id IN (\(list))", ids),
                                                                      logger: self.logger)) {
                let lpse = try Self.lpse(row)
                lpses[lpse.id] = lpse
            }
            var latest: [Int64: Submission] = [:]
            for row in try await Self.rows(try await connection.query(try Self.query("""
                SELECT s.* FROM lpse_latest x JOIN submission s ON s.id = x.submission_id WHERE x.lpse_id IN (\(list))
                """, ids), logger: self.logger)) {
                let submission = try Self.submission(row)
                latest[submission.id ?? 0] = submission
            }
            if !latest.isEmpty {
                let submissionIds = Array(latest.keys)
                var binds = PostgresBindings()
                for id in submissionIds { binds.append(id) }
                let sql = """
                    SELECT * FROM submission_mark WHERE submission_id IN (\(PortfolioSQL.markers(submissionIds.count, dialect: .postgres)))
                    ORDER BY submission_id, standard_id COLLATE "C"
                    """
                for row in try await Self.rows(try await connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: self.logger)) {
                    latest[try row["submission_id"].decode(Int64.self)]?.marks.append(try Self.mark(row))
                }
            }
            var trends: [String: [Int]] = [:]
            for row in try await Self.rows(try await connection.query(try Self.query("""
                SELECT lpse_id, terpenuhi FROM submission WHERE kind = 'pengajuan' AND lpse_id IN (\(list))
                ORDER BY received_at COLLATE "C", id
                """, ids), logger: self.logger)) {
                trends[try row["lpse_id"].decode(String.self), default: []].append(Int(try row["terpenuhi"].decode(Int64.self)))
            }
            return PortfolioSummary.assemble(ids, lpses: lpses, latest: Array(latest.values), trends: trends)
        }
    }

    /// `sql` with `values` bound to its markers `$1`, `$2`, ... in order.
    static func query(_ sql: String, _ values: [String]) throws -> PostgresQuery {
        var binds = PostgresBindings()
        for value in values { binds.append(value) }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    public func submission(sha256: String) async throws(PortfolioError) -> Submission? {
        try await read { connection in
            guard let row = try await Self.rows(try await connection.query("SELECT * FROM submission WHERE paket_sha256 = \(sha256)", logger: self.logger)).first else {
                return nil
            }
            var submission = try Self.submission(row)
            let id = submission.id ?? 0
            submission.marks = try await Self.rows(try await connection.query(
                "SELECT * FROM submission_mark WHERE submission_id = \(id) ORDER BY standard_id COLLATE \"C\"", logger: self.logger)).map(Self.mark)
            submission.files = try await Self.rows(try await connection.query(
                "SELECT * FROM submission_file WHERE submission_id = \(id) ORDER BY path COLLATE \"C\"", logger: self.logger)).map(Self.file)
            return submission
        }
    }

    public func lpseHasFile(_ lpse: String, sha256: String) async throws(PortfolioError) -> Bool {
        try await read { connection in
            let rows = try await Self.rows(try await connection.query("""
                SELECT (EXISTS (SELECT 1 FROM submission_file f JOIN submission s ON s.id = f.submission_id
                                WHERE s.lpse_id = \(lpse) AND f.sha256 = \(sha256))
                    OR EXISTS (SELECT 1 FROM submission WHERE lpse_id = \(lpse) AND (report_id_sha256 = \(sha256) OR report_en_sha256 = \(sha256)))) AS found
                """, logger: self.logger))
            return try rows.first?["found"].decode(Bool.self) ?? false
        }
    }

    public func revision() async throws(PortfolioError) -> Int64 {
        try await read { connection in
            try await Self.rows(try await connection.query("SELECT value FROM portfolio_revision WHERE id = 1", logger: self.logger))
                .first?["value"].decode(Int64.self) ?? 0
        }
    }

    static func mark(_ row: PostgresRandomAccessRow) throws -> StandardMark {
        StandardMark(standardId: try row["standard_id"].decode(String.self), percent: try row["percent"].decode(Double?.self),
                     terpenuhi: try row["terpenuhi"].decode(Bool.self))
    }

    static func file(_ row: PostgresRandomAccessRow) throws -> SubmissionFile {
        SubmissionFile(path: try row["path"].decode(String.self), role: try row["role"].decode(String.self),
                       sha256: try row["sha256"].decode(String.self), size: try row["size"].decode(Int64.self))
    }

    /// The submission of `row`, without marks or files.
    static func submission(_ row: PostgresRandomAccessRow) throws -> Submission {
        let id = try row["id"].decode(Int64.self)
        let kindText = try row["kind"].decode(String.self)
        guard let kind = SubmissionKind(rawValue: kindText) else { throw PortfolioError(.corrupt, "submission.kind = '\(kindText)'") }
        var reports: [String: String] = [:]
        if let id = try row["report_id_sha256"].decode(String?.self) { reports["id"] = id }
        if let en = try row["report_en_sha256"].decode(String?.self) { reports["en"] = en }
        return Submission(
            id: id, lpseId: try row["lpse_id"].decode(String.self), kind: kind, paketSHA256: try row["paket_sha256"].decode(String.self),
            receivedAt: try instant(row, "received_at"), uploader: try row["uploader"].decode(String.self),
            createdAt: try instant(row, "created_at"), verification: try row["verification"].decode(String.self),
            signer: try row["signer"].decode(String.self), catalogVersion: try row["catalog_version"].decode(String.self),
            assessmentDate: try row["assessment_date"].decode(String.self), terpenuhi: Int(try row["terpenuhi"].decode(Int64.self)),
            standardCount: Int(try row["standard_count"].decode(Int64.self)), eligible: try row["eligible"].decode(Bool.self),
            marks: [], reports: reports, files: [])
    }

    // MARK: - Users

    public func createUser(_ user: UserAccount) async throws(PortfolioError) -> UserAccount {
        try await run { connection in
            let rows = try await Self.rows(try await connection.query("""
                INSERT INTO app_user (username, display_name, role, lpse_id, password_hash, active, created_at)
                VALUES (\(user.username), \(user.displayName), \(user.role.rawValue), \(user.lpseId), \(user.passwordHash), \(user.active),
                        \(user.createdAt.description))
                RETURNING id
                """, logger: self.logger))
            var stored = user
            stored.id = try rows.first?["id"].decode(Int64.self)
            return stored
        }
    }

    public func user(named username: String) async throws(PortfolioError) -> UserAccount? {
        try await read { connection in
            try await Self.rows(try await connection.query("SELECT * FROM app_user WHERE username = \(username)", logger: self.logger)).first.map(Self.user)
        }
    }

    public func user(id: Int64) async throws(PortfolioError) -> UserAccount? {
        try await read { connection in
            try await Self.rows(try await connection.query("SELECT * FROM app_user WHERE id = \(id)", logger: self.logger)).first.map(Self.user)
        }
    }

    public func users() async throws(PortfolioError) -> [UserAccount] {
        try await read { connection in
            try await Self.rows(try await connection.query("SELECT * FROM app_user ORDER BY username", logger: self.logger)).map(Self.user)
        }
    }

    public func setActive(_ username: String, _ active: Bool) async throws(PortfolioError) -> Bool {
        try await run { connection in
            let rows = try await Self.rows(try await connection.query(
                "UPDATE app_user SET active = \(active) WHERE username = \(username) RETURNING id", logger: self.logger))
            if !active {
                try await connection.query(
                    "DELETE FROM app_session WHERE user_id IN (SELECT id FROM app_user WHERE username = \(username))", logger: self.logger)
            }
            return !rows.isEmpty
        }
    }

    static func user(_ row: PostgresRandomAccessRow) throws -> UserAccount {
        let roleText = try row["role"].decode(String.self)
        guard let role = UserRole(rawValue: roleText) else { throw PortfolioError(.corrupt, "app_user.role = '\(roleText)'") }
        return UserAccount(id: try row["id"].decode(Int64.self), username: try row["username"].decode(String.self),
                           displayName: try row["display_name"].decode(String.self), role: role,
                           lpseId: try row["lpse_id"].decode(String?.self), passwordHash: try row["password_hash"].decode(String.self),
                           active: try row["active"].decode(Bool.self), createdAt: try instant(row, "created_at"))
    }

    // MARK: - Sessions

    public func createSession(_ session: SessionRecord) async throws(PortfolioError) {
        try await run { connection in
            try await connection.query("""
                INSERT INTO app_session (token_hash, user_id, csrf_token, created_at, expires_at)
                VALUES (\(session.tokenHash), \(session.userId), \(session.csrfToken), \(session.createdAt.description), \(session.expiresAt.description))
                """, logger: self.logger)
        }
    }

    public func session(tokenHash: String, at now: Instant) async throws(PortfolioError) -> SessionRecord? {
        try await read { connection in
            guard let row = try await Self.rows(try await connection.query(
                "SELECT * FROM app_session WHERE token_hash = \(tokenHash)", logger: self.logger)).first else { return nil }
            let session = SessionRecord(tokenHash: try row["token_hash"].decode(String.self), userId: try row["user_id"].decode(Int64.self),
                                        csrfToken: try row["csrf_token"].decode(String.self), createdAt: try Self.instant(row, "created_at"),
                                        expiresAt: try Self.instant(row, "expires_at"))
            return session.expiresAt > now ? session : nil
        }
    }

    public func deleteSession(tokenHash: String) async throws(PortfolioError) {
        try await run { connection in
            try await connection.query("DELETE FROM app_session WHERE token_hash = \(tokenHash)", logger: self.logger)
        }
    }

    public func deleteExpiredSessions(at now: Instant) async throws(PortfolioError) -> Int {
        try await run { connection in
            try await Self.rows(try await connection.query(
                "DELETE FROM app_session WHERE expires_at <= \(now.description) RETURNING token_hash", logger: self.logger)).count
        }
    }

    // MARK: - Audit

    public func appendAudit(_ entry: AuditEntry) async throws(PortfolioError) {
        try await run { connection in
            try await connection.query("""
                INSERT INTO audit_log (at, actor, action, object, detail)
                VALUES (\(entry.at.description), \(entry.actor), \(entry.action), \(entry.object), \(entry.detail))
                """, logger: self.logger)
        }
    }

    public func audit(limit: Int) async throws(PortfolioError) -> [AuditEntry] {
        try await read { connection in
            try await Self.rows(try await connection.query("SELECT * FROM audit_log ORDER BY id DESC LIMIT \(Int64(limit))", logger: self.logger)).map { row in
                AuditEntry(id: try row["id"].decode(Int64.self), at: try Self.instant(row, "at"), actor: try row["actor"].decode(String.self),
                           action: try row["action"].decode(String.self), object: try row["object"].decode(String.self),
                           detail: try row["detail"].decode(String.self))
            }
        }
    }

    // MARK: - Throttling

    public func recordLoginFailure(key: String, at: Instant, since: Instant) async throws(PortfolioError) -> Int {
        try await run { connection in
            try await connection.query("DELETE FROM login_failure WHERE key = \(key) AND at < \(since.description)", logger: self.logger)
            try await connection.query("INSERT INTO login_failure (key, at) VALUES (\(key), \(at.description))", logger: self.logger)
            let rows = try await Self.rows(try await connection.query(
                "SELECT COUNT(*) AS n FROM login_failure WHERE key = \(key) AND at >= \(since.description)", logger: self.logger))
            return Int(try rows.first?["n"].decode(Int64.self) ?? 0)
        }
    }

    public func loginFailures(key: String, since: Instant) async throws(PortfolioError) -> Int {
        try await read { connection in
            let rows = try await Self.rows(try await connection.query(
                "SELECT COUNT(*) AS n FROM login_failure WHERE key = \(key) AND at >= \(since.description)", logger: self.logger))
            return Int(try rows.first?["n"].decode(Int64.self) ?? 0)
        }
    }

    public func clearLoginFailures(key: String) async throws(PortfolioError) {
        try await run { connection in
            try await connection.query("DELETE FROM login_failure WHERE key = \(key)", logger: self.logger)
        }
    }
}
