#if canImport(Glibc)
import Glibc
#endif
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PatuhTestSupport
import Testing

/// Drives headless Chromium (Debian's `chromium` through `chromedriver`'s WebDriver HTTP API) through
/// the built `patuh server`: login, portfolio, paket upload, LPSE page, a pembinaan step, logout,
/// with a screenshot of each step saved under a temporary folder (printed).
@Suite("patuh server in a real browser", .serialized)
struct ServerBrowserTests {
    static let chromedriver = "/usr/bin/chromedriver"
    static let chromium = "/usr/bin/chromium"
    static var available: Bool {
        [chromedriver, chromium, "/usr/bin/curl"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A WebDriver session.
    struct Driver {
        let base: String
        let session: String
        static let element = "element-6066-11e4-a52e-4f735466cecf"

        /// One WebDriver command, sent with curl (Foundation's URLSession stalls on chromedriver's answers on Linux).
        static func call(_ method: String, _ url: String, _ body: [String: Any]? = nil) async throws -> [String: Any] {
            var arguments = ["-s", "--max-time", "120", "-X", method, url]
            if let body {
                let json = String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
                arguments += ["-H", "Content-Type: application/json", "--data-binary", json]
            }
            let result = try PatuhRunner.program("/usr/bin/curl", arguments)
            guard result.status == 0 else { throw Failure("curl \(method) \(url): exit \(result.status)") }
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
            if let value = object["value"] as? [String: Any], let error = value["error"] as? String {
                throw Failure("webdriver \(method) \(url): \(error): \(value["message"] ?? "")")
            }
            return object
        }

        static func start(base: String) async throws -> Driver {
            let capabilities: [String: Any] = ["capabilities": ["alwaysMatch": [
                "browserName": "chrome",
                "goog:chromeOptions": ["binary": ServerBrowserTests.chromium,
                                       "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1366,900",
                                                "--disable-dev-shm-usage", "--lang=id"]],
            ]]]
            let created = try await call("POST", base + "/session", capabilities)
            let value = try #require(created["value"] as? [String: Any])
            return Driver(base: base, session: try #require(value["sessionId"] as? String))
        }

        var url: String { base + "/session/" + session }

        func open(_ address: String) async throws { _ = try await Self.call("POST", url + "/url", ["url": address]) }
        func find(_ css: String) async throws -> String {
            let found = try await Self.call("POST", url + "/element", ["using": "css selector", "value": css])
            return try #require((found["value"] as? [String: Any])?[Self.element] as? String, "no element \(css)")
        }
        func type(_ css: String, _ text: String) async throws {
            _ = try await Self.call("POST", url + "/element/\(try await find(css))/value", ["text": text])
        }
        func click(_ css: String) async throws {
            _ = try await Self.call("POST", url + "/element/\(try await find(css))/click", [:])
        }
        func select(_ css: String, value: String) async throws {
            try await click("\(css) option[value='\(value)']")
        }
        func source() async throws -> String { try await Self.call("GET", url + "/source")["value"] as? String ?? "" }
        func currentURL() async throws -> String { try await Self.call("GET", url + "/url")["value"] as? String ?? "" }
        func screenshot(_ path: String) async throws {
            let value = try #require(try await Self.call("GET", url + "/screenshot")["value"] as? String)
            try #require(Data(base64Encoded: value)).write(to: URL(fileURLWithPath: path))
        }
        func quit() async { _ = try? await Self.call("DELETE", url) }
    }

    @Test("Login, portfolio, paket upload, LPSE page, a pembinaan step and logout in headless Chromium",
          .enabled(if: available, "chromium, chromium-driver or curl is not installed: no browser test"), .timeLimit(.minutes(3)))
    func browser() async throws {
        let made = try SamplePaket.get()
        let data = try PatuhRunner.temporaryFolder("patuh-server-browser")
        let shots = try PatuhRunner.temporaryFolder("patuh-server-screenshots")
        let env = ["PATUH_BCRYPT_COST": "4", "PATUH_NOW": TestWorkspace.now]
        #expect(try PatuhRunner.run(["server", "pengguna", "tambah", "asesor1", "--peran", "asesor", "--nama-lengkap", "Asesor Satu",
                                     "--data", data], environment: env, input: "kata-sandi-rahasia\n").status == 0)
        #expect(try PatuhRunner.run(["kunci", "percaya", made.publicKey, "-C", data + "/lkpp"]).status == 0)
        let server = try PatuhRunner.start(["server", "--alamat", "127.0.0.1:0", "--data", data], environment: env)
        defer { _ = server.stop() }
        let line = try #require(server.waitForLine(containing: "http://127.0.0.1:"))
        let site = try #require(line.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression).map { String(line[$0]) })

