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

/// Paket upload, the pages over it, access control for every route and API object, and a
/// pembinaan step recorded through a form on the CLI's hash-chained log.
@Suite("patuh server: paket upload, portfolio, access control, pembinaan")
struct ServerPortfolioTests {
    /// Uploads the sample paket as `user` through the form; returns the response.
    static func upload(_ client: some TestClientProtocol, _ browser: Browser, file: String) async throws -> TestResponse {
        var headers = browser.headers
        headers[.contentType] = Web.multipartType
        return try await client.execute(uri: "/unggah", method: .post, headers: headers,
                                        body: Web.multipart(csrf: browser.csrf, file: try Data(contentsOf: URL(fileURLWithPath: file))))
    }

    @Test("A paket built by 'patuh paket buat' is accepted, scored 12 of 17 and stored content-addressed; a tampered one is refused and nothing is stored")
    func uploadAcceptedAndRefused() async throws {
        let made = try SamplePaket.get()
        let fixture = try await ServerFixture()
        try await fixture.test { client in
            let asesor = try await Web.login(client, "asesor")
            let refused = try await Self.upload(client, asesor, file: made.tampered)
            #expect(refused.status == .unprocessableContent)
            #expect(Web.body(refused).contains("Paket ditolak; tidak ada yang disimpan."))
            #expect(fixture.storedFiles().isEmpty)
            #expect(fixture.temporaryEntries().isEmpty)
            #expect(try await fixture.service.store.lpses().isEmpty)

            let accepted = try await Self.upload(client, asesor, file: made.paket)
            #expect(accepted.status == .ok)
            #expect(Web.body(accepted).contains("Paket diterima:"))
            #expect(Web.body(accepted).contains("12/17"))
            let submissions = try await fixture.service.store.submissions(of: "lpse-kab-contoh")
            let submission = try #require(submissions.first)
            #expect(submissions.count == 1)
            #expect(submission.terpenuhi == 12 && submission.standardCount == 17)
            #expect(submission.marks.count == 17)
            #expect(submission.marks.first { $0.standardId == "S04" }?.terpenuhi == false)
            #expect(submission.uploader == "asesor")
            #expect(try await fixture.service.store.lpse("lpse-kab-contoh")?.province == "Jawa Tengah")
            for file in submission.files {
                let stored = fixture.service.paths.file(file.sha256)
                let data = try Data(contentsOf: URL(fileURLWithPath: stored))
                #expect(Tokens.sha256(data: data) == file.sha256, "\(file.path)")
            }
            #expect(fixture.temporaryEntries().isEmpty)
            // The same paket again is not stored twice.
            let again = try await Self.upload(client, asesor, file: made.paket)
            #expect(again.status == .unprocessableContent)
            #expect(try await fixture.service.store.submissions(of: "lpse-kab-contoh").count == 1)
            // The assessment is in LKPP's history, as 'patuh nilai' would record it.
            #expect(try fixture.service.lkpp.history(lpse: "lpse-kab-contoh").count == 1)

            let portfolio = Web.body(try await client.execute(uri: "/portofolio", method: .get, headers: asesor.headers))
            #expect(portfolio.contains("LPSE Kabupaten Contoh"))
            #expect(portfolio.contains("12/17"))
            let lpse = Web.body(try await client.execute(uri: "/lpse/lpse-kab-contoh", method: .get, headers: asesor.headers))
            #expect(lpse.contains(submission.paketSHA256))
            let report = try #require(submission.reports["id"])
            let html = try await client.execute(uri: "/lpse/lpse-kab-contoh/laporan/\(report)", method: .get, headers: asesor.headers)
            #expect(html.status == .ok)
            #expect(Web.body(html).contains("Laporan Penilaian Mandiri"))
            let csv = try await client.execute(uri: "/portofolio.csv", method: .get, headers: asesor.headers)
            #expect(Web.body(csv).hasPrefix("\u{FEFF}"))
            #expect(Web.body(csv).contains("lpse-kab-contoh,LPSE Kabupaten Contoh"))
        }
    }

