import Core
import Foundation
import Portfolio
import PostgresNIO
import Logging
import Testing

/// A way to make an empty store: the SQLite file in a fresh folder, and (when
/// `PATUH_TEST_POSTGRES_URL` is set) a fresh PostgreSQL schema.
struct StoreFactory: Sendable, CustomStringConvertible {
    let description: String
    let make: @Sendable () async throws -> any PortfolioStore

    static let sqlite = StoreFactory(description: "sqlite") {
        let folder = NSTemporaryDirectory() + "patuh-portfolio-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try SQLitePortfolioStore(path: folder + "/" + SQLitePortfolioStore.fileName)
    }

    /// Every store this machine can run.
    static var all: [StoreFactory] { [.sqlite] + PostgresFactory.factories }
}

/// The contract every `PortfolioStore` keeps, run over every implementation.
@Suite("PortfolioStore contract")
struct PortfolioStoreContractTests {
    static let t0 = Instant(iso8601: "2026-11-25T02:00:00Z")!

    static func lpse(_ id: String, province: String? = "Jawa Tengah") -> LPSERecord {
        LPSERecord(id: id, name: "LPSE \(id)", instansi: "Pemerintah \(id)", zone: .wib, province: province, instansiKind: "kabupaten")
    }

    static func submission(_ lpse: String, sha: String, kind: SubmissionKind = .pengajuan, at: Instant = t0, met: Int = 12) -> Submission {
        Submission(lpseId: lpse, kind: kind, paketSHA256: sha, receivedAt: at, uploader: "asesor1", createdAt: at.adding(seconds: -3600),
                   verification: "ok", signer: "SHA256:abc", catalogVersion: "2026.1", assessmentDate: "2026-11-20",
                   terpenuhi: met, standardCount: 17, eligible: met == 17,
                   marks: [StandardMark(standardId: "S01", percent: 100, terpenuhi: true),
                           StandardMark(standardId: "S04", percent: 68.2, terpenuhi: false)],
                   reports: ["id": String(repeating: "a", count: 64)],
                   files: [SubmissionFile(path: "Evidence/S01/x.pdf", role: "bukti", sha256: String(repeating: "b", count: 64), size: 10)])
    }

    @Test("LPSEs are added, updated and listed by id", arguments: StoreFactory.all)
    func lpses(_ factory: StoreFactory) async throws {
        let store = try await factory.make()
        defer { Task { await store.close() } }
        try await store.saveLPSE(Self.lpse("lpse-b"))
        try await store.saveLPSE(Self.lpse("lpse-a", province: nil))
        var renamed = Self.lpse("lpse-b")
        renamed.name = "LPSE Baru"
        try await store.saveLPSE(renamed)
        let all = try await store.lpses()
        #expect(all.map(\.id) == ["lpse-a", "lpse-b"])
        #expect(all[0].province == nil)
        #expect(try await store.lpse("lpse-b")?.name == "LPSE Baru")
        #expect(try await store.lpse("lpse-x") == nil)
    }

