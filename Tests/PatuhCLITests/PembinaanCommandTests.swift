import Foundation
import GRDB
import Testing

/// `patuh pembinaan` and `patuh sertifikat` end to end: the built binary on a scratch workspace.
@Suite struct PembinaanCommandTests {
    let workspace: String

    init() throws {
        workspace = try PatuhRunner.temporaryFolder("patuh-pembinaan")
        try FileManager.default.copyItem(atPath: PatuhRunner.packageRoot.appendingPathComponent("Standards").path,
                                         toPath: workspace + "/Standards")
    }

    /// Runs `patuh arguments` in the workspace at `now` (WIB).
    func patuh(_ arguments: [String], at now: String) throws -> PatuhRunner.Result {
        try PatuhRunner.run(arguments + ["--now", now + "+07:00"], in: workspace)
    }

    func json(_ result: PatuhRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    static let lkpp = ["--oleh", "Asesor LKPP", "--peran", "lkpp"]
    static let lpse = ["--oleh", "Admin LPSE", "--peran", "lpse"]

    /// The open deadlines of the case in `status --format json`, as "jenis=tanggal".
    func openDeadlines(at now: String) throws -> [String] {
        let status = try json(try patuh(["pembinaan", "status", "K-2024-001", "--format", "json"], at: now))
        let deadlines = try #require(status["tenggatTerbuka"] as? [[String: Any]])
        return deadlines.map { "\($0["jenis"]!)=\($0["tanggal"]!)" + (($0["lewat"] as? Bool) == true ? " lewat" : "") }
    }

    /// Scores the sample penilaian faktual, dated `date`, at `now`: the workspace history then
    /// holds a faktual of lpse-kab-contoh in which S01-S03, S06, S09, S13, S15 and S17 are terpenuhi.
    func recordFaktual(_ date: String, at now: String) throws {
        let sample = PatuhRunner.packageRoot.appendingPathComponent("Evidence/penilaian-faktual.xml").path
        let text = try String(contentsOfFile: sample, encoding: .utf8)
            .replacingOccurrences(of: "date=\"2026-11-12\"", with: "date=\"\(date)\"")
        try text.write(toFile: workspace + "/faktual-\(date).xml", atomically: true, encoding: .utf8)
        let bukti = workspace + "/bukti.json"
        if !FileManager.default.fileExists(atPath: bukti) {
            try FileManager.default.copyItem(atPath: PatuhRunner.packageRoot.appendingPathComponent("Tests/Fixtures/periksa-contoh.json").path,
                                             toPath: bukti)
        }
        let result = try patuh(["penilaian", "nilai", "faktual-\(date).xml", "--bukti", "bukti.json"], at: now)
        #expect(result.status == 1 && result.stdout.contains("Terpenuhi: 8 dari 17"), "\(result.stderr)")
    }

    /// The number of events in the log.
    func eventCount(at now: String) throws -> String {
        let result = try patuh(["pembinaan", "verifikasi"], at: now)
        return result.stdout.components(separatedBy: "\n").first { $0.contains("Rantai utuh") } ?? result.stdout
    }

    @Test func aWholeCaseFromRekomendasiToRestoredCertificate() throws {
        try recordFaktual("2023-05-20", at: "2023-05-25T09:00:00")
        var result = try patuh(["sertifikat", "terbitkan", "--lpse", "LPSE-KAB-CONTOH", "--standar", "S03,S06",
                                "--nomor", "SK-01/2023"] + Self.lkpp, at: "2023-06-01T09:00:00")
        #expect(result.status == 0, "\(result.stderr)")
        result = try patuh(["pembinaan", "buka", "--lpse", "LPSE-KAB-CONTOH", "--temuan-id", "TF-01", "--standar", "S03",
                            "--kontrol", "S03.2", "--uraian", "SOP aset tidak ditinjau", "--nomor", "R-001",
                            "--ditetapkan", "2024-03-01"] + Self.lkpp, at: "2024-03-01T10:00:00")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("kasus K-2024-001"))
        // Received Monday 4 March 2024: 11 (Isra Mikraj) and 12 (cuti bersama Nyepi) March are skipped.
        result = try patuh(["pembinaan", "terima", "K-2024-001", "--tanggal", "2024-03-04"] + Self.lpse, at: "2024-03-04T15:00:00")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try openDeadlines(at: "2024-03-05T09:00:00") == ["tindak-lanjut=2024-04-04", "keberatan=2024-03-13"])
        #expect(try openDeadlines(at: "2024-04-05T09:00:00") == ["tindak-lanjut=2024-04-04 lewat", "keberatan=2024-03-13 lewat"])

