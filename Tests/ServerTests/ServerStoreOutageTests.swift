import Core
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PatuhTestSupport
import Portfolio
import Server
import Testing
import WebSupport

/// A portfolio store whose database can be taken away and given back, as a PostgreSQL restart
/// does: while it is down every call fails with `.unavailable`, as postgres-nio's refused
/// connections do.
final class OutageStore: PortfolioStore, @unchecked Sendable {
    let inner: any PortfolioStore
    private let lock = NSLock()
    private var isDown = false
    var kind: String { inner.kind }

    init(_ inner: any PortfolioStore) { self.inner = inner }

    var down: Bool {
        get { lock.withLock { isDown } }
        set { lock.withLock { isDown = newValue } }
    }

    private func check() throws(PortfolioError) {
        if down { throw PortfolioError(.unavailable, "connection refused (database restarting)") }
    }

    func saveLPSE(_ lpse: LPSERecord) async throws { try check(); try await inner.saveLPSE(lpse) }
    func lpse(_ id: String) async throws -> LPSERecord? { try check(); return try await inner.lpse(id) }
    func lpses() async throws -> [LPSERecord] { try check(); return try await inner.lpses() }
    func addSubmission(_ submission: Submission) async throws -> Submission { try check(); return try await inner.addSubmission(submission) }
    func submissions(of lpse: String) async throws -> [Submission] { try check(); return try await inner.submissions(of: lpse) }
    func allSubmissions() async throws -> [Submission] { try check(); return try await inner.allSubmissions() }
    func submission(sha256: String) async throws -> Submission? { try check(); return try await inner.submission(sha256: sha256) }
    func portfolioIds(_ filter: PortfolioFilter, order: PortfolioOrder, descending: Bool) async throws -> [String] {
        try check(); return try await inner.portfolioIds(filter, order: order, descending: descending)
    }
    func portfolioSummaries(_ ids: [String]) async throws -> [PortfolioSummary] { try check(); return try await inner.portfolioSummaries(ids) }
    func lpseHasFile(_ lpse: String, sha256: String) async throws -> Bool { try check(); return try await inner.lpseHasFile(lpse, sha256: sha256) }
    func revision() async throws -> Int64 { try check(); return try await inner.revision() }
    func createUser(_ user: UserAccount) async throws -> UserAccount { try check(); return try await inner.createUser(user) }
    func user(named username: String) async throws -> UserAccount? { try check(); return try await inner.user(named: username) }
    func user(id: Int64) async throws -> UserAccount? { try check(); return try await inner.user(id: id) }
    func users() async throws -> [UserAccount] { try check(); return try await inner.users() }
    func setActive(_ username: String, _ active: Bool) async throws -> Bool { try check(); return try await inner.setActive(username, active) }
    func createSession(_ session: SessionRecord) async throws { try check(); try await inner.createSession(session) }
    func session(tokenHash: String, at now: Instant) async throws -> SessionRecord? {
        try check(); return try await inner.session(tokenHash: tokenHash, at: now)
    }
    func deleteSession(tokenHash: String) async throws { try check(); try await inner.deleteSession(tokenHash: tokenHash) }
    func deleteExpiredSessions(at now: Instant) async throws -> Int { try check(); return try await inner.deleteExpiredSessions(at: now) }
    func appendAudit(_ entry: AuditEntry) async throws { try check(); try await inner.appendAudit(entry) }
    func audit(limit: Int) async throws -> [AuditEntry] { try check(); return try await inner.audit(limit: limit) }
    func recordLoginFailure(key: String, at: Instant, since: Instant) async throws -> Int {
        try check(); return try await inner.recordLoginFailure(key: key, at: at, since: since)
    }
    func loginFailures(key: String, since: Instant) async throws -> Int { try check(); return try await inner.loginFailures(key: key, since: since) }
    func clearLoginFailures(key: String) async throws { try check(); try await inner.clearLoginFailures(key: key) }
    func close() async { await inner.close() }
}

@Suite("patuh server: the portfolio database goes away and comes back")
struct ServerStoreOutageTests {
    @Test("While the database is unreachable pages, the API and the health check answer 503 (not 500); they recover when it is back, without a restart")
    func outageAnswers503ThenRecovers() async throws {
        let data = try PatuhRunner.temporaryFolder("patuh-server-outage")
        let paths = ServerPaths(data: data)
        try paths.prepare()
        let store = OutageStore(try SQLitePortfolioStore(path: paths.database))
        let service = LKPPService(store: store, paths: paths, clock: .fixed(ServerFixture.instant), bcryptCost: 4)
        _ = try await service.addUser(username: "asesor", displayName: "Asesor", role: .asesor, lpse: nil, password: ServerFixture.password)
        let app = try ServerApp(service: service, options: ServerOptions(secureCookies: false, uploadLimit: 1024 * 1024))
        let application = Application(router: app.router())
        try await application.test(.router) { client in
            let asesor = try await Web.login(client, "asesor")
            store.down = true
            for uri in ["/portofolio", "/tenggat", "/lpse/lpse-kab-contoh", "/portofolio?lang=en"] {
                let response = try await client.execute(uri: uri, method: .get, headers: asesor.headers)
                #expect(response.status == .serviceUnavailable, "\(uri)")
            }
            let page = try await client.execute(uri: "/portofolio", method: .get, headers: asesor.headers)
            #expect(Web.body(page).contains("Basis data portofolio sedang tidak dapat dihubungi"))
            let api = try await client.execute(uri: "/api/v1/lpse", method: .get, headers: asesor.headers)
            #expect(api.status == .serviceUnavailable)
            #expect(Web.body(api).contains("\"error\":\"web.error.unavailable\""))
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .serviceUnavailable)
            // The login form is no 500 either.
            let login = try await client.execute(uri: "/masuk", method: .get)
            #expect(login.status != .internalServerError)

            store.down = false
            let back = try await client.execute(uri: "/portofolio", method: .get, headers: asesor.headers)
            #expect(back.status == .ok)
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
        }
    }
}