    @Test("A submission keeps its marks, files and reports; the same paket twice is a duplicate", arguments: StoreFactory.all)
    func submissions(_ factory: StoreFactory) async throws {
        let store = try await factory.make()
        defer { Task { await store.close() } }
        try await store.saveLPSE(Self.lpse("lpse-a"))
        try await store.saveLPSE(Self.lpse("lpse-b"))
        let first = try await store.addSubmission(Self.submission("lpse-a", sha: String(repeating: "1", count: 64)))
        #expect(first.id != nil)
        _ = try await store.addSubmission(Self.submission("lpse-a", sha: String(repeating: "2", count: 64), kind: .hasil,
                                                          at: Self.t0.adding(seconds: 86400), met: 17))
        await #expect(throws: PortfolioError.self) {
            _ = try await store.addSubmission(Self.submission("lpse-b", sha: String(repeating: "1", count: 64)))
        }
        let ofA = try await store.submissions(of: "lpse-a")
        #expect(ofA.map(\.kind) == [.hasil, .pengajuan])
        #expect(ofA[1].marks.map(\.standardId) == ["S01", "S04"])
        #expect(ofA[1].marks[1].percent == 68.2)
        #expect(ofA[1].files.first?.sha256 == String(repeating: "b", count: 64))
        #expect(ofA[0].terpenuhi == 17 && ofA[0].eligible)
        #expect(ofA[1].receivedAt == Self.t0)
        #expect(try await store.submissions(of: "lpse-b").isEmpty)
        let all = try await store.allSubmissions()
        #expect(all.count == 2)
        #expect(all[0].marks.count == 2)
        #expect(try await store.submission(sha256: String(repeating: "2", count: 64))?.kind == .hasil)
        #expect(try await store.lpseHasFile("lpse-a", sha256: String(repeating: "b", count: 64)))
        #expect(try await store.lpseHasFile("lpse-a", sha256: String(repeating: "a", count: 64)))
        #expect(try await store.lpseHasFile("lpse-b", sha256: String(repeating: "b", count: 64)) == false)
    }

    /// Four LPSEs: A (pengajuan 12, then hasil 17), B (pengajuan 15, then an older one 9
    /// received later but dated earlier), C (nothing submitted), D in another province (pengajuan 17).
    static func portfolio(_ store: any PortfolioStore) async throws {
        func lpse(_ id: String, _ name: String, province: String = "Jawa Tengah", kind: String = "kabupaten") -> LPSERecord {
            LPSERecord(id: id, name: name, instansi: "Pemerintah \(name)", zone: .wib, province: province, instansiKind: kind)
        }
        try await store.saveLPSE(lpse("lpse-a", "Ambon"))
        try await store.saveLPSE(lpse("lpse-b", "banda"))
        try await store.saveLPSE(lpse("lpse-c", "Cilacap", kind: "kota"))
        try await store.saveLPSE(lpse("lpse-d", "Denpasar", province: "Bali"))
        let day: Int64 = 86400
        _ = try await store.addSubmission(submission("lpse-a", sha: String(repeating: "a1", count: 32), at: t0, met: 12))
        _ = try await store.addSubmission(submission("lpse-a", sha: String(repeating: "a2", count: 32), kind: .hasil,
                                                     at: t0.adding(seconds: day), met: 17))
        _ = try await store.addSubmission(submission("lpse-b", sha: String(repeating: "b1", count: 32), at: t0.adding(seconds: 2 * day), met: 15))
        _ = try await store.addSubmission(submission("lpse-b", sha: String(repeating: "b2", count: 32), at: t0.adding(seconds: -day), met: 9))
        _ = try await store.addSubmission(submission("lpse-d", sha: String(repeating: "d1", count: 32), at: t0, met: 17))
    }

    @Test("The portfolio is filtered and ordered in the store on each LPSE's latest pengajuan and hasil", arguments: StoreFactory.all)
    func portfolioIds(_ factory: StoreFactory) async throws {
        let store = try await factory.make()
        defer { Task { await store.close() } }
        try await Self.portfolio(store)
        // By name ignoring case (banda between Ambon and Cilacap), both ways.
        #expect(try await store.portfolioIds(PortfolioFilter(), order: .name, descending: false) == ["lpse-a", "lpse-b", "lpse-c", "lpse-d"])
        #expect(try await store.portfolioIds(PortfolioFilter(), order: .name, descending: true) == ["lpse-d", "lpse-c", "lpse-b", "lpse-a"])
        // B's latest pengajuan is the one received last (15), not the one inserted last (9); C has none (-1).
        #expect(try await store.portfolioIds(PortfolioFilter(), order: .mandiri, descending: true) == ["lpse-d", "lpse-b", "lpse-a", "lpse-c"])
        #expect(try await store.portfolioIds(PortfolioFilter(), order: .faktual, descending: false) == ["lpse-b", "lpse-c", "lpse-d", "lpse-a"])
        // Standing: the latest hasil decides for A (17 of 17), the pengajuan for B and D.
        #expect(try await store.portfolioIds(PortfolioFilter(standing: "memenuhi"), order: .name, descending: false) == ["lpse-a", "lpse-d"])
        #expect(try await store.portfolioIds(PortfolioFilter(standing: "belum"), order: .name, descending: false) == ["lpse-b"])
        #expect(try await store.portfolioIds(PortfolioFilter(standing: "belum-menilai"), order: .name, descending: false) == ["lpse-c"])
        #expect(try await store.portfolioIds(PortfolioFilter(province: "Bali"), order: .name, descending: false) == ["lpse-d"])
        #expect(try await store.portfolioIds(PortfolioFilter(instansiKind: "kota"), order: .name, descending: false) == ["lpse-c"])
        // Search looks in id, name, instansi and province, ignoring case.
        #expect(try await store.portfolioIds(PortfolioFilter(search: "BANDA"), order: .name, descending: false) == ["lpse-b"])
        #expect(try await store.portfolioIds(PortfolioFilter(search: "bali"), order: .name, descending: false) == ["lpse-d"])
        #expect(try await store.portfolioIds(PortfolioFilter(search: "pemerintah c"), order: .name, descending: false) == ["lpse-c"])
        #expect(try await store.portfolioIds(PortfolioFilter(search: "%"), order: .name, descending: false).isEmpty)
        #expect(try await store.portfolioIds(PortfolioFilter(only: ["lpse-c", "lpse-a", "lpse-x"]), order: .name, descending: false)
                == ["lpse-a", "lpse-c"])
        #expect(try await store.portfolioIds(PortfolioFilter(only: []), order: .name, descending: false).isEmpty)
        #expect(try await store.portfolioIds(PortfolioFilter(province: "Jawa Tengah", standing: "memenuhi"), order: .name, descending: false)
                == ["lpse-a"])
        // A renamed LPSE sorts and is found by its new name.
        try await store.saveLPSE(LPSERecord(id: "lpse-c", name: "Ziarah", instansi: "Pemerintah Z", zone: .wib, province: "Jawa Tengah",
                                            instansiKind: "kota"))
        #expect(try await store.portfolioIds(PortfolioFilter(), order: .name, descending: false).last == "lpse-c")
        #expect(try await store.portfolioIds(PortfolioFilter(search: "cilacap"), order: .name, descending: false).isEmpty)
    }

    @Test("A page of the portfolio carries each LPSE's latest submissions with marks, and its mandiri trend", arguments: StoreFactory.all)
    func portfolioSummaries(_ factory: StoreFactory) async throws {
        let store = try await factory.make()
        defer { Task { await store.close() } }
        try await Self.portfolio(store)
        let page = try await store.portfolioSummaries(["lpse-b", "lpse-x", "lpse-a", "lpse-c"])
        #expect(page.map(\.lpse.id) == ["lpse-b", "lpse-a", "lpse-c"])
        #expect(page[0].mandiri?.terpenuhi == 15 && page[0].faktual == nil)
        #expect(page[0].trend == [9, 15])
        #expect(page[1].mandiri?.terpenuhi == 12 && page[1].faktual?.terpenuhi == 17)
        #expect(page[1].mandiri?.marks.map(\.standardId) == ["S01", "S04"])
        #expect(page[1].faktual?.marks.map(\.percent) == [100, 68.2])
        #expect(page[1].mandiri?.files.isEmpty == true)
        #expect(page[1].trend == [12])
        #expect(page[2].mandiri == nil && page[2].faktual == nil && page[2].trend.isEmpty)
        #expect(try await store.portfolioSummaries([]).isEmpty)
        // The same lines as the full submission list gives.
        let all = try await store.allSubmissions()
        #expect(page[0].mandiri?.paketSHA256 == all.last { $0.lpseId == "lpse-b" && $0.kind == .pengajuan }?.paketSHA256)
    }

    @Test("Users: unique names, deactivation ends their sessions", arguments: StoreFactory.all)
    func users(_ factory: StoreFactory) async throws {
        let store = try await factory.make()
        defer { Task { await store.close() } }
        let user = try await store.createUser(UserAccount(username: "budi", displayName: "Budi", role: .lpse, lpseId: "lpse-a",
                                                          passwordHash: "$2b$12$x", createdAt: Self.t0))
        let id = try #require(user.id)
        await #expect(throws: PortfolioError.self) {
            _ = try await store.createUser(UserAccount(username: "budi", displayName: "B", role: .admin, lpseId: nil,
                                                       passwordHash: "h", createdAt: Self.t0))
        }
        #expect(try await store.user(named: "budi")?.lpseId == "lpse-a")
        #expect(try await store.user(id: id)?.role == .lpse)
        try await store.createSession(SessionRecord(tokenHash: "t1", userId: id, csrfToken: "c1", createdAt: Self.t0,
                                                    expiresAt: Self.t0.adding(seconds: 3600)))
        #expect(try await store.session(tokenHash: "t1", at: Self.t0)?.csrfToken == "c1")
        #expect(try await store.setActive("budi", false))
        #expect(try await store.user(named: "budi")?.active == false)
        #expect(try await store.session(tokenHash: "t1", at: Self.t0) == nil)
        #expect(try await store.setActive("nobody", false) == false)
        #expect(try await store.users().map(\.username) == ["budi"])
    }

    @Test("Sessions expire and are deleted", arguments: StoreFactory.all)
    func sessions(_ factory: StoreFactory) async throws {
        let store = try await factory.make()
        defer { Task { await store.close() } }
        let user = try await store.createUser(UserAccount(username: "sari", displayName: "Sari", role: .asesor, lpseId: nil,
                                                          passwordHash: "h", createdAt: Self.t0))
        let userId = try #require(user.id)
        try await store.createSession(SessionRecord(tokenHash: "a", userId: userId, csrfToken: "c", createdAt: Self.t0,
                                                    expiresAt: Self.t0.adding(seconds: 60)))
        try await store.createSession(SessionRecord(tokenHash: "b", userId: userId, csrfToken: "c", createdAt: Self.t0,
                                                    expiresAt: Self.t0.adding(seconds: 7200)))
        #expect(try await store.session(tokenHash: "a", at: Self.t0.adding(seconds: 61)) == nil)
        #expect(try await store.deleteExpiredSessions(at: Self.t0.adding(seconds: 61)) == 1)
        try await store.deleteSession(tokenHash: "b")
        #expect(try await store.session(tokenHash: "b", at: Self.t0) == nil)
    }

    @Test("The revision moves with every change to LPSEs and submissions, and only then (not with sessions, users or the audit log)",
          arguments: StoreFactory.all)
    func revision(_ factory: StoreFactory) async throws {
        let store = try await factory.make()
        defer { Task { await store.close() } }
        var seen = [try await store.revision()]
        func moved() async throws -> Bool {
            let now = try await store.revision()
            defer { seen.append(now) }
            return !seen.contains(now)
        }
        try await store.saveLPSE(Self.lpse("lpse-a"))
        #expect(try await moved())
        try await store.saveLPSE(LPSERecord(id: "lpse-a", name: "Nama Baru", instansi: "Pemerintah", zone: .wita, province: nil, instansiKind: nil))
        #expect(try await moved())
        _ = try await store.addSubmission(Self.submission("lpse-a", sha: String(repeating: "a", count: 64)))
        #expect(try await moved())
        // A refused duplicate changes nothing.
        await #expect(throws: PortfolioError.self) {
            _ = try await store.addSubmission(Self.submission("lpse-a", sha: String(repeating: "a", count: 64)))
        }
        #expect(try await store.revision() == seen.last)
        let user = try await store.createUser(UserAccount(username: "rina", displayName: "Rina", role: .asesor, lpseId: nil,
                                                          passwordHash: "h", createdAt: Self.t0))
        try await store.createSession(SessionRecord(tokenHash: "r", userId: try #require(user.id), csrfToken: "c", createdAt: Self.t0,
                                                    expiresAt: Self.t0.adding(seconds: 60)))
        try await store.appendAudit(AuditEntry(at: Self.t0, actor: "rina", action: "masuk", object: "", detail: ""))
        _ = try await store.recordLoginFailure(key: "x", at: Self.t0, since: Self.t0)
        #expect(try await store.revision() == seen.last)
    }

    @Test("The audit log lists newest first", arguments: StoreFactory.all)
    func audit(_ factory: StoreFactory) async throws {
        let store = try await factory.make()
        defer { Task { await store.close() } }
        try await store.appendAudit(AuditEntry(at: Self.t0, actor: "admin", action: "login", object: "pengguna:admin"))
        try await store.appendAudit(AuditEntry(at: Self.t0.adding(seconds: 1), actor: "admin", action: "logout", object: "pengguna:admin"))
        let entries = try await store.audit(limit: 10)
        #expect(entries.map(\.action) == ["logout", "login"])
        #expect(try await store.audit(limit: 1).count == 1)
    }

    @Test("Login failures count inside their window and clear", arguments: StoreFactory.all)
    func throttling(_ factory: StoreFactory) async throws {
        let store = try await factory.make()
        defer { Task { await store.close() } }
        let window = Self.t0.adding(seconds: -900)
        #expect(try await store.recordLoginFailure(key: "budi|127.0.0.1", at: Self.t0.adding(seconds: -1000), since: Self.t0.adding(seconds: -2000)) == 1)
        #expect(try await store.recordLoginFailure(key: "budi|127.0.0.1", at: Self.t0, since: window) == 1)
        #expect(try await store.recordLoginFailure(key: "budi|127.0.0.1", at: Self.t0, since: window) == 2)
        #expect(try await store.recordLoginFailure(key: "budi|10.0.0.1", at: Self.t0, since: window) == 1)
        #expect(try await store.loginFailures(key: "budi|127.0.0.1", since: window) == 2)
        try await store.clearLoginFailures(key: "budi|127.0.0.1")
        #expect(try await store.loginFailures(key: "budi|127.0.0.1", since: window) == 0)
        #expect(try await store.loginFailures(key: "budi|10.0.0.1", since: window) == 1)
    }
}

