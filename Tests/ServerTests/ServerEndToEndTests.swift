import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PatuhTestSupport
import Testing

/// The built `patuh server` on a free loopback port: a user made with `patuh server pengguna
/// tambah` (password on stdin) signs in over real HTTP; SIGTERM stops it cleanly.
@Suite("patuh server end to end", .serialized)
struct ServerEndToEndTests {
    /// Follows no redirect, so the login's 303 and its cookie are seen.
    final class NoRedirect: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            completionHandler(nil)
        }
    }

    static func fetch(_ session: URLSession, _ request: URLRequest) async throws -> (HTTPURLResponse, String) {
        let (data, response) = try await session.data(for: request)
        return (response as! HTTPURLResponse, String(decoding: data, as: UTF8.self))
    }

    @Test("patuh server pengguna tambah, then a login over HTTP and the portfolio page; SIGTERM exits 0")
    func loginOverHTTP() async throws {
        let data = try PatuhRunner.temporaryFolder("patuh-server-e2e")
        let env = ["PATUH_BCRYPT_COST": "4"]
        let added = try PatuhRunner.run(["server", "pengguna", "tambah", "asesor1", "--peran", "asesor", "--data", data],
                                        environment: env, input: "kata-sandi-rahasia\n")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Pengguna 'asesor1' (asesor) ditambahkan"))
        let refused = try PatuhRunner.run(["server", "pengguna", "tambah", "budi", "--peran", "lpse", "--data", data],
                                          environment: env, input: "kata-sandi-rahasia\n")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--lpse"), "\(refused.stderr)")
        let listed = try PatuhRunner.run(["server", "pengguna", "daftar", "--data", data])
        #expect(listed.stdout.contains("asesor1\tasesor"))

        let server = try PatuhRunner.start(["server", "--alamat", "127.0.0.1:0", "--data", data], environment: env)
        let line = try #require(server.waitForLine(containing: "http://127.0.0.1:"), "the server printed no address")
        let base = try #require(line.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression).map { String(line[$0]) })
        let session = URLSession(configuration: .ephemeral, delegate: NoRedirect(), delegateQueue: nil)

        let (health, ok) = try await Self.fetch(session, URLRequest(url: URL(string: base + "/healthz")!))
        #expect(health.statusCode == 200 && ok == "ok\n")
        let (loginPage, html) = try await Self.fetch(session, URLRequest(url: URL(string: base + "/masuk")!))
        #expect(loginPage.statusCode == 200)
        #expect(html.contains("Nama pengguna"))
        let setCookie = try #require(loginPage.value(forHTTPHeaderField: "Set-Cookie"))
        let token = try #require(setCookie.range(of: #"patuh_masuk=[0-9a-f]{64}"#, options: .regularExpression).map { String(setCookie[$0].dropFirst(12)) })

        var post = URLRequest(url: URL(string: base + "/masuk")!)
        post.httpMethod = "POST"
        post.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        post.setValue("patuh_masuk=\(token)", forHTTPHeaderField: "Cookie")
        post.httpBody = Data("_csrf=\(token)&nama=asesor1&sandi=kata-sandi-rahasia".utf8)
        let (loggedIn, _) = try await Self.fetch(session, post)
        #expect(loggedIn.statusCode == 303)
        let sessionCookie = try #require(loggedIn.value(forHTTPHeaderField: "Set-Cookie"))
        #expect(sessionCookie.contains("HttpOnly") && sessionCookie.contains("SameSite=Strict"))
        let value = try #require(sessionCookie.range(of: #"patuh_sesi=[0-9a-f]{64}"#, options: .regularExpression).map { String(sessionCookie[$0]) })

        var portfolio = URLRequest(url: URL(string: base + "/portofolio")!)
        portfolio.setValue(value, forHTTPHeaderField: "Cookie")
        let (page, body) = try await Self.fetch(session, portfolio)
        if page.statusCode != 200 { Issue.record("portfolio \(page.statusCode): \(server.stop().stderr)") }
        #expect(body.contains("Portofolio LPSE"))
        #expect(body.contains("asesor1"))

        let stopped = server.stop()
        #expect(stopped.status == 0, "\(stopped.stderr)")
        #expect(stopped.stderr.contains("\"level\""), "logs are JSON lines")

        // The data survives: a backup copy of the portfolio holds the user.
        let backup = data + "/cadangan.sqlite"
        let backedUp = try PatuhRunner.run(["server", "cadangkan", backup, "--data", data])
        #expect(backedUp.status == 0, "\(backedUp.stderr)")
        #expect(FileManager.default.fileExists(atPath: backup))
        let again = try PatuhRunner.run(["server", "cadangkan", backup, "--data", data])
        #expect(again.status == 2)
    }
}
