import Core
import Foundation
import HTTPTypes
import Hummingbird
import Pembinaan
import Store
import Workspace
import HummingbirdTesting
import PatuhTestSupport
import Portfolio
import Server
import Testing
import WebSupport

/// Sign-in, sessions, CSRF and throttling of `patuh server`, through its router.
@Suite("patuh server: sign-in, sessions, CSRF, throttling")
struct ServerSessionTests {
    static let pages = ["/portofolio", "/portofolio.csv", "/tenggat", "/sertifikat", "/unggah", "/pengguna",
                        "/lpse/lpse-kab-contoh", "/kasus/K-2026-001"]
    static let api = ["/api/v1/lpse", "/api/v1/lpse/lpse-kab-contoh", "/api/v1/lpse/lpse-kab-contoh/pengajuan", "/api/v1/tenggat",
                      "/api/v1/sertifikat", "/api/v1/lpse/lpse-kab-contoh/kasus"]

    @Test("A signed-out visitor is sent to the login page; the API answers 401; /healthz and the stylesheet are open")
    func signedOut() async throws {
        let fixture = try await ServerFixture(trustSample: false)
        try await fixture.test { client in
            for page in Self.pages {
                let response = try await client.execute(uri: page, method: .get)
                #expect(response.status == .seeOther, "\(page)")
                #expect(response.headers[.location]?.hasPrefix("/masuk?kembali=") == true, "\(page)")
            }
            for path in Self.api {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .unauthorized, "\(path)")
                #expect(Web.body(response).contains("\"error\":\"web.error.unauthorized\""))
            }
            let upload = try await client.execute(uri: "/api/v1/paket", method: .post, body: ByteBuffer(string: "x"))
            #expect(upload.status == .unauthorized)
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            let css = try await client.execute(uri: "/static/patuh.css", method: .get)
            #expect(Web.body(css).contains("box-sizing"))
        }
    }

    @Test("Login sets an HttpOnly SameSite=Strict session cookie, a new id each time (no fixation); logout ends it")
    func sessionCookie() async throws {
        let fixture = try await ServerFixture(trustSample: false)
        try await fixture.test { client in
            let first = try await Web.login(client, "asesor")
            let loginPage = try await client.execute(uri: "/masuk", method: .get)
            let token = Web.cookieValue(try #require(Web.setCookie(loginPage, "patuh_masuk")))
            // A second login from a browser that already carries a session (e.g. one planted by an attacker).
            let response = try await client.execute(
                uri: "/masuk", method: .post,
                headers: [.cookie: "patuh_masuk=\(token); \(SessionCookies.name)=\(first.cookie)", .contentType: "application/x-www-form-urlencoded"],
                body: Web.encode([("_csrf", token), ("nama", "asesor"), ("sandi", ServerFixture.password)]))
            #expect(response.status == .seeOther)
            let header = try #require(Web.setCookie(response, SessionCookies.name))
            #expect(header.contains("HttpOnly"))
            #expect(header.contains("SameSite=Strict"))
            #expect(header.contains("Path=/"))
            #expect(!header.contains("Secure"))
            let second = Web.cookieValue(header)
            #expect(second != first.cookie)
            #expect(Tokens.isToken(second))
            // The old session is gone, the new one works.
            let old = try await client.execute(uri: "/portofolio", method: .get, headers: [.cookie: "\(SessionCookies.name)=\(first.cookie)"])
            #expect(old.status == .seeOther)
            let page = try await client.execute(uri: "/portofolio", method: .get, headers: [.cookie: "\(SessionCookies.name)=\(second)"])
            #expect(page.status == .ok)
            let csrf = try #require(Web.csrf(in: Web.body(page)))
            let out = try await client.execute(uri: "/keluar", method: .post,
                                               headers: [.cookie: "\(SessionCookies.name)=\(second)", .contentType: "application/x-www-form-urlencoded"],
                                               body: Web.encode([("_csrf", csrf)]))
            #expect(out.status == .seeOther)
            #expect(Web.setCookie(out, SessionCookies.name)?.contains("Max-Age=0") == true)
            let after = try await client.execute(uri: "/portofolio", method: .get, headers: [.cookie: "\(SessionCookies.name)=\(second)"])
            #expect(after.status == .seeOther)
        }
        let actions = try await fixture.service.store.audit(limit: 20).map(\.action)
        #expect(actions.contains("login") && actions.contains("logout"))
    }

    @Test("Served over HTTPS (--https-only) the cookie is Secure")
    func secureCookie() async throws {
        let fixture = try await ServerFixture(secureCookies: true, trustSample: false)
        try await fixture.test { client in
            let loginPage = try await client.execute(uri: "/masuk", method: .get)
            let token = Web.cookieValue(try #require(Web.setCookie(loginPage, "patuh_masuk")))
            let response = try await client.execute(
                uri: "/masuk", method: .post,
                headers: [.cookie: "patuh_masuk=\(token)", .contentType: "application/x-www-form-urlencoded"],
                body: Web.encode([("_csrf", token), ("nama", "admin"), ("sandi", ServerFixture.password)]))
            #expect(try #require(Web.setCookie(response, SessionCookies.name)).contains("Secure"))
        }
    }

    @Test("Forms without the session's CSRF token, or posted from another site, are refused with 403")
    func csrf() async throws {
        let fixture = try await ServerFixture(trustSample: false)
        try await fixture.test { client in
            let browser = try await Web.login(client, "asesor")
            let missing = try await client.execute(uri: "/keluar", method: .post, headers: browser.form(), body: Web.encode([("x", "1")]))
            #expect(missing.status == .forbidden)
            #expect(Web.body(missing).contains("token keamanan"))
            let wrong = try await client.execute(uri: "/keluar", method: .post, headers: browser.form(),
                                                 body: Web.encode([("_csrf", String(repeating: "0", count: 64))]))
            #expect(wrong.status == .forbidden)
            let foreign = try await client.execute(uri: "/keluar", method: .post,
                                                   headers: browser.form([.origin: "https://evil.example"]),
                                                   body: Web.encode([("_csrf", browser.csrf)]))
            #expect(foreign.status == .forbidden)
            // An upload without the token is refused before any byte is written.
            var headers = browser.headers
            headers[.contentType] = Web.multipartType
            let upload = try await client.execute(uri: "/unggah", method: .post, headers: headers,
                                                  body: Web.multipart(csrf: nil, file: Data(repeating: 65, count: 4096)))
            #expect(upload.status == .forbidden)
            #expect(fixture.temporaryEntries().isEmpty)
            // The API needs X-CSRF-Token with a session cookie.
            let api = try await client.execute(uri: "/api/v1/paket", method: .post, headers: browser.headers, body: ByteBuffer(string: "PK"))
            #expect(api.status == .forbidden)
            // The session still works: the refusals changed nothing.
            let still = try await client.execute(uri: "/portofolio", method: .get, headers: browser.headers)
            #expect(still.status == .ok)
        }
    }

    @Test("Five failed logins per account and address in 15 minutes: the sixth try answers 429, even with the right password")
    func throttling() async throws {
        let fixture = try await ServerFixture(trustSample: false)
        try await fixture.test { client in
            func attempt(_ password: String) async throws -> TestResponse {
                let page = try await client.execute(uri: "/masuk", method: .get)
                let token = Web.cookieValue(try #require(Web.setCookie(page, "patuh_masuk")))
                return try await client.execute(uri: "/masuk", method: .post,
                                                headers: [.cookie: "patuh_masuk=\(token)", .contentType: "application/x-www-form-urlencoded"],
                                                body: Web.encode([("_csrf", token), ("nama", "budi"), ("sandi", password)]))
            }
            for _ in 0..<5 {
                let failed = try await attempt("salah-sekali-123")
                #expect(failed.status == .unauthorized)
                #expect(Web.body(failed).contains("kata sandi salah"))
            }
            let blocked = try await attempt(ServerFixture.password)
            #expect(blocked.status == .tooManyRequests)
            #expect(Web.body(blocked).contains("15 menit"))
            // Another account from the same address is not blocked.
            _ = try await Web.login(client, "sari")
        }
        #expect(try await fixture.service.store.audit(limit: 50).filter { $0.action == "login-gagal" }.count == 5)
    }

    @Test("Pages and error pages speak Indonesian, or English with ?lang=en, never mixed; every page carries the security headers")
    func languagesAndHeaders() async throws {
        let fixture = try await ServerFixture(trustSample: false)
        try await fixture.test { client in
            let browser = try await Web.login(client, "admin")
            let id = try await client.execute(uri: "/portofolio", method: .get, headers: browser.headers)
            #expect(Web.body(id).contains("Portofolio LPSE"))
            #expect(Web.body(id).contains("<html lang=\"id\">"))
            #expect(!Web.body(id).contains("Sign out"))
            let en = try await client.execute(uri: "/portofolio?lang=en", method: .get, headers: browser.headers)
            #expect(Web.body(en).contains("LPSE portfolio"))
            #expect(Web.body(en).contains("Sign out"))
            #expect(!Web.body(en).contains("Keluar"))
            #expect(!Web.body(en).contains("Portofolio LPSE"))
            let missing = try await client.execute(uri: "/tidak-ada?lang=en", method: .get, headers: browser.headers)
            #expect(missing.status == .notFound)
            #expect(Web.body(missing).contains("does not exist"))
            let hilang = try await client.execute(uri: "/tidak-ada", method: .get, headers: browser.headers)
            #expect(Web.body(hilang).contains("tidak ada"))
            for response in [id, en, missing] {
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
                #expect(response.headers[.contentSecurityPolicy]?.contains("script") == false)
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
                #expect(!Web.body(response).contains("<script"))
            }
        }
    }
}
