public import Core

/// LKPP's portfolio database: LPSEs, received submissions with their scores, users, sessions,
/// the audit log and login throttling. Two implementations (SQLite through GRDB, PostgreSQL)
/// pass the same contract suite; nothing SQL-specific leaves them.
///
/// Every method is safe to call concurrently. A failure is a ``PortfolioError`` (the
/// implementations declare it as their typed error; the requirements are declared untyped
/// because calls through `any PortfolioStore` with typed errors crash the release compiler's
/// coroutine splitting, Swift 6.3).
public protocol PortfolioStore: Sendable {
    /// A short name for logs and the health check (`sqlite`, `postgresql`).
    var kind: String { get }

    // MARK: LPSEs
    /// Adds the LPSE or updates its name, instansi, zone, province and kind.
    func saveLPSE(_ lpse: LPSERecord) async throws
    func lpse(_ id: String) async throws -> LPSERecord?
    /// Every LPSE, by id.
    func lpses() async throws -> [LPSERecord]

    // MARK: Submissions
    /// Stores a received submission with its marks and files in one transaction and returns it
    /// with its id. A paket already stored (same SHA-256) is refused with `.duplicate`.
    func addSubmission(_ submission: Submission) async throws -> Submission
    /// The submissions of `lpse`, newest first, with marks and files.
    func submissions(of lpse: String) async throws -> [Submission]
    /// Every submission of every LPSE, oldest first, with marks (files left empty): the portfolio's input.
    func allSubmissions() async throws -> [Submission]
    func submission(sha256: String) async throws -> Submission?
    /// The ids of the LPSEs that `filter` keeps, in `order` (descending when asked): the
    /// portfolio's filters and sort, done in the database on its latest-submission table.
    func portfolioIds(_ filter: PortfolioFilter, order: PortfolioOrder, descending: Bool) async throws -> [String]
    /// The portfolio lines of `ids` (one page), in that order; an unknown id is left out.
    func portfolioSummaries(_ ids: [String]) async throws -> [PortfolioSummary]
    /// Whether a stored file of any submission of `lpse` has this content hash.
    func lpseHasFile(_ lpse: String, sha256: String) async throws -> Bool
    /// A number that changes with every committed change to LPSEs and submissions (marks and
    /// files included), by this process or any other on the same database: what a page built
    /// from them is kept under (triggers keep it, so no writer can forget it).
    func revision() async throws -> Int64

    // MARK: Users
    /// Creates an account; an existing user name is refused with `.duplicate`.
    func createUser(_ user: UserAccount) async throws -> UserAccount
    func user(named username: String) async throws -> UserAccount?
    func user(id: Int64) async throws -> UserAccount?
    func users() async throws -> [UserAccount]
    /// Activates or deactivates an account; a deactivated account's sessions end. False when no such user.
    func setActive(_ username: String, _ active: Bool) async throws -> Bool

    // MARK: Sessions
    func createSession(_ session: SessionRecord) async throws
    /// The session whose token hashes to `tokenHash`, when it has not expired at `now`.
    func session(tokenHash: String, at now: Instant) async throws -> SessionRecord?
    func deleteSession(tokenHash: String) async throws
    /// Removes sessions expired at `now`; returns how many.
    func deleteExpiredSessions(at now: Instant) async throws -> Int

    // MARK: Audit
    func appendAudit(_ entry: AuditEntry) async throws
    /// The newest `limit` entries, newest first.
    func audit(limit: Int) async throws -> [AuditEntry]

    // MARK: Login throttling
    /// Records a failed login for `key` (account and address) at `at` and returns the failures
    /// of that key since `since`, this one included.
    func recordLoginFailure(key: String, at: Instant, since: Instant) async throws -> Int
    /// The failures of `key` since `since`.
    func loginFailures(key: String, since: Instant) async throws -> Int
    /// Forgets the failures of `key` (after a successful login).
    func clearLoginFailures(key: String) async throws

    /// Closes connections (PostgreSQL); a no-op for SQLite.
    func close() async
}

/// A portfolio store failure.
public struct PortfolioError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The database cannot be reached or written (a retry may succeed).
        case unavailable
        /// A stored value breaks an invariant.
        case corrupt
        /// A unique value already exists.
        case duplicate
    }

    public var kind: Kind
    public var detail: String

    public init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "\(kind.rawValue): \(detail)" }
}
