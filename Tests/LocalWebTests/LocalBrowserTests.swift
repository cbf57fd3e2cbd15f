import Assessment
import Core
import EvidenceRegistry
import Foundation
import PatuhTestSupport
import Testing
import Workspace

/// Drives headless Chromium through the built `patuh buka` on a copy of the sample workspace, as a
/// Kepala LPSE would: enter with the printed address, file and ratify the simulation report of
/// S12.3, answer S12.3, run the report, build the paket; a screenshot of every page is saved in a
/// temporary folder (printed).
@Suite("patuh buka in a real browser", .serialized)
struct LocalBrowserTests {
    static let folder = "Evidence/S12-kelangsungan/S12.3"
    static let document = "laporan-simulasi_2026-11-20.pdf"

    @Test("open with the token, upload and ratify to S12.3 with the proposed name, answer S12.3, run the report: S12 is met",
          .enabled(if: WebDriver.available, "chromium, chromium-driver or curl is not installed: no browser test"), .timeLimit(.minutes(4)))
    func browser() async throws {
        let workspace = try TestWorkspace()
        let keys = ["XDG_CONFIG_HOME": try PatuhRunner.temporaryFolder("patuh-buka-kunci")]
        #expect(try workspace.run(["kunci", "buat", "lpse-kab-contoh"], environment: keys).status == 0)
        let shots = try PatuhRunner.temporaryFolder("patuh-buka-screenshots")
        let upload = try PatuhRunner.temporaryFolder("patuh-buka-dokumen") + "/" + Self.document
        try Data("%PDF-1.4 laporan simulasi kelangsungan layanan".utf8).write(to: URL(fileURLWithPath: upload))
        let before = try PatuhWorkspace(root: workspace.root, clock: .fixed(Instant(iso8601: "2026-11-25T02:00:00Z")!)).overview()
        #expect(before.scored.result.score.standards.first { $0.standardId == "S12" }?.terpenuhi == false)

        var environment = keys
        environment["PATUH_NOW"] = TestWorkspace.now
        let server = try PatuhRunner.start(["buka", workspace.root, "--alamat", "127.0.0.1:0", "--tanpa-peramban"], environment: environment)
        defer { _ = server.stop() }
        let line = try #require(server.waitForLine(containing: "?token="))
        let address = try #require(line.range(of: #"http://127\.0\.0\.1:\d+/\?token=[0-9a-f]{64}"#, options: .regularExpression)
            .map { String(line[$0]) })
        let site = String(address.prefix { $0 != "?" }.dropLast())

