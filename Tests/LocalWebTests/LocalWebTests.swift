import Core
import EvidenceRegistry
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LocalWeb
import Paket
import PatuhTestSupport
import Testing
import WebSupport
import Workspace

/// `patuh buka` on a copy of the sample workspace, through its router in memory.
struct LocalFixture {
    static let token = String(repeating: "ab", count: 32)
    static let answers = "Evidence/penilaian-mandiri.xml"
    static let folder = "Evidence/S12-kelangsungan/S12.3"

    let root: String
    let app: LocalApp

    /// A copy of the sample at `PARENT/ws`, alone in a fresh parent folder (so a test can see
    /// that nothing was written beside the workspace).
    init(uploadLimit: Int64 = Int64(PatuhWorkspace.uploadLimit)) throws {
        let sample = try TestWorkspace.create("patuh-buka", copying: ["Evidence", "patuh.xml"])
        root = try PatuhRunner.temporaryFolder("patuh-buka-parent") + "/ws"
        try FileManager.default.moveItem(atPath: sample, toPath: root)
        let workspace = PatuhWorkspace(root: root, standards: TestWorkspace.packageRoot + "/Standards",
                                       clock: .fixed(Instant(iso8601: "2026-11-25T02:00:00Z")!))
        let keys = KeyStore(directory: try PatuhRunner.temporaryFolder("patuh-buka-kunci"))
        app = try LocalApp(workspace: workspace, options: LocalOptions(token: Self.token, keyStore: keys, uploadLimit: uploadLimit))
        try app.prepare()
    }

    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await Application(router: app.router()).test(.router, body)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: root + "/" + relative)
    }

    func entries(_ relative: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/" + relative)) ?? []).sorted()
    }

    /// Enters with the token: the session cookie and the CSRF token of the pages.
    static func enter(_ client: some TestClientProtocol) async throws -> (cookie: String, csrf: String) {
        let response = try await client.execute(uri: "/?token=\(token)", method: .get)
        #expect(response.status == .seeOther)
        let header = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(SessionCookies.name + "=") })
        let cookie = String(header.split(separator: ";")[0].dropFirst(SessionCookies.name.count + 1))
        let page = try await client.execute(uri: "/kontrol/S12.3", method: .get, headers: [.cookie: "\(SessionCookies.name)=\(cookie)"])
        let html = String(buffer: page.body)
        let range = try #require(html.range(of: #"name="_csrf" value=""#))
        return (cookie, String(html[range.upperBound...].prefix(64)))
    }

    static func value(of field: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(field)\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    static func encode(_ fields: [(String, String)]) -> ByteBuffer {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        return ByteBuffer(string: fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&"))
    }

    static func multipart(_ fields: [(String, String)], fileName: String, file: Data, boundary: String = "bukaBATAS42") -> ByteBuffer {
        ByteBuffer(bytes: Multipart.body(fields: fields, fileField: "berkas", fileName: fileName, contentType: "application/pdf",
                                         file: file, boundary: boundary))
    }

    static let multipartType = "multipart/form-data; boundary=bukaBATAS42"

    static func form(_ cookie: String, _ extra: HTTPFields = [:], type: String = "application/x-www-form-urlencoded") -> HTTPFields {
        var fields: HTTPFields = [.cookie: "\(SessionCookies.name)=\(cookie)", .contentType: type]
        for field in extra { fields[field.name] = field.value }
        return fields
    }
}

@Suite("patuh buka: the token, the session and forged posts")
struct LocalAccessTests {
    @Test("without the token's session every page and form is refused with 403 and told to use the printed address")
    func noSession() async throws {
        let fixture = try LocalFixture()
        try await fixture.test { client in
            for path in ["/", "/standar", "/standar/S12", "/kontrol/S12.3", "/kontrol/S12.3/unggah", "/laporan", "/kirim",
                         "/laporan/unduh/csv", "/kirim/berkas/paket-lpse-kab-contoh-2026-11-25.zip"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .forbidden, "\(path)")
                #expect(String(buffer: response.body).contains("alamat lengkap"), "\(path)")
            }
            let wrong = try await client.execute(uri: "/?token=" + String(repeating: "cd", count: 32), method: .get)
            #expect(wrong.status == .forbidden)
            #expect(wrong.headers[values: .setCookie].isEmpty)
            let forged = try await client.execute(uri: "/kontrol/S12.3", method: .post, headers: LocalFixture.form("0"),
                                                  body: LocalFixture.encode([("status", "memenuhi")]))
            #expect(forged.status == .forbidden)
            let english = try await client.execute(uri: "/?lang=en", method: .get)
            #expect(String(buffer: english.body).contains("full address"))
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
        }
    }

    @Test("the token sets an HttpOnly SameSite=Strict cookie and redirects to the clean address; the session then sees the pages")
    func token() async throws {
        let fixture = try LocalFixture()
        try await fixture.test { client in
            let response = try await client.execute(uri: "/standar?token=\(LocalFixture.token)&lang=en", method: .get)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/standar?lang=en")
            let header = try #require(response.headers[values: .setCookie].first)
            #expect(header.contains("HttpOnly") && header.contains("SameSite=Strict") && header.contains("Path=/"))
            let (cookie, _) = try await LocalFixture.enter(client)
            let page = try await client.execute(uri: "/", method: .get, headers: [.cookie: "\(SessionCookies.name)=\(cookie)"])
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("12 dari 17 standar terpenuhi"))
            #expect(html.contains("href=\"/kontrol/S12.3\""), "the first next step links to its control")
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            let english = try await client.execute(uri: "/?lang=en", method: .get, headers: [.cookie: "\(SessionCookies.name)=\(cookie)"])
            let text = String(buffer: english.body)
            #expect(text.contains("12 of 17 standards met") && !text.contains("Ringkasan penilaian mandiri"))
        }
    }

    @Test("a cross-site post is refused: no CSRF token, a wrong one, a foreign Origin, Sec-Fetch-Site cross-site; the file is untouched")
    func forgedPosts() async throws {
        let fixture = try LocalFixture()
        let before = try fixture.read(LocalFixture.answers)
        try await fixture.test { client in
            let (cookie, csrf) = try await LocalFixture.enter(client)
            let page = try await client.execute(uri: "/kontrol/S12.3", method: .get, headers: [.cookie: "\(SessionCookies.name)=\(cookie)"])
            let sha = try #require(LocalFixture.value(of: "sha256", in: String(buffer: page.body)))
            let fields = [("sha256", sha), ("status", "memenuhi"), ("fakta", "Palsu"), ("analisis", "Palsu")]
            let attempts: [(HTTPFields, [(String, String)])] = [
                (LocalFixture.form(cookie), fields),
                (LocalFixture.form(cookie), [("_csrf", String(repeating: "0", count: 64))] + fields),
                (LocalFixture.form(cookie, [.origin: "http://evil.example"]), [("_csrf", csrf)] + fields),
                (LocalFixture.form(cookie, [HTTPField.Name("Sec-Fetch-Site")!: "cross-site"]), [("_csrf", csrf)] + fields),
            ]
            for (headers, body) in attempts {
                let response = try await client.execute(uri: "/kontrol/S12.3", method: .post, headers: headers, body: LocalFixture.encode(body))
                #expect(response.status == .forbidden)
            }
            // A forged upload is refused before any byte of it is written.
            let upload = try await client.execute(uri: "/kontrol/S12.3/unggah", method: .post,
                                                  headers: LocalFixture.form(cookie, type: LocalFixture.multipartType),
                                                  body: LocalFixture.multipart([], fileName: "x.pdf", file: Data("%PDF".utf8)))
            #expect(upload.status == .forbidden)
        }
        #expect(try fixture.read(LocalFixture.answers) == before)
        #expect(fixture.entries(".patuh/unggah").isEmpty)
    }

    @Test("patuh buka refuses to listen beyond this computer or on a malformed address (exit 2)")
    func address() throws {
        let workspace = try TestWorkspace("patuh-buka-alamat", copying: ["Evidence", "patuh.xml"])
        for (address, words) in [("0.0.0.0:8080", "bukan alamat lokal"), (":8080", "bukan alamat lokal"),
                                 ("192.168.1.5:80", "bukan alamat lokal"), ("nonsense", "tidak sah")] {
            let result = try workspace.run(["buka", "--alamat", address, "--tanpa-peramban"])
            #expect(result.status == 2, "\(address)")
            #expect(result.stderr.contains(words), "\(address): \(result.stderr)")
        }
    }

    @Test("only loopback hosts are served or listened on")
    func loopback() {
        #expect(LocalApp.isLoopback(host: "127.0.0.1") && LocalApp.isLoopback(host: "::1") && LocalApp.isLoopback(host: "localhost"))
        #expect(!LocalApp.isLoopback(host: "0.0.0.0") && !LocalApp.isLoopback(host: "192.168.1.5") && !LocalApp.isLoopback(host: "evil.example"))
        #expect(!LocalApp.isLoopback(host: "127.0.0.1.evil.example"))
    }
}

