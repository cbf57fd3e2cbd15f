import Foundation
import Testing

/// The pembinaan and certificate loopholes of issue 12, played end to end on the built binary:
/// each refused step exits 1, names the rule in Indonesian (English with --lang en), and stores
/// nothing.
@Suite struct PembinaanLoopholeTests {
    let cases = try! PembinaanCommandTests()
    static let lkpp = PembinaanCommandTests.lkpp
    static let lpse = PembinaanCommandTests.lpse

    func patuh(_ arguments: [String], at now: String) throws -> PatuhRunner.Result {
        try cases.patuh(arguments, at: now)
    }

    @Test func escalationOverAFiledFollowUpAndACertificateDuringPencabutan() throws {
        try cases.recordFaktual("2023-05-20", at: "2023-05-25T09:00:00")
        var result = try patuh(["sertifikat", "terbitkan", "--lpse", "lpse-kab-contoh", "--standar", "S03",
                                "--nomor", "SK-01/2023"] + Self.lkpp, at: "2023-06-01T09:00:00")
        #expect(result.status == 0, "\(result.stderr)")
        // Findings on S03 (certified) and S07 (never certified).
        let findings = cases.workspace + "/temuan.json"
        try Data("""
            [{"id": "TF-01", "standard": "S03", "description": "SOP aset tidak ditinjau"},
             {"id": "TF-02", "standard": "S07", "description": "pemantauan kapasitas tidak dilakukan"}]
            """.utf8).write(to: URL(fileURLWithPath: findings))
        for (arguments, now) in [
            (["pembinaan", "buka", "--lpse", "lpse-kab-contoh", "--temuan", findings, "--nomor", "R-001",
              "--ditetapkan", "2024-03-01"] + Self.lkpp, "2024-03-01T10:00:00"),
            (["pembinaan", "terima", "K-2024-001", "--tanggal", "2024-03-04"] + Self.lpse, "2024-03-04T15:00:00"),
            (["pembinaan", "eskalasi", "K-2024-001", "--ke", "teguran", "--nomor", "T-001"] + Self.lkpp, "2024-04-05T09:00:00"),
            (["pembinaan", "terima", "K-2024-001", "--tanggal", "2024-04-05"] + Self.lpse, "2024-04-05T14:00:00"),
            (["pembinaan", "tindak-lanjut", "K-2024-001", "--ringkasan", "SOP ditinjau"] + Self.lpse, "2024-04-26T09:00:00"),
        ] {
            result = try patuh(arguments, at: now)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let before = try cases.eventCount(at: "2024-04-30T09:00:00")

        // 1. The follow-up filed on 26 April, before the deadline of 29 April, is unverified.
        let escalate = ["pembinaan", "eskalasi", "K-2024-001", "--ke", "pencabutan", "--nomor", "C-001"] + Self.lkpp
        result = try patuh(escalate, at: "2024-04-30T09:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("ditolak: LPSE telah mengajukan tindak lanjut teguran pada 2024-04-26 yang belum diverifikasi"))
        #expect(result.stderr.contains("Kepdep LKPP 152/2022 §2.2"))
        result = try patuh(escalate + ["--lang", "en"], at: "2024-04-30T09:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("refused: the LPSE filed a follow-up of the teguran on 2024-04-26 that is not verified yet"))
        #expect(try cases.eventCount(at: "2024-04-30T09:00:00") == before)

        // Rejected first, then escalated; S07 had no certificate: recorded, with a warning.
        result = try patuh(["pembinaan", "verifikasi-perbaikan", "K-2024-001", "--hasil", "ditolak", "--catatan", "belum cukup"]
                           + Self.lkpp, at: "2024-04-30T10:00:00")
        #expect(result.status == 0, "\(result.stderr)")
        result = try patuh(escalate, at: "2024-04-30T11:00:00")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("peringatan: pencabutan C-001 (kasus K-2024-001) menyebut S07 yang tidak memiliki sertifikat berlaku"))
        let list = try patuh(["sertifikat", "daftar", "--format", "json"], at: "2024-05-01T09:00:00")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { "\($0["standar"]!)=\($0["status"]!)" } == ["S03=dicabut", "S07=dicabut"])
        #expect(rows.last?["tanpaSertifikat"] as? Bool == true)

        // 3. A new S03 certificate two days after its pencabutan, on a fresh faktual: refused.
        try cases.recordFaktual("2024-05-01", at: "2024-05-01T12:00:00")
        let countBefore = try cases.eventCount(at: "2024-05-02T09:00:00")
        result = try patuh(["sertifikat", "terbitkan", "--lpse", "lpse-kab-contoh", "--standar", "S03",
                            "--nomor", "SK-02/2024"] + Self.lkpp, at: "2024-05-02T09:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("ditolak: sertifikat S03 dicabut dalam kasus K-2024-001 yang masih pada tahap pencabutan"))
        #expect(try cases.eventCount(at: "2024-05-02T09:00:00") == countBefore)
        // --faktual naming a date with nothing recorded is invalid input.
        result = try patuh(["sertifikat", "terbitkan", "--lpse", "lpse-kab-contoh", "--standar", "S06", "--faktual", "2024-04-01",
                            "--nomor", "SK-02/2024"] + Self.lkpp, at: "2024-05-02T09:00:00")
        #expect(result.status == 2 && result.stderr.contains("tidak ada penilaian faktual lpse-kab-contoh bertanggal 2024-04-01"))
        result = try patuh(["sertifikat", "terbitkan", "--lpse", "lpse-kab-contoh", "--standar", "S06", "--faktual", "2024-04-01",
                            "--nomor", "SK-02/2024", "--lang", "en"] + Self.lkpp, at: "2024-05-02T09:00:00")
        #expect(result.status == 2 && result.stderr.contains("no penilaian faktual of lpse-kab-contoh dated 2024-04-01"))
    }

    @Test func pemulihanWithAPendingKeberatanAndCertificatesWithoutAFaktualOrUnderPenghentian() throws {
        // No penilaian faktual recorded for LPSE-X.
        var result = try patuh(["sertifikat", "terbitkan", "--lpse", "LPSE-X", "--standar", "S03", "--nomor", "SK-9"] + Self.lkpp,
                               at: "2025-01-10T09:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("ditolak: sertifikat S03 hanya diterbitkan bagi LPSE yang memenuhi penilaian faktual (Kepdep LKPP 152/2022 §2.1.e.5)"))
        result = try patuh(["sertifikat", "terbitkan", "--lpse", "LPSE-X", "--standar", "S03", "--nomor", "SK-9", "--lang", "en"]
                           + Self.lkpp, at: "2025-01-10T09:00:00")
        #expect(result.stderr.contains("refused: a certificate for S03 is issued only to an LPSE that met the penilaian faktual"))

        for (arguments, now) in [
            (["pembinaan", "pelanggaran-sla", "K-SLA", "--lpse", "LPSE-X", "--uraian", "SPSE mati 3 hari",
              "--nomor", "H-001"] + Self.lkpp, "2025-02-03T09:00:00"),
            (["pembinaan", "terima", "K-SLA", "--tanggal", "2025-02-03"] + Self.lpse, "2025-02-03T15:00:00"),
            (["pembinaan", "keberatan", "ajukan", "K-SLA", "--alasan", "gangguan dari pusat data"] + Self.lpse, "2025-02-04T09:00:00"),
        ] {
            result = try patuh(arguments, at: now)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        let before = try cases.eventCount(at: "2025-02-20T09:00:00")
        // 2. Pemulihan while the keberatan waits for LKPP's decision.
        let restore = ["pembinaan", "pulihkan", "K-SLA", "--catatan", "layanan dipulihkan", "--dasar", "Keputusan LKPP 7/2025"] + Self.lkpp
        result = try patuh(restore, at: "2025-02-20T09:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("ditolak: keberatan atas penghentian yang diajukan 2025-02-04 belum diputus"))
        result = try patuh(restore + ["--lang", "en"], at: "2025-02-20T09:00:00")
        #expect(result.stderr.contains("refused: a keberatan against penghentian, filed 2025-02-04, is pending"))
        // 3. No certificate while SPSE service is stopped.
        result = try patuh(["sertifikat", "terbitkan", "--lpse", "LPSE-X", "--standar", "S03", "--nomor", "SK-9"] + Self.lkpp,
                           at: "2025-02-20T09:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("ditolak: layanan SPSE LPSE ini dihentikan (penghentian, kasus K-SLA)"))
        #expect(try cases.eventCount(at: "2025-02-20T09:00:00") == before)
    }
}