        // Too early: refused with the deadline, and nothing stored.
        result = try patuh(["pembinaan", "eskalasi", "K-2024-001", "--ke", "teguran", "--nomor", "T-001"] + Self.lkpp,
                           at: "2024-04-04T16:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("ditolak: tenggat tindak lanjut rekomendasi belum lewat: jatuh pada 2024-04-04"))
        #expect(result.stderr.contains("eskalasi dapat dilakukan mulai 2024-04-05"))
        result = try patuh(["pembinaan", "eskalasi", "K-2024-001", "--ke", "teguran", "--nomor", "T-001", "--lang", "en"] + Self.lkpp,
                           at: "2024-04-04T16:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("refused: the follow-up deadline of rekomendasi has not passed: it is 2024-04-04"))
        result = try patuh(["pembinaan", "eskalasi", "K-2024-001", "--ke", "teguran", "--nomor", "T-001"] + Self.lkpp,
                           at: "2024-04-05T09:00:00")
        #expect(result.status == 0, "\(result.stderr)")
        // Received Friday 5 April 2024, just before the Idul Fitri block (8-12 and 15 April).
        result = try patuh(["pembinaan", "terima", "K-2024-001", "--tanggal", "2024-04-05"] + Self.lpse, at: "2024-04-05T14:00:00")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try openDeadlines(at: "2024-04-22T09:00:00") == ["tindak-lanjut=2024-04-29", "keberatan=2024-04-22"])

        // The keberatan a working day after the window: recorded, refused as late, exit 1.
        result = try patuh(["pembinaan", "keberatan", "ajukan", "K-2024-001", "--alasan", "SOP sudah ditinjau"] + Self.lpse,
                           at: "2024-04-23T10:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("terlambat") && result.stderr.contains("batas waktu 2024-04-22"))

        result = try patuh(["pembinaan", "eskalasi", "K-2024-001", "--ke", "pencabutan", "--nomor", "C-001"] + Self.lkpp,
                           at: "2024-04-30T09:00:00")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try certificateStatus(at: "2024-05-01") == ["S03=dicabut", "S06=berlaku"])
        result = try patuh(["pembinaan", "terima", "K-2024-001", "--tanggal", "2024-04-30"] + Self.lpse, at: "2024-04-30T13:00:00")
        #expect(result.status == 0, "\(result.stderr)")
        // 60 hari kerja past May's holidays, Idul Adha and Tahun Baru Islam (a Sunday).
        #expect(try openDeadlines(at: "2024-05-02T09:00:00") == ["tindak-lanjut=2024-08-01", "keberatan=2024-05-08"])

        result = try patuh(["pembinaan", "tindak-lanjut", "K-2024-001", "--ringkasan", "siap dinilai ulang"] + Self.lpse,
                           at: "2024-06-03T09:00:00")
        #expect(result.status == 0, "\(result.stderr)")
        // The penilaian ulang is the penilaian faktual of 5 June, recorded in the workspace.
        try recordFaktual("2024-06-05", at: "2024-06-06T09:00:00")
        result = try patuh(["pembinaan", "verifikasi-perbaikan", "K-2024-001", "--hasil", "diterima",
                            "--catatan", "penilaian ulang S03 lulus"] + Self.lkpp, at: "2024-06-10T09:00:00")
        #expect(result.status == 0, "\(result.stderr)")
        let status = try json(try patuh(["pembinaan", "status", "K-2024-001", "--format", "json"], at: "2024-06-11T09:00:00"))
        #expect(status["status"] as? String == "selesai")
        #expect(try certificateStatus(at: "2024-06-11") == ["S03=berlaku", "S06=berlaku"])

        let history = try patuh(["pembinaan", "riwayat", "K-2024-001", "--format", "json"], at: "2024-06-11T09:00:00")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["peristiwa"] as? String ?? "" } == [
            "kasus-dibuka", "pemberitahuan-diterima", "eskalasi", "pemberitahuan-diterima", "keberatan-diajukan",
            "eskalasi", "pemberitahuan-diterima", "tindak-lanjut-diajukan", "perbaikan-diverifikasi",
        ])
        #expect(try patuh(["pembinaan", "verifikasi"], at: "2024-06-11T09:00:00").status == 0)
    }

    /// "S03=berlaku" per certificate on `date`.
    func certificateStatus(at date: String) throws -> [String] {
        let result = try patuh(["sertifikat", "daftar", "--format", "json"], at: date + "T12:00:00")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        return rows.map { "\($0["standar"]!)=\($0["status"]!)" }
    }

    @Test func refusalsExitOneWithTheReasonAndStoreNothing() throws {
        _ = try patuh(["pembinaan", "buka", "--lpse", "LPSE-X", "--kasus", "K-1", "--temuan-id", "T1", "--standar", "S05",
                       "--uraian", "tiket tidak dicatat", "--nomor", "R-1"] + Self.lkpp, at: "2025-02-03T09:00:00")
        var result = try patuh(["pembinaan", "eskalasi", "K-1", "--ke", "teguran", "--nomor", "T-1"] + Self.lpse,
                               at: "2025-02-04T09:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("hanya peran lkpp yang boleh mencatat eskalasi"))
        result = try patuh(["pembinaan", "eskalasi", "K-1", "--ke", "teguran", "--nomor", "T-1"] + Self.lkpp,
                           at: "2025-02-04T09:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("tanda terima surat rekomendasi R-1 belum dicatat"))
        result = try patuh(["pembinaan", "eskalasi", "K-1", "--ke", "pencabutan", "--nomor", "C-1"] + Self.lkpp,
                           at: "2025-02-04T09:00:00")
        #expect(result.status == 1)
        #expect(result.stderr.contains("eskalasi hanya satu tahap"))
        let history = try patuh(["pembinaan", "riwayat", "K-1", "--format", "json"], at: "2025-02-04T09:00:00")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 1)
    }

    @Test func invalidInputExitsTwoAndANonDatabaseSeventy() throws {
        var result = try patuh(["pembinaan", "buka", "--lpse", "LPSE-X", "--temuan-id", "T1", "--standar", "S18",
                                "--uraian", "x", "--nomor", "R-1"] + Self.lkpp, at: "2025-02-03T09:00:00")
        #expect(result.status == 2)
        #expect(result.stderr.contains("'S18' bukan standar katalog"))
        result = try patuh(["pembinaan", "buka", "--lpse", "LPSE-X", "--temuan-id", "T1", "--standar", "S18",
                            "--uraian", "x", "--nomor", "R-1", "--lang", "en"] + Self.lkpp, at: "2025-02-03T09:00:00")
        #expect(result.status == 2)
        #expect(result.stderr.contains("'S18' is not a standard"))
        result = try patuh(["pembinaan", "buka", "--lpse", "LPSE-X", "--temuan-id", "T1", "--standar", "S03",
                            "--uraian", "x", "--nomor", "R-1"] + Self.lkpp, at: "2031-02-03T09:00:00")
        #expect(result.status == 0)
        result = try patuh(["pembinaan", "terima", "K-2031-001", "--tanggal", "2031-02-03"] + Self.lpse, at: "2031-02-03T10:00:00")
        #expect(result.status == 2, "a year without a calendar file is invalid input, not a refusal")
        try FileManager.default.removeItem(atPath: workspace + "/.patuh")
        try FileManager.default.createDirectory(atPath: workspace + "/.patuh", withIntermediateDirectories: true)
        try Data("not sqlite at all".utf8).write(to: URL(fileURLWithPath: workspace + "/.patuh/registry.sqlite"))
        result = try patuh(["pembinaan", "status"], at: "2025-02-03T09:00:00")
        #expect(result.status == 70)
    }

    @Test func findingsFromAJSONFile() throws {
        let file = workspace + "/temuan.json"
        try Data("""
            [{"id": "TF-01", "standard": "S03", "control": "S03.2", "severity": "mayor",
              "description": "SOP aset tidak ditinjau", "rekomendasi": "Tinjau SOP"},
             {"id": "TF-02", "standard": "S05", "severity": "minor", "description": "tiket gangguan tidak lengkap",
              "rekomendasi": "Lengkapi tiket"}]
            """.utf8).write(to: URL(fileURLWithPath: file))
        let result = try patuh(["pembinaan", "buka", "--lpse", "LPSE-X", "--zona", "WITA", "--temuan", file,
                                "--nomor", "R-1", "--format", "json"] + Self.lkpp, at: "2025-02-03T23:30:00")
        #expect(result.status == 0, "\(result.stderr)")
        let output = try json(result)
        let kasus = try #require(output["kasus"] as? [String: Any])
        #expect(kasus["zona"] as? String == "WITA")
        // 23:30 WIB is already 4 February in WITA.
        #expect((output["peristiwa"] as? [String: Any])?["tanggal"] as? String == "2025-02-04")
        #expect((kasus["temuan"] as? [[String: Any]])?.map { $0["id"] as? String } == ["TF-01", "TF-02"])
    }

    @Test func verifikasiNamesTheFirstTamperedEventAndExitsOne() throws {
        _ = try patuh(["pembinaan", "buka", "--lpse", "LPSE-X", "--kasus", "K-1", "--temuan-id", "T1", "--standar", "S05",
                       "--uraian", "tiket tidak dicatat", "--nomor", "R-1"] + Self.lkpp, at: "2025-02-03T09:00:00")
        _ = try patuh(["pembinaan", "terima", "K-1", "--tanggal", "2025-02-03"] + Self.lpse, at: "2025-02-03T10:00:00")
        var result = try patuh(["pembinaan", "verifikasi"], at: "2025-02-04T09:00:00")
        #expect(result.status == 0 && result.stdout.contains("Rantai utuh: 2 peristiwa"))
        let queue = try DatabaseQueue(path: workspace + "/.patuh/registry.sqlite")
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER case_event_no_update")
            try db.execute(sql: "UPDATE case_event SET notice_diterima = '2025-02-10' WHERE seq = 2")
        }
        try queue.close()
        result = try patuh(["pembinaan", "verifikasi"], at: "2025-02-04T09:00:00")
        #expect(result.status == 1)
        #expect(result.stdout.contains("diubah pada peristiwa #2"))
        result = try patuh(["pembinaan", "verifikasi", "--lang", "en"], at: "2025-02-04T09:00:00")
        #expect(result.status == 1 && result.stdout.contains("edited at event #2"))
        result = try patuh(["pembinaan", "status", "K-1"], at: "2025-02-04T09:00:00")
        #expect(result.status == 1 && result.stderr.contains("log pembinaan rusak"))
        result = try patuh(["pembinaan", "status", "K-1", "--lang", "en"], at: "2025-02-04T09:00:00")
        #expect(result.status == 1 && result.stderr.contains("log is broken"))
    }
}