@Suite("patuh buka: saving an answer and filing an upload")
struct LocalEditTests {
    @Test("the answer form saves through saveAnswer: the file has the new values and the page says so")
    func save() async throws {
        let fixture = try LocalFixture()
        try await fixture.test { client in
            let (cookie, csrf) = try await LocalFixture.enter(client)
            let page = try await client.execute(uri: "/kontrol/S12.3", method: .get, headers: [.cookie: "\(SessionCookies.name)=\(cookie)"])
            let sha = try #require(LocalFixture.value(of: "sha256", in: String(buffer: page.body)))
            let saved = try await client.execute(
                uri: "/kontrol/S12.3", method: .post, headers: LocalFixture.form(cookie),
                body: LocalFixture.encode([("_csrf", csrf), ("sha256", sha), ("status", "sebagian"), ("fakta", "Uji restore dilakukan."),
                                           ("analisis", "Simulasi BCP belum."),
                                           ("berkas", "S12-kelangsungan/S12.3/rekaman-uji-restore-backup_2026-08-27.csv")]))
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/kontrol/S12.3?disimpan=1")
        }
        let text = try fixture.read(LocalFixture.answers)
        #expect(text.contains("<control id=\"S12.3\" status=\"sebagian\">"))
        #expect(text.contains("<fakta>Uji restore dilakukan.</fakta>"))
        #expect(text.contains("<evidence file=\"S12-kelangsungan/S12.3/rekaman-uji-restore-backup_2026-08-27.csv\"/>"))
    }