        let (driverProcess, base) = try await WebDriver.launchDriver(logFolder: shots)
        defer { WebDriver.stopDriver(driverProcess) }
        let driver = try await WebDriver.start(base: base, height: 768)
        do {
            // Without the token: refused.
            try await driver.open(site + "/")
            #expect(try await driver.source().contains("alamat lengkap"))
            try await driver.screenshot(shots + "/0-tanpa-token.png")
            // With it: a session, and the address loses its token.
            try await driver.open(address)
            #expect(try await driver.currentURL() == site + "/")
            let ringkasan = try await driver.source()
            #expect(ringkasan.contains("12 dari 17 standar terpenuhi"))
            try await driver.screenshot(shots + "/1-ringkasan.png")
            try await driver.open(site + "/standar")
            try await driver.screenshot(shots + "/2-standar.png")
            try await driver.click("a[href='/standar/S12']")
            #expect(try await driver.source().contains("S12.3"))
            try await driver.screenshot(shots + "/3-standar-S12.png")

            // Upload the simulation report to S12.3 under the proposed name, recorded and ratified.
            try await driver.open(site + "/kontrol/S12.3/unggah")
            try await driver.screenshot(shots + "/4-unggah.png")
            try await driver.type("#berkas", upload)
            try await driver.click("main button[type=submit]")
            #expect(try await driver.value("#nama") == Self.document)
            try await driver.type("#nomor", "LAP-12/2026")
            try await driver.click("#sahkan")
            try await driver.type("#penandatangan", "Ir. Hendra Wijaya, M.Kom.")
            try await driver.type("#jabatan", "Kepala UKPBJ/LPSE Kabupaten Contoh")
            try await driver.screenshot(shots + "/5-unggah-konfirmasi.png")
            try await driver.click("main button[type=submit]")
            let filed = try await driver.source(containing: "disimpan, diindeks")
            #expect(filed.contains("Dokumen \(Self.document) disimpan, diindeks dan dicatat."), "\(filed.prefix(3000))")

            // Answer S12.3 on the same page, citing the new document.
            try await driver.select("#status", value: "memenuhi")
            try await driver.clear("#fakta")
            try await driver.type("#fakta", "Simulasi kelangsungan layanan dilaksanakan 20 November 2026 dan dilaporkan.")
            try await driver.clear("#analisis")
            try await driver.type("#analisis", "Laporan simulasi disahkan Kepala LPSE; uji pemulihan terekam.")
            try await driver.click("input[value='S12-kelangsungan/S12.3/\(Self.document)']")
            try await driver.screenshot(shots + "/6-kontrol-isi.png")
            try await driver.click("main form button[type=submit]")
            let saved = try await driver.source(containing: "Jawaban disimpan")
            #expect(saved.contains("Jawaban disimpan"), "\(saved.prefix(3000))")
            try await driver.screenshot(shots + "/7-kontrol-disimpan.png")

            // Run the report.
            try await driver.open(site + "/laporan")
            try await driver.click("main form button[type=submit]")
            let report = try await driver.source(containing: "dari 17 standar terpenuhi")
            #expect(report.contains("13 dari 17 standar terpenuhi"), "\(report.prefix(3000))")
            try await driver.screenshot(shots + "/8-laporan.png")
            try await driver.open(site + "/laporan/unduh/html")
            #expect(try await driver.source().contains("S12"))
            try await driver.screenshot(shots + "/9-laporan-html.png")

            // Seal and build the paket.
            try await driver.open(site + "/kirim")
            try await driver.screenshot(shots + "/10-kirim.png")
            try await driver.click("main form button[type=submit]")
            let sent = try await driver.source(containing: "Paket dibuat:")
            #expect(sent.contains("Paket dibuat:") && sent.contains("paket-lpse-kab-contoh-2026-11-25.zip"), "\(sent.prefix(3000))")
            try await driver.screenshot(shots + "/11-kirim-dibuat.png")

            try await driver.open(site + "/?lang=en")
            #expect(try await driver.source().contains("13 of 17 standards met"))
            try await driver.screenshot(shots + "/12-summary-en.png")
            try await driver.open(site + "/kontrol/S12.3?lang=en")
            try await driver.screenshot(shots + "/13-control-en.png")
        } catch {
            await driver.quit()
            throw error
        }
        await driver.quit()
        print("screenshots: \(shots)")
        // SIGTERM stops it gracefully.
        #expect(server.stop().status == 0)

        // On disk: the answer file has the new values and validates; the document is indexed and
        // its rule ok; S12 is met.
        let after = PatuhWorkspace(root: workspace.root, clock: .fixed(Instant(iso8601: "2026-11-25T02:00:00Z")!))
        let sheet = try after.answerSheet("Evidence/penilaian-mandiri.xml")
        let answer = try #require(sheet.answers.answer("S12.3"))
        #expect(answer.status == .memenuhi)
        #expect(answer.justification?.fakta == "Simulasi kelangsungan layanan dilaksanakan 20 November 2026 dan dilaporkan.")
        #expect(answer.evidence.contains(.file("S12-kelangsungan/S12.3/\(Self.document)")))
        #expect(try after.citableFiles().contains { $0.file == "S12-kelangsungan/S12.3/\(Self.document)" && $0.rules == ["S12.3.E1"] })
        #expect(try after.checkEvidence().report.rules.first { $0.rule == "S12.3.E1" }?.status == .ok)
        let bukti = try workspace.read(Self.folder + "/bukti.xml")
        #expect(bukti.contains("<dokumen berkas=\"\(Self.document)\">") && bukti.contains("LAP-12/2026"))
        #expect(try after.overview().scored.result.score.standards.first { $0.standardId == "S12" }?.terpenuhi == true)
        #expect(workspace.exists("paket-lpse-kab-contoh-2026-11-25.zip"))
        #expect(try after.history().count == 1, "the report run was recorded in the history")
    }
}
