import Core
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import PatuhTestSupport
import Portfolio
import Server
import Testing
import Workspace

/// The built `patuh server` killed with SIGKILL in the middle of a paket upload: nothing of the
/// paket is stored, and a server restarted on the same data folder serves the same data and takes
/// the same paket whole.
@Suite("patuh server faults", .serialized)
struct ServerFaultTests {
    static let environment = ["PATUH_BCRYPT_COST": "4", "PATUH_NOW": "2026-11-25T09:00:00+07:00"]

    /// Starts the server on `data`; its base URL.
    static func start(_ data: String) throws -> (PatuhRunner.Background, String) {
        let server = try PatuhRunner.start(["server", "--alamat", "127.0.0.1:0", "--data", data], environment: environment)
        let line = try #require(server.waitForLine(containing: "http://127.0.0.1:"), "the server printed no address")
        let base = try #require(line.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression).map { String(line[$0]) })
        return (server, base)
    }

    /// Signs `asesor1` in over HTTP: the session cookie (`patuh_sesi=...`) and the CSRF token of its forms.
    static func login(_ session: URLSession, _ base: String) async throws -> (cookie: String, csrf: String) {
        let (page, _) = try await ServerEndToEndTests.fetch(session, URLRequest(url: URL(string: base + "/masuk")!))
        let setCookie = try #require(page.value(forHTTPHeaderField: "Set-Cookie"))
        let token = try #require(setCookie.range(of: #"patuh_masuk=[0-9a-f]{64}"#, options: .regularExpression)
            .map { String(setCookie[$0].dropFirst(12)) })
        var post = URLRequest(url: URL(string: base + "/masuk")!)
        post.httpMethod = "POST"
        post.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        post.setValue("patuh_masuk=\(token)", forHTTPHeaderField: "Cookie")
        post.httpBody = Data("_csrf=\(token)&nama=asesor1&sandi=kata-sandi-rahasia".utf8)
        let (loggedIn, _) = try await ServerEndToEndTests.fetch(session, post)
        #expect(loggedIn.statusCode == 303)
        let sessionCookie = try #require(loggedIn.value(forHTTPHeaderField: "Set-Cookie"))
        let cookie = try #require(sessionCookie.range(of: #"patuh_sesi=[0-9a-f]{64}"#, options: .regularExpression).map { String(sessionCookie[$0]) })
        var portfolio = URLRequest(url: URL(string: base + "/unggah")!)
        portfolio.setValue(cookie, forHTTPHeaderField: "Cookie")
        let (_, html) = try await ServerEndToEndTests.fetch(session, portfolio)
        let csrf = try #require(html.range(of: #"name="_csrf" value="[0-9a-f]{64}"#, options: .regularExpression)
            .map { String(html[$0].suffix(64)) })
        return (cookie, csrf)
    }

    /// The multipart body of the upload form with `file`.
    static func uploadBody(csrf: String, file: Data) -> Data {
        Multipart.body(fields: [("_csrf", csrf)], fileField: "paket", fileName: "paket.zip", contentType: "application/zip",
                       file: file, boundary: "patuhBATAS123")
    }

    /// Connects to `port` on loopback and writes `bytes`; the socket stays open (the caller closes it).
    static func send(port: Int, _ bytes: Data) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure("socket: \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure("connect: \(errno)") }
        var sent = 0
        try bytes.withUnsafeBytes { buffer in
            while sent < buffer.count {
                let n = Glibc.send(socket, buffer.baseAddress! + sent, buffer.count - sent, Int32(MSG_NOSIGNAL))
                guard n > 0 else { throw Failure("send: \(errno)") }
                sent += n
            }
        }
        return socket
    }

    @Test("SIGKILL during a paket upload leaves no half-stored paket; the restarted server serves the same data and takes the paket")
    func killDuringUpload() async throws {
        let made = try SamplePaket.get()
        let data = try ServerData.prepared("patuh-server-kill", user: "asesor1", password: "kata-sandi-rahasia", environment: Self.environment)

        let (server, base) = try Self.start(data)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false   // each request carries the cookie it is given, nothing else
        let session = URLSession(configuration: configuration, delegate: ServerEndToEndTests.NoRedirect(), delegateQueue: nil)
        let (cookie, csrf) = try await Self.login(session, base)
        let body = Self.uploadBody(csrf: csrf, file: try Data(contentsOf: URL(fileURLWithPath: made.paket)))
        let port = try #require(Int(base.split(separator: ":").last ?? ""))
        let head = "POST /unggah HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nCookie: \(cookie)\r\n"
            + "Content-Type: multipart/form-data; boundary=patuhBATAS123\r\nContent-Length: \(body.count)\r\n\r\n"
        // Headers and half of the body: the server is streaming the paket into its temporary folder.
        let socket = try Self.send(port: port, Data(head.utf8) + body.prefix(body.count / 2))
        defer { close(socket) }
        let temporary = data + "/tmp"
        var receiving = false
        for _ in 0..<600 where !receiving {
            receiving = !((try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []).isEmpty
            if !receiving { usleep(50_000) }
        }
        #expect(receiving, "the upload never reached the temporary folder")
        kill(server.processIdentifier, SIGKILL)
        #expect(server.waitForExit() == SIGKILL)

        // Nothing of the paket is in the store or under berkas/.
        let store = try SQLitePortfolioStore(path: data + "/" + SQLitePortfolioStore.fileName)
        #expect(try await store.allSubmissions().isEmpty)
        #expect(try await store.lpses().isEmpty)
        #expect((FileManager.default.subpaths(atPath: data + "/berkas") ?? []).filter { $0.split(separator: "/").count == 3 }.isEmpty)

        // Restarted on the same data: the interrupted upload's leftovers are gone, the account still signs in.
        let (again, base2) = try Self.start(data)
        defer { _ = again.stop() }
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []).isEmpty)
        // The session opened before the kill is still there: the same data is served.
        var before = URLRequest(url: URL(string: base2 + "/portofolio")!)
        before.setValue(cookie, forHTTPHeaderField: "Cookie")
        let (kept, keptHTML) = try await ServerEndToEndTests.fetch(session, before)
        #expect(kept.statusCode == 200 && keptHTML.contains("asesor1"))
        let (cookie2, csrf2) = try await Self.login(session, base2)
        var upload = URLRequest(url: URL(string: base2 + "/unggah")!)
        upload.httpMethod = "POST"
        upload.setValue(cookie2, forHTTPHeaderField: "Cookie")
        upload.setValue("multipart/form-data; boundary=patuhBATAS123", forHTTPHeaderField: "Content-Type")
        upload.httpBody = Self.uploadBody(csrf: csrf2, file: try Data(contentsOf: URL(fileURLWithPath: made.paket)))
        let (response, html) = try await ServerEndToEndTests.fetch(session, upload)
        #expect(response.statusCode == 200, "\(html)")
        let stored = try await store.allSubmissions()
        #expect(stored.count == 1 && stored.first?.lpseId == "lpse-kab-contoh" && stored.first?.terpenuhi == 12)
        var page = URLRequest(url: URL(string: base2 + "/lpse/lpse-kab-contoh")!)
        page.setValue(cookie2, forHTTPHeaderField: "Cookie")
        let (lpse, lpseHTML) = try await ServerEndToEndTests.fetch(session, page)
        #expect(lpse.statusCode == 200 && lpseHTML.contains(stored.first?.paketSHA256.prefix(16) ?? "-"))
    }

    @Test("SIGKILL at any moment of a paket's intake (verifying, scoring, storing): the paket is stored whole or not at all, and sent again after a restart it is stored once, with LKPP's assessment record")
    func killDuringIntake() async throws {
        let made = try SamplePaket.get()
        let paket = try Data(contentsOf: URL(fileURLWithPath: made.paket))
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        let session = URLSession(configuration: configuration, delegate: ServerEndToEndTests.NoRedirect(), delegateQueue: nil)
        // Milliseconds between the last byte of the upload and the kill: the intake (checking
        // every hash, scoring in a staging workspace, rendering the reports, storing) takes
        // longer than the shortest and less than the longest, so the kills fall in its phases.
        var storedBeforeRestart: [Int] = []
        for delay in [0, 200, 600, 1500, 4000] {
            let data = try ServerData.prepared("patuh-server-kill-intake", user: "asesor1", password: "kata-sandi-rahasia",
                                               environment: Self.environment)
            let paths = ServerPaths(data: data)
            let (server, base) = try Self.start(data)
            let (cookie, csrf) = try await Self.login(session, base)
            let body = Self.uploadBody(csrf: csrf, file: paket)
            let port = try #require(Int(base.split(separator: ":").last ?? ""))
            let head = "POST /unggah HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nCookie: \(cookie)\r\n"
                + "Content-Type: multipart/form-data; boundary=patuhBATAS123\r\nContent-Length: \(body.count)\r\n\r\n"
            let socket = try Self.send(port: port, Data(head.utf8) + body)
            usleep(useconds_t(delay * 1000))
            kill(server.processIdentifier, SIGKILL)
            #expect(server.waitForExit() == SIGKILL)
            close(socket)

            // Whole or nothing: a stored submission has every file and report under berkas/.
            let store = try SQLitePortfolioStore(path: paths.database)
            let before = try await store.allSubmissions()
            storedBeforeRestart.append(before.count)
            #expect(before.count <= 1, "after \(delay) ms")
            for submission in before {
                let whole = try #require(try await store.submission(sha256: submission.paketSHA256))
                #expect(!whole.files.isEmpty)
                for hash in whole.files.map(\.sha256) + Array(whole.reports.values) {
                    #expect(FileManager.default.fileExists(atPath: paths.file(hash)), "after \(delay) ms: \(hash) missing")
                }
            }

            // Restarted: the same paket again is taken (or refused as already stored), once.
            let (again, base2) = try Self.start(data)
            let (cookie2, csrf2) = try await Self.login(session, base2)
            var upload = URLRequest(url: URL(string: base2 + "/unggah")!)
            upload.httpMethod = "POST"
            upload.setValue(cookie2, forHTTPHeaderField: "Cookie")
            upload.setValue("multipart/form-data; boundary=patuhBATAS123", forHTTPHeaderField: "Content-Type")
            upload.httpBody = Self.uploadBody(csrf: csrf2, file: paket)
            let (response, html) = try await ServerEndToEndTests.fetch(session, upload)
            // Already stored: refused as a duplicate (the upload page answers 422 with the reason).
            #expect(response.statusCode == (before.isEmpty ? 200 : 422), "after \(delay) ms: \(response.statusCode) \(html.components(separatedBy: "<main>").last?.prefix(600) ?? "")")
            _ = again.stop()
            let after = try await store.allSubmissions()
            #expect(after.count == 1 && after.first?.terpenuhi == 12, "after \(delay) ms: \(after.count) stored; \(html.prefix(300))")
            // LKPP's assessment history has the mandiri the portfolio shows (certificates rest on it).
            let lkpp = PatuhWorkspace(root: paths.lkpp, standards: nil, clock: .system)
            let history = try lkpp.history(lpse: "lpse-kab-contoh")
            #expect(history.count == 1, "after \(delay) ms: \(history.count) assessment records")
        }
        // Not every kill came after the intake had finished (else this test proves nothing of the intake).
        #expect(storedBeforeRestart.contains(0))
    }
}