    @Test("a file changed on disk since the page was loaded: refused with 409 and the difference, the typed values kept")
    func conflict() async throws {
        let fixture = try LocalFixture()
        try await fixture.test { client in
            let (cookie, csrf) = try await LocalFixture.enter(client)
            let page = try await client.execute(uri: "/kontrol/S12.3", method: .get, headers: [.cookie: "\(SessionCookies.name)=\(cookie)"])
            let sha = try #require(LocalFixture.value(of: "sha256", in: String(buffer: page.body)))
            // Someone edits the file in a text editor meanwhile.
            let edited = try fixture.read(LocalFixture.answers)
                .replacingOccurrences(of: "Uji coba BCP dan uji pemulihan backup belum pernah dilaksanakan.", with: "Diubah di editor teks.")
            try edited.write(toFile: fixture.root + "/" + LocalFixture.answers, atomically: true, encoding: .utf8)
            let response = try await client.execute(
                uri: "/kontrol/S12.3", method: .post, headers: LocalFixture.form(cookie),
                body: LocalFixture.encode([("_csrf", csrf), ("sha256", sha), ("status", "memenuhi"), ("fakta", "Ketikan saya"),
                                           ("analisis", "Analisis saya")]))
            #expect(response.status == .conflict)
            let html = String(buffer: response.body)
            #expect(html.contains("+     &lt;fakta&gt;Diubah di editor teks.&lt;/fakta&gt;"))
            #expect(html.contains("-     &lt;fakta&gt;Uji coba BCP"))
            #expect(html.contains(">Ketikan saya</textarea>") && html.contains(">Analisis saya</textarea>"))
            #expect(try fixture.read(LocalFixture.answers) == edited)
        }
    }

    @Test("an upload named ../../x or with a control character is filed under a clean name or refused; nothing lands outside the folder")
    func uploadNames() async throws {
        let fixture = try LocalFixture()
        let outside = (fixture.root as NSString).deletingLastPathComponent
        let folderBefore = fixture.entries(LocalFixture.folder)
        try await fixture.test { client in
            let (cookie, csrf) = try await LocalFixture.enter(client)
            let chosen = try await client.execute(uri: "/kontrol/S12.3/unggah", method: .post,
                                                  headers: LocalFixture.form(cookie, type: LocalFixture.multipartType),
                                                  body: LocalFixture.multipart([("_csrf", csrf), ("aturan", "S12.3.E1")],
                                                                               fileName: "../../x\u{07}.pdf", file: Data("%PDF-1.4 x".utf8)))
            #expect(chosen.status == .ok)
            let html = String(buffer: chosen.body)
            let proposed = try #require(LocalFixture.value(of: "nama", in: html))
            #expect(!proposed.contains("/") && !proposed.contains("\u{07}") && !proposed.contains(".."))
            let pending = try #require(LocalFixture.value(of: "unggahan", in: html))
            #expect(fixture.entries(".patuh/unggah") == [pending])
            for bad in ["../../x", "x\u{07}.pdf", "a/b.pdf"] {
                let refused = try await client.execute(
                    uri: "/kontrol/S12.3/unggah/simpan", method: .post, headers: LocalFixture.form(cookie),
                    body: LocalFixture.encode([("_csrf", csrf), ("unggahan", pending), ("asli", "../../x\u{07}.pdf"), ("aturan", "S12.3.E1"),
                                               ("nama", bad)]))
                #expect(refused.status == .unprocessableContent, "\(bad)")
                #expect(String(buffer: refused.body).contains("Tidak disimpan"))
            }
            // A forged pending id naming a path is refused before anything is read.
            let traversal = try await client.execute(
                uri: "/kontrol/S12.3/unggah/simpan", method: .post, headers: LocalFixture.form(cookie),
                body: LocalFixture.encode([("_csrf", csrf), ("unggahan", "../../../patuh.xml"), ("nama", "x.pdf")]))
            #expect(traversal.status == .badRequest)
            let filed = try await client.execute(
                uri: "/kontrol/S12.3/unggah/simpan", method: .post, headers: LocalFixture.form(cookie),
                body: LocalFixture.encode([("_csrf", csrf), ("unggahan", pending), ("asli", "../../x\u{07}.pdf"), ("aturan", "S12.3.E1"),
                                           ("nama", proposed)]))
            #expect(filed.status == .seeOther)
        }
        #expect(fixture.entries(LocalFixture.folder).count == folderBefore.count + 1)
        #expect(fixture.entries(".patuh/unggah").isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside) == ["ws"])
        for place in ["x", "Evidence/x", "Evidence/S12-kelangsungan/x", ".patuh/x"] {
            #expect(!fixture.exists(place), "\(place)")
        }
    }