    @Test("Portfolio CSV neutralises formulas, and filters by province, kind, status and search")
    func csvAndFilters() async throws {
        let fixture = try await ServerFixture(trustSample: false)
        try await fixture.service.store.saveLPSE(LPSERecord(id: "lpse-a", name: "=HYPERLINK(\"x\")", instansi: "Pemkab A", zone: .wib,
                                                            province: "Aceh", instansiKind: "kabupaten"))
        try await fixture.service.store.saveLPSE(LPSERecord(id: "lpse-b", name: "LPSE Kota B", instansi: "Pemkot B", zone: .wita,
                                                            province: "Bali", instansiKind: "kota"))
        try await fixture.test { client in
            let admin = try await Web.login(client, "admin")
            let csv = Web.body(try await client.execute(uri: "/portofolio.csv", method: .get, headers: admin.headers))
            #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
            #expect(!csv.contains(",=HYPERLINK"))
            let bali = Web.body(try await client.execute(uri: "/portofolio?provinsi=Bali", method: .get, headers: admin.headers))
            #expect(bali.contains("LPSE Kota B") && !bali.contains("HYPERLINK"))
            let kota = Web.body(try await client.execute(uri: "/portofolio?jenis=kabupaten", method: .get, headers: admin.headers))
            #expect(!kota.contains("LPSE Kota B") && kota.contains("HYPERLINK"))
            let search = Web.body(try await client.execute(uri: "/portofolio?cari=kota+b", method: .get, headers: admin.headers))
            #expect(search.contains("LPSE Kota B") && !search.contains("HYPERLINK"))
            let unassessed = Web.body(try await client.execute(uri: "/portofolio?status=belum-menilai", method: .get, headers: admin.headers))
            #expect(unassessed.contains("LPSE Kota B"))
            let met = Web.body(try await client.execute(uri: "/portofolio?status=memenuhi", method: .get, headers: admin.headers))
            #expect(met.contains("Tidak ada LPSE yang cocok."))
        }
    }

    @Test("An lpse user sees only its own LPSE: every route and API object of another LPSE answers 404")
    func accessControl() async throws {
        let made = try SamplePaket.get()
        let fixture = try await ServerFixture()
        try await fixture.test { client in
            let asesor = try await Web.login(client, "asesor")
            #expect(try await Self.upload(client, asesor, file: made.paket).status == .ok)
            let submission = try #require(try await fixture.service.store.submissions(of: "lpse-kab-contoh").first)
            let report = try #require(submission.reports["id"])
            let file = try #require(submission.files.first)
            // A case on lpse-kab-contoh, opened through the form.
            let opened = try await client.execute(uri: "/lpse/lpse-kab-contoh/kasus", method: .post, headers: asesor.form(),
                                                  body: Web.encode([("_csrf", asesor.csrf), ("temuan", "TF-2026-07"), ("standar", "S12"),
                                                                    ("kontrol", "S12.3"), ("uraian", "Uji pemulihan belum dilaksanakan"),
                                                                    ("nomor", "R-001/2026"), ("ditetapkan", "2026-11-20")]))
            #expect(opened.status == .seeOther)
            let caseId = try #require(opened.headers[.location]).replacingOccurrences(of: "/kasus/", with: "")

            let objects = ["/lpse/lpse-kab-contoh", "/lpse/lpse-kab-contoh/laporan/\(report)", "/lpse/lpse-kab-contoh/berkas/\(file.sha256)",
                           "/kasus/\(caseId)", "/api/v1/lpse/lpse-kab-contoh", "/api/v1/lpse/lpse-kab-contoh/pengajuan",
                           "/api/v1/lpse/lpse-kab-contoh/kasus"]
            let budi = try await Web.login(client, "budi")
            let sari = try await Web.login(client, "sari")
            for path in objects {
                let own = try await client.execute(uri: path, method: .get, headers: budi.headers)
                #expect(own.status == .ok, "budi \(path)")
                let other = try await client.execute(uri: path, method: .get, headers: sari.headers)
                #expect(other.status == .notFound, "sari \(path)")
            }
            // A file of the LPSE asked for under another LPSE's path: 404 even for the owner's path trick.
            let crossed = try await client.execute(uri: "/lpse/lpse-lain/berkas/\(file.sha256)", method: .get, headers: sari.headers)
            #expect(crossed.status == .notFound)
            // Lists leave the other LPSE out.
            for path in ["/portofolio", "/tenggat", "/sertifikat?hari=3650", "/portofolio.csv"] {
                let body = Web.body(try await client.execute(uri: path, method: .get, headers: sari.headers))
                #expect(!body.contains("lpse-kab-contoh") && !body.contains(caseId), "sari \(path)")
            }
            #expect(Web.body(try await client.execute(uri: "/api/v1/lpse", method: .get, headers: sari.headers)) == "[]")
            #expect(Web.body(try await client.execute(uri: "/api/v1/tenggat", method: .get, headers: sari.headers)) == "[]")
            // Its own open case shows in its portfolio line (no deadline runs before the notice is received).
            #expect(Web.body(try await client.execute(uri: "/portofolio", method: .get, headers: budi.headers)).contains(caseId))
            // State-changing routes of another LPSE: 404, nothing recorded.
            let posts: [(String, [(String, String)])] = [
                ("/kasus/\(caseId)/langkah", [("_csrf", sari.csrf), ("langkah", "keberatan"), ("teks", "x")]),
                ("/lpse/lpse-kab-contoh/kasus", [("_csrf", sari.csrf), ("temuan", "T"), ("standar", "S01"), ("uraian", "x"), ("nomor", "1"), ("ditetapkan", "2026-11-20")]),
                ("/lpse/lpse-kab-contoh/sertifikat", [("_csrf", sari.csrf), ("standar", "S01"), ("nomor", "1"), ("ditetapkan", "2026-11-20")]),
            ]
            for (path, fields) in posts {
                let response = try await client.execute(uri: path, method: .post, headers: sari.form(), body: Web.encode(fields))
                #expect(response.status == .notFound, "sari POST \(path)")
            }
            #expect(try fixture.service.lkpp.caseTimeline(caseId).count == 1)
            // An lpse user cannot submit another LPSE's paket, nor see the users page.
            #expect(try await Self.upload(client, sari, file: made.paket).status == .notFound)
            #expect(try await client.execute(uri: "/pengguna", method: .get, headers: sari.headers).status == .notFound)
            #expect(try await client.execute(uri: "/pengguna", method: .get, headers: asesor.headers).status == .notFound)
            // Basic auth reaches the same objects with the same rules.
            let basic = "Basic " + Data("sari:\(ServerFixture.password)".utf8).base64EncodedString()
            #expect(try await client.execute(uri: "/api/v1/lpse/lpse-kab-contoh", method: .get, headers: [.authorization: basic]).status == .notFound)
            let budiBasic = "Basic " + Data("budi:\(ServerFixture.password)".utf8).base64EncodedString()
            #expect(try await client.execute(uri: "/api/v1/lpse/lpse-kab-contoh", method: .get, headers: [.authorization: budiBasic]).status == .ok)
        }
    }