/// PostgreSQL stores when `PATUH_TEST_POSTGRES_URL` names a server whose user may create
/// databases: each store gets a fresh database `patuh_test_<random>`.
enum PostgresFactory {
    static let url = ProcessInfo.processInfo.environment["PATUH_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    static var factories: [StoreFactory] {
        guard url != nil else { return [] }
        return [StoreFactory(description: "postgresql") { try await fresh() }]
    }

    /// A store on a new, empty database.
    static func fresh() async throws -> PostgresPortfolioStore {
        let base = try #require(url)
        let name = "patuh_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await PostgresAdmin.createDatabase(url: base, name: String(name))
        var components = try #require(URLComponents(string: base))
        components.path = "/" + name
        return try await PostgresPortfolioStore(url: try #require(components.string))
    }
}

@Suite("PortfolioStore on PostgreSQL")
struct PostgresStoreTests {
    @Test("Migrations run once: a second server on the same database finds the schema in place",
          .enabled(if: PostgresFactory.url != nil, "PATUH_TEST_POSTGRES_URL is not set: the PostgreSQL store is not tested on this machine"))
    func migratesOnce() async throws {
        let store = try await PostgresFactory.fresh()
        try await store.saveLPSE(LPSERecord(id: "lpse-a", name: "A", instansi: "I", zone: .wit))
        let url = try #require(store.url)
        await store.close()
        let again = try await PostgresPortfolioStore(url: url)
        #expect(try await again.lpse("lpse-a")?.zone == .wit)
        await again.close()
    }
}

/// Creates test databases.
enum PostgresAdmin {
    static func createDatabase(url: String, name: String) async throws {
        let components = try #require(URLComponents(string: url))
        let database = String(components.path.dropFirst())
        let configuration = PostgresClient.Configuration(host: components.host ?? "127.0.0.1", port: components.port ?? 5432,
                                                         username: components.user ?? "postgres", password: components.password,
                                                         database: database.isEmpty ? nil : database, tls: .disable)
        let client = PostgresClient(configuration: configuration)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            try await client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
            group.cancelAll()
        }
    }
}