        let port = Int.random(in: 20000...40000)
        let driverProcess = try PatuhRunner.startProgram(Self.chromedriver, ["--port=\(port)", "--log-path=\(shots)/chromedriver.log"])
        // chromedriver does not stop on SIGTERM: SIGKILL (the browser was closed by Quit).
        defer { kill(driverProcess.processIdentifier, SIGKILL); driverProcess.waitUntilExit() }
        let base = "http://127.0.0.1:\(port)"
        var ready = false
        for _ in 0..<100 where !ready {
            ready = ((try? await Driver.call("GET", base + "/status"))?["value"] as? [String: Any])?["ready"] as? Bool ?? false
            if !ready { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(ready, "chromedriver did not start")
        let driver = try await Driver.start(base: base)
        do {
            try await driver.open(site + "/portofolio")
            #expect(try await driver.currentURL().contains("/masuk"))
            try await driver.screenshot(shots + "/1-masuk.png")
            try await driver.type("#nama", "asesor1")
            try await driver.type("#sandi", "kata-sandi-rahasia")
            try await driver.click("button[type=submit]")
            #expect(try await driver.source().contains("Portofolio LPSE"))
            try await driver.screenshot(shots + "/2-portofolio-kosong.png")

            try await driver.open(site + "/unggah")
            try await driver.type("#paket", made.paket)
            try await driver.click("main button[type=submit]")
            let uploaded = try await driver.source()
            #expect(uploaded.contains("Paket diterima:"), "\(uploaded.prefix(2000))")
            try await driver.screenshot(shots + "/3-unggah.png")

            try await driver.open(site + "/portofolio")
            #expect(try await driver.source().contains("12/17"))
            try await driver.screenshot(shots + "/4-portofolio.png")

            try await driver.open(site + "/lpse/lpse-kab-contoh")
            try await driver.type("#temuan", "TF-2026-07")
            try await driver.select("#standar", value: "S12")
            try await driver.type("#kontrol", "S12.3")
            try await driver.type("#uraian", "Uji pemulihan belum dilaksanakan")
            try await driver.type("#nomor", "R-001/2026")
            try await driver.screenshot(shots + "/5-lpse.png")
            try await driver.click("form[action^='/lpse/lpse-kab-contoh/kasus'] button[type=submit]")
            #expect(try await driver.currentURL().hasSuffix("/kasus/K-2026-001"))
            try await driver.select("#langkah", value: "terima")
            try await driver.type("#teks", "Tanda terima surat no. 12")
            try await driver.click("main form button[type=submit]")
            let recorded = try await driver.source()
            #expect(recorded.contains("Langkah dicatat sebagai peristiwa #2"))
            try await driver.screenshot(shots + "/6-kasus.png")

            try await driver.open(site + "/tenggat?lang=en")
            #expect(try await driver.source().contains("K-2026-001"))
            try await driver.screenshot(shots + "/7-tenggat-en.png")

            try await driver.click("header form button[type=submit]")
            #expect(try await driver.currentURL().contains("/masuk"))
            try await driver.open(site + "/portofolio")
            #expect(try await driver.currentURL().contains("/masuk"))
            try await driver.screenshot(shots + "/8-keluar.png")
        } catch {
            await driver.quit()
            throw error
        }
        await driver.quit()
        print("screenshots: \(shots)")
        try "\(shots)\n".write(toFile: NSTemporaryDirectory() + "patuh-server-screenshots-latest.txt", atomically: true, encoding: .utf8)
    }
}
