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
    @Test("Login, portfolio, paket upload, LPSE page, a pembinaan step and logout in headless Chromium",
          .enabled(if: WebDriver.available, "chromium, chromium-driver or curl is not installed: no browser test"), .timeLimit(.minutes(3)))
    func browser() async throws {
        let made = try SamplePaket.get()
        let data = try PatuhRunner.temporaryFolder("patuh-server-browser")
        let shots = try PatuhRunner.temporaryFolder("patuh-server-screenshots")
        let env = ["PATUH_BCRYPT_COST": "4", "PATUH_NOW": TestWorkspace.now]
        #expect(try PatuhRunner.run(["server", "pengguna", "tambah", "asesor1", "--peran", "asesor", "--nama-lengkap", "Asesor Satu",
                                     "--data", data], environment: env, input: "kata-sandi-rahasia\n").status == 0)
        #expect(try PatuhRunner.run(["server", "percaya", made.publicKey, "--data", data]).status == 0)
        let server = try PatuhRunner.start(["server", "--alamat", "127.0.0.1:0", "--data", data], environment: env)
        defer { _ = server.stop() }
        let line = try #require(server.waitForLine(containing: "http://127.0.0.1:"))
        let site = try #require(line.range(of: #"http://127\.0\.0\.1:\d+"#, options: .regularExpression).map { String(line[$0]) })

        let (driverProcess, base) = try await WebDriver.launchDriver(logFolder: shots)
        defer { WebDriver.stopDriver(driverProcess) }
        let driver = try await WebDriver.start(base: base)
        do {
            try await driver.open(site + "/portofolio")
            #expect(try await driver.currentURL().contains("/masuk"))
            try await driver.screenshot(shots + "/1-masuk.png")
            try await driver.type("#nama", "asesor1")
            try await driver.type("#sandi", "kata-sandi-rahasia")
            try await driver.click("button[type=submit]")
            #expect(try await driver.source(containing: "Portofolio LPSE").contains("Portofolio LPSE"))
            try await driver.screenshot(shots + "/2-portofolio-kosong.png")

            try await driver.open(site + "/unggah")
            try await driver.type("#paket", made.paket)
            try await driver.click("main button[type=submit]")
            let uploaded = try await driver.source(containing: "Paket diterima:")
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
            let recorded = try await driver.source(containing: "Langkah dicatat")
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
