import Core
import Foundation
import HTTPTypes
import HummingbirdTesting
import PatuhTestSupport
import Portfolio
import Server
import Testing
import Workspace

/// LKPP's result paket (hasil) uploaded to the server: made by the built `patuh` as an assessor
/// makes it (the LPSE's paket received into an assessor workspace, the sample's faktual verdicts
/// scored, `paket hasil` signed with an LKPP key).
@Suite("patuh server: hasil upload", .serialized)
struct ServerHasilTests {
    /// The sample paket's hasil, and LKPP's public key.
    static func makeHasil() throws -> (hasil: String, lkppKey: String) {
        let made = try SamplePaket.get()
        let lkpp = try TestWorkspace()
        let keys = ["XDG_CONFIG_HOME": try PatuhRunner.temporaryFolder("patuh-kunci-lkpp-server")]
        let key = try lkpp.run(["kunci", "buat", "asesor", "--peran", "lkpp"], environment: keys)
        guard key.status == 0 else { throw Failure("kunci buat: \(key.stderr)") }
        let trusted = try lkpp.run(["kunci", "percaya", made.publicKey])
        guard trusted.status == 0 else { throw Failure("kunci percaya: \(trusted.stderr)") }
        let target = try PatuhRunner.temporaryFolder("patuh-asesor-server") + "/lpse-kab-contoh"
        let received = try lkpp.run(["paket", "terima", made.paket, "--ke", target])
        guard received.status == 0 else { throw Failure("paket terima: \(received.stderr)") }
        let faktual = target + "/Evidence/penilaian-faktual-2026-11-25.xml"
        try FileManager.default.removeItem(atPath: faktual)
        try FileManager.default.copyItem(atPath: TestWorkspace.packageRoot + "/Evidence/penilaian-faktual.xml", toPath: faktual)
        let at = ["PATUH_NOW": "2026-12-01T09:00:00+07:00"]
        let scored = try PatuhRunner.run(["penilaian", "nilai", faktual], in: target, environment: at)
        guard scored.status == 0 || scored.status == 1 else { throw Failure("penilaian nilai: \(scored.stderr)") }
        let report = try PatuhRunner.run(["laporan", "faktual", "--faktual", faktual], in: target, environment: at)
        guard report.status == 0 else { throw Failure("laporan faktual: \(report.stderr)") }
        let hasil = try PatuhRunner.run(["paket", "hasil", "--kunci", "asesor"], in: target,
                                        environment: keys.merging(["PATUH_NOW": "2026-12-01T10:00:00+07:00"]) { a, _ in a })
        guard hasil.status == 0 else { throw Failure("paket hasil: \(hasil.stderr)") }
        return (target + "/hasil-lpse-kab-contoh-2026-12-01.zip", keys["XDG_CONFIG_HOME"]! + "/patuh/kunci/asesor.pub")
    }

    @Test("A hasil signed with LKPP's key is stored as the LPSE's faktual after its pengajuan, recorded for certificates and shown on the portfolio; an LPSE account cannot upload it")
    func hasilUpload() async throws {
        let made = try SamplePaket.get()
        let (hasil, lkppKey) = try Self.makeHasil()
        let fixture = try await ServerFixture(at: Instant(iso8601: "2026-12-02T02:00:00Z")!)
        _ = try fixture.service.lkpp.trust(publicKeyFile: lkppKey)
        try await fixture.test { client in
            let asesor = try await Web.login(client, "asesor")
            let budi = try await Web.login(client, "budi")
            // The LPSE itself may not file LKPP's result: nothing stored.
            let byLPSE = try await ServerPortfolioTests.upload(client, budi, file: hasil)
            #expect(byLPSE.status != .ok)
            #expect(try await fixture.service.store.lpses().isEmpty)
            #expect(fixture.storedFiles().isEmpty)
            #expect(fixture.temporaryEntries().isEmpty)

            let pengajuan = try await ServerPortfolioTests.upload(client, asesor, file: made.paket)
            #expect(pengajuan.status == .ok, "\(Web.body(pengajuan))")
            let filesBefore = fixture.storedFiles()

            let accepted = try await ServerPortfolioTests.upload(client, asesor, file: hasil)
            #expect(accepted.status == .ok, "\(Web.body(accepted))")
            #expect(Web.body(accepted).contains("Paket diterima:"))
            let submissions = try await fixture.service.store.submissions(of: "lpse-kab-contoh")
            #expect(submissions.map(\.kind) == [.hasil, .pengajuan])
            let faktual = try #require(submissions.first)
            #expect(faktual.marks.count == 17 && faktual.standardCount == 17)
            #expect(faktual.assessmentDate == "2026-11-12")   // the date of the sample's faktual verdicts
            #expect(faktual.reports["id"] != nil)
            #expect(fixture.storedFiles().count > filesBefore.count)
            // The same hasil twice is refused as already received.
            let again = try await ServerPortfolioTests.upload(client, asesor, file: hasil)
            #expect(again.status == .unprocessableContent)
            #expect(try await fixture.service.store.submissions(of: "lpse-kab-contoh").count == 2)
            // Recorded in LKPP's assessment history: what a certificate rests on.
            let recorded = try fixture.service.lkpp.recordedFaktual(of: "lpse-kab-contoh", dated: nil, on: CivilDate(iso: "2026-12-02")!)
            #expect(recorded != nil)
            // The portfolio's line: the faktual is this hasil, the mandiri the pengajuan.
            let admin = try #require(try await fixture.service.store.user(named: "admin"))
            let row = try #require(try await fixture.service.portfolio(PortfolioQuery(), for: admin).first)
            #expect(row.faktual?.paketSHA256 == faktual.paketSHA256)
            #expect(row.mandiri?.kind == .pengajuan && row.trend == [12])
            let page = try await client.execute(uri: "/portofolio", method: .get, headers: asesor.headers)
            #expect(Web.body(page).contains("\(faktual.terpenuhi)/17"))
        }
    }
}
