#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Assessment
import Catalog
public import Core
import EvidenceRegistry
import Foundation
import HummingbirdBcrypt
import Paket
public import Pembinaan
public import Portfolio
import Reporting
import Store
import WebSupport
public import Workspace

/// The server's use cases: what LKPP does through the web, on the portfolio store and on LKPP's
/// own workspace (`--data/lkpp`), whose case log, assessment history and trust list are the ones
/// the CLI's `pembinaan`, `sertifikat` and `paket` commands use. Pages and the API call these
/// and render; nothing here knows HTTP.
public final class LKPPService: Sendable {
    public let store: any PortfolioStore
    /// LKPP's workspace: cases, certificates, assessment history, trust list.
    public let lkpp: PatuhWorkspace
    public let paths: ServerPaths
    public let clock: Clock
    /// LKPP's zone for "today" on pages that are not about one LPSE.
    public let zone: IndonesianZone = .wib
    /// bcrypt's cost for new passwords.
    public let bcryptCost: UInt8

    public init(store: any PortfolioStore, paths: ServerPaths, clock: Clock, standards: String? = nil, bcryptCost: UInt8 = 12) {
        self.store = store
        self.paths = paths
        self.clock = clock
        self.bcryptCost = bcryptCost
        lkpp = PatuhWorkspace(root: paths.lkpp, standards: standards, clock: clock)
    }

    public var now: Instant { clock.now() }
    public var today: CivilDate { zone.civilDate(of: now) }

    // MARK: - Audit

    public func audit(_ actor: String, _ action: String, _ object: String, _ detail: String = "") async {
        try? await store.appendAudit(AuditEntry(at: now, actor: actor, action: action, object: object, detail: detail))
    }

    // MARK: - Users

    /// Adds an account; the password is hashed with bcrypt. An `lpse` account needs `lpse`.
    public func addUser(username: String, displayName: String?, role: UserRole, lpse: String?, password: String) async throws -> UserAccount {
        guard username.range(of: #"^[a-z0-9][a-z0-9._-]{1,63}$"#, options: .regularExpression) != nil else {
            throw ServiceError.invalid("server.user.badName", ["name": username])
        }
        guard password.count >= 10 else { throw ServiceError.invalid("server.user.shortPassword", ["min": "10"]) }
        if role == .lpse && (lpse ?? "").isEmpty { throw ServiceError.invalid("server.user.lpseNeeded") }
        if role != .lpse && lpse != nil { throw ServiceError.invalid("server.user.lpseOnlyForLPSE") }
        let account = UserAccount(username: username, displayName: displayName ?? username, role: role, lpseId: lpse,
                                  passwordHash: Bcrypt.hash(password, cost: bcryptCost), createdAt: now)
        let stored: UserAccount
        do {
            stored = try await store.createUser(account)
        } catch let error as PortfolioError where error.kind == .duplicate {
            throw ServiceError.invalid("server.user.exists", ["name": username])
        }
        await audit("cli", "pengguna-tambah", "pengguna:\(username)", role.rawValue)
        return stored
    }

    /// Deactivates an account and ends its sessions.
    public func deactivate(username: String) async throws {
        let changed = try await store.setActive(username, false)
        guard changed else { throw ServiceError.notFound("server.user.unknown", ["name": username]) }
        await audit("cli", "pengguna-nonaktif", "pengguna:\(username)")
    }

    // MARK: - Login

    public enum LoginOutcome: Sendable {
        case success(UserAccount, token: String, session: SessionRecord)
        case refused
        case throttled
    }

    /// Failed logins allowed per account and address in ``throttleWindow`` seconds.
    public static let throttleLimit = 5
    public static let throttleWindow: Int64 = 15 * 60
    /// How long a session lasts.
    public static let sessionLifetime: Int64 = 8 * 3600

    /// A bcrypt hash that matches nothing, verified for unknown accounts so that both answers take as long.
    static let decoyHash = Bcrypt.hash("decoy-\(UUID().uuidString)", cost: 10)