    @Test("Kirim without a key of this LPSE makes one on the page (bad names and holders refused); only a built paket of this LPSE can be downloaded")
    func kirim() async throws {
        let fixture = try LocalFixture()
        try await fixture.test { client in
            let (cookie, csrf) = try await LocalFixture.enter(client)
            let headers: HTTPFields = [.cookie: "\(SessionCookies.name)=\(cookie)"]
            let page = String(buffer: try await client.execute(uri: "/kirim", method: .get, headers: headers).body)
            #expect(page.contains("Belum ada kunci tanda tangan untuk LPSE ini") && page.contains("patuh kunci buat lpse-kab-contoh"))
            #expect(!page.contains("<select id=\"kunci\""))

            // The key is made on the page: a holder with a line break (a second line in the key file) and a
            // name that is a path are refused; a good name makes the pair, shows the public key and unlocks the form.
            for (name, holder) in [("lpse-kab-contoh", "Kepala\nkunci: palsu"), ("../kunci", "Kepala LPSE")] {
                let refused = try await client.execute(uri: "/kirim/kunci", method: .post, headers: LocalFixture.form(cookie),
                                                       body: LocalFixture.encode([("_csrf", csrf), ("nama", name), ("pemilik", holder)]))
                #expect(refused.status == .unprocessableContent, "\(name)")
            }
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: fixture.app.options.keyStore.directory)) ?? []).isEmpty)
            let made = try await client.execute(uri: "/kirim/kunci", method: .post, headers: LocalFixture.form(cookie),
                                                body: LocalFixture.encode([("_csrf", csrf), ("nama", "lpse-kab-contoh"), ("pemilik", "Kepala LPSE")]))
            let madePage = String(buffer: made.body)
            #expect(made.status == .ok && madePage.contains("Kunci dibuat:") && madePage.contains("peran: lpse"), "\(madePage.prefix(2000))")
            let publicKey = try await client.execute(uri: "/kirim/kunci/lpse-kab-contoh.pub", method: .get, headers: headers)
            #expect(publicKey.status == .ok && String(buffer: publicKey.body).contains("lpse: lpse-kab-contoh"))
            #expect(try await client.execute(uri: "/kirim/kunci/lain.pub", method: .get, headers: headers).status == .notFound)
            let unlocked = String(buffer: try await client.execute(uri: "/kirim", method: .get, headers: headers).body)
            #expect(unlocked.contains("<select id=\"kunci\"") && unlocked.contains("lpse-kab-contoh"))
            for name in ["patuh.xml", "paket-lpse-lain-2026-11-25.zip", "paket-lpse-kab-contoh-2026-11-25.zip", "..%2Fpatuh.xml"] {
                let response = try await client.execute(uri: "/kirim/berkas/\(name)", method: .get, headers: headers)
                #expect(response.status == .notFound, "\(name)")
            }
        }
    }

    @Test("an upload beyond the limit is refused with 413 while it streams; no file is left anywhere")
    func overLimit() async throws {
        let fixture = try LocalFixture(uploadLimit: 64 * 1024)
        let folderBefore = fixture.entries(LocalFixture.folder)
        try await fixture.test { client in
            let (cookie, csrf) = try await LocalFixture.enter(client)
            let response = try await client.execute(uri: "/kontrol/S12.3/unggah", method: .post,
                                                    headers: LocalFixture.form(cookie, type: LocalFixture.multipartType),
                                                    body: LocalFixture.multipart([("_csrf", csrf)], fileName: "besar.pdf",
                                                                                 file: Data(repeating: 0x25, count: 1024 * 1024)))
            #expect(response.status == .contentTooLarge)
            #expect(String(buffer: response.body).contains("terlalu besar"))
        }
        #expect(fixture.entries(".patuh/unggah").isEmpty)
        #expect(fixture.entries(LocalFixture.folder) == folderBefore)
    }
}