    @Test("A pembinaan step through the form goes through the CLI's use case and guards and is appended to the hash chain")
    func pembinaanStep() async throws {
        let fixture = try await ServerFixture(trustSample: false)
        try await fixture.service.store.saveLPSE(LPSERecord(id: "lpse-kab-contoh", name: "LPSE Kabupaten Contoh", instansi: "Pemkab Contoh", zone: .wib))
        try await fixture.test { client in
            let asesor = try await Web.login(client, "asesor")
            let opened = try await client.execute(uri: "/lpse/lpse-kab-contoh/kasus", method: .post, headers: asesor.form(),
                                                  body: Web.encode([("_csrf", asesor.csrf), ("temuan", "TF-2026-07"), ("standar", "S12"),
                                                                    ("kontrol", "S12.3"), ("uraian", "Uji pemulihan belum dilaksanakan"),
                                                                    ("nomor", "R-001/2026"), ("ditetapkan", "2026-11-20")]))
            #expect(opened.status == .seeOther)
            let caseId = try #require(opened.headers[.location]).replacingOccurrences(of: "/kasus/", with: "")
            #expect(caseId == "K-2026-001")
            // Refused by the state machine: a verification before any follow-up. Nothing is appended.
            let early = try await client.execute(uri: "/kasus/\(caseId)/langkah", method: .post, headers: asesor.form(),
                                                 body: Web.encode([("_csrf", asesor.csrf), ("langkah", "verifikasi"), ("pilihan", "diterima"),
                                                                   ("teks", "Sudah diperbaiki")]))
            #expect(early.status == .unprocessableContent)
            #expect(Web.body(early).contains("class=\"refused\""))
            #expect(try fixture.service.lkpp.caseTimeline(caseId).count == 1)
            // The receipt, as 'patuh pembinaan terima' records it.
            let received = try await client.execute(uri: "/kasus/\(caseId)/langkah", method: .post, headers: asesor.form(),
                                                    body: Web.encode([("_csrf", asesor.csrf), ("langkah", "terima"), ("tanggal", "2026-11-23"),
                                                                      ("teks", "Tanda terima surat no. 12")]))
            #expect(received.status == .ok)
            #expect(Web.body(received).contains("Langkah dicatat sebagai peristiwa #2"))
            let chain = try fixture.service.lkpp.verifyCaseChain()
            #expect(chain.isIntact)
            #expect(chain.count == 2)
            let timeline = try fixture.service.lkpp.caseTimeline(caseId)
            #expect(timeline.count == 2)
            #expect(timeline.last?.event.actor == "Asesor LKPP")
            #expect(timeline.last?.previousHash == timeline.first?.hash)
            // The deadlines page shows the case's open deadlines from the same answer.
            let deadlines = Web.body(try await client.execute(uri: "/tenggat", method: .get, headers: asesor.headers))
            #expect(deadlines.contains(caseId))
            #expect(deadlines.contains("30 November 2026"))
        }
        #expect(try await fixture.service.store.audit(limit: 50).contains { $0.action == "pembinaan-terima" && $0.object == "kasus:K-2026-001" })
    }
}