    /// Checks the password; on success starts a new session (a new random id: a session
    /// planted before login is never reused) and ends `previous` if any.
    public func login(username: String, password: String, address: String, previous: String?) async throws -> LoginOutcome {
        let key = username.lowercased() + "|" + address
        let since = now.adding(seconds: -Self.throttleWindow)
        let failures = try await store.loginFailures(key: key, since: since)
        if failures >= Self.throttleLimit {
            await audit(username, "login-ditahan", "pengguna:\(username)", address)
            return .throttled
        }
        let account = try await store.user(named: username)
        let matches = Bcrypt.verify(password, hash: account?.passwordHash ?? Self.decoyHash)
        guard let account, matches, account.active, let userId = account.id else {
            _ = try await store.recordLoginFailure(key: key, at: now, since: since)
            await audit(username, "login-gagal", "pengguna:\(username)", address)
            return .refused
        }
        try await store.clearLoginFailures(key: key)
        if let previous { try await store.deleteSession(tokenHash: previous) }
        let token = Tokens.random()
        let session = SessionRecord(tokenHash: Tokens.sha256(token), userId: userId, csrfToken: Tokens.random(),
                                    createdAt: now, expiresAt: now.adding(seconds: Self.sessionLifetime))
        try await store.createSession(session)
        await audit(username, "login", "pengguna:\(username)", address)
        return .success(account, token: token, session: session)
    }

    public func logout(tokenHash: String, actor: String) async throws {
        try await store.deleteSession(tokenHash: tokenHash)
        await audit(actor, "logout", "pengguna:\(actor)")
    }

    // MARK: - Access

    /// The LPSE `id` when `user` may see it; `notFound` otherwise (an LPSE user asking about
    /// another LPSE learns nothing, not even that it exists).
    public func visibleLPSE(_ id: String, to user: UserAccount) async throws -> LPSERecord {
        guard user.mayAccess(lpse: id) else { throw ServiceError.notFound("web.error.notFound") }
        // (A typed-throws call inside the guard's condition crashes the release compiler's
        // coroutine splitting, Swift 6.3: the lookup is its own statement.)
        let found: LPSERecord?
        do {
            found = try await store.lpse(id)
        } catch {
            throw error
        }
        guard let lpse = found else { throw ServiceError.notFound("web.error.notFound") }
        return lpse
    }

    /// The LPSEs `user` may see.
    public func visibleLPSEs(to user: UserAccount) async throws -> [LPSERecord] {
        try await store.lpses().filter { user.mayAccess(lpse: $0.id) }
    }

    /// The case `id` when `user` may see it.
    public func visibleCase(_ id: String, to user: UserAccount) async throws -> CaseOverview {
        try await offLoop { try self.visibleCaseNow(id, to: user) }
    }

    /// ``visibleCase(_:to:)`` on the calling thread (inside a use case already off the loop).
    func visibleCaseNow(_ id: String, to user: UserAccount) throws -> CaseOverview {
        let snapshot = try lkpp.pembinaanRecord()
        guard let state = snapshot.register.cases[id], user.mayAccess(lpse: state.lpse) else {
            throw ServiceError.notFound("web.error.notFound")
        }
        guard let overview = try lkpp.pembinaanOverview(lpse: state.lpse, caseId: id).cases.first else {
            throw ServiceError.notFound("web.error.notFound")
        }
        return overview
    }

    /// The path of stored file `sha256` when it belongs to a submission of `lpse` that `user` may see.
    public func visibleFile(_ sha256: String, of lpse: String, to user: UserAccount) async throws -> String {
        guard user.mayAccess(lpse: lpse), sha256.count == 64, Tokens.isToken(sha256),
              try await store.lpseHasFile(lpse, sha256: sha256) else {
            throw ServiceError.notFound("web.error.notFound")
        }
        let path = paths.file(sha256)
        guard FileManager.default.fileExists(atPath: path) else { throw ServiceError.notFound("web.error.notFound") }
        return path
    }
}

/// Where the server runs the synchronous work of LKPP's workspace (reading and folding the case
/// log through GRDB, appending to it): never on the cooperative threads the request handlers
/// and NIO share, so a long fold does not stall other requests.
private let workspaceQueue = DispatchQueue(label: "patuh.server.workspace", qos: .userInitiated, attributes: .concurrent)

extension LKPPService {
    /// Runs `work` on the workspace queue and waits for it without blocking a thread.
    public func offLoop<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            workspaceQueue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}

/// A refusal of a server use case, shown to the user in their language.
public enum ServiceError: Error, Sendable {
    /// The input is wrong (400).
    case invalid(String, [String: String] = [:])
    /// Not there, or not for this user (404).
    case notFound(String, [String: String] = [:])
    /// A use case of the workspace refused (422 on pages, with its own words).
    case refused(WorkspaceError)
    /// Not allowed for this role (403).
    case forbidden
}
