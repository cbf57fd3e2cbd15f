import Foundation
import Testing

/// `patuh pembinaan`, `patuh sertifikat` and `patuh harikerja` speak one language per run, and
/// `pembinaan status` and `laporan pembinaan` show the same deadlines on the built binary.
@Suite struct PembinaanLanguageTests {
    /// A scratch workspace: the bundled Standards and the sample's patuh.xml.
    static func workspace() throws -> String {
        let root = try PatuhRunner.temporaryFolder("patuh-bahasa")
        for item in ["Standards", "patuh.xml"] {
            try FileManager.default.copyItem(atPath: PatuhRunner.packageRoot.appendingPathComponent(item).path,
                                             toPath: root + "/" + item)
        }
        return root
    }

    /// Scores the sample penilaian faktual, dated `date`, into the workspace's history (a
    /// certificate rests on it).
    static func recordFaktual(_ date: String, in root: String, at now: String) throws {
        let sample = PatuhRunner.packageRoot.appendingPathComponent("Evidence/penilaian-faktual.xml").path
        let text = try String(contentsOfFile: sample, encoding: .utf8)
            .replacingOccurrences(of: "date=\"2026-11-12\"", with: "date=\"\(date)\"")
        try text.write(toFile: root + "/faktual.xml", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: PatuhRunner.packageRoot.appendingPathComponent("Tests/Fixtures/periksa-contoh.json").path,
                                         toPath: root + "/bukti.json")
        let result = try PatuhRunner.run(["penilaian", "nilai", "faktual.xml", "--bukti", "bukti.json"], in: root,
                                         environment: ["PATUH_NOW": now + "+07:00"])
        #expect(result.status == 1 && result.stdout.contains("Terpenuhi: 8 dari 17"), "\(result.stderr)")
    }

    static let lkpp = ["--oleh", "Asesor LKPP", "--peran", "lkpp"]
    static let lpse = ["--oleh", "Kepala LPSE", "--peran", "lpse"]

    /// Every command of the area, in order, each with the instant it runs at. Two are refused
    /// (exit 1) and three are invalid input (exit 2), so errors are checked too.
    static let script: [([String], String)] = [
        (["sertifikat", "terbitkan", "--lpse", "lpse-kab-contoh", "--standar", "S03", "--nomor", "SK-01"] + lkpp, "2023-06-01T09:00:00"),
        (["pembinaan", "status"], "2024-02-01T09:00:00"),
        (["pembinaan", "buka", "--temuan-id", "TF-01", "--standar", "S03", "--kontrol", "S03.2", "--uraian", "SOP aset",
          "--nomor", "R-1", "--ditetapkan", "2024-03-01"] + lkpp, "2024-03-01T10:00:00"),
        (["pembinaan", "status", "K-2024-001"], "2024-03-02T09:00:00"),
        (["pembinaan", "terima", "K-2024-001", "--tanggal", "2024-02-30"] + lpse, "2024-03-04T15:00:00"),
        (["pembinaan", "terima", "K-2024-001", "--tanggal", "2024-03-04"] + lpse, "2024-03-04T15:00:00"),
        (["pembinaan", "keberatan", "ajukan", "K-2024-001", "--alasan", "SOP"] + lpse, "2024-03-08T10:00:00"),
        (["pembinaan", "status", "K-2024-001"], "2024-03-27T09:00:00"),
        (["pembinaan", "eskalasi", "K-2024-001", "--ke", "teguran", "--nomor", "T-1"] + lkpp, "2024-03-27T10:00:00"),
        (["pembinaan", "keberatan", "putus", "K-2024-001", "--putusan", "dikuatkan", "--catatan", "ok"] + lkpp, "2024-03-27T11:00:00"),
        (["pembinaan", "tindak-lanjut", "K-2024-001", "--ringkasan", "SOP"] + lpse, "2024-04-01T10:00:00"),
        (["pembinaan", "status", "K-2024-001"], "2024-04-02T09:00:00"),
        (["pembinaan", "verifikasi-perbaikan", "K-2024-001", "--hasil", "ditolak", "--catatan", "ok"] + lkpp, "2024-04-03T10:00:00"),
        (["pembinaan", "eskalasi", "K-2024-001", "--ke", "teguran", "--nomor", "T-1"] + lkpp, "2024-04-05T09:00:00"),
        (["pembinaan", "terima", "K-2024-001", "--tanggal", "2024-04-08"] + lpse, "2024-04-08T14:00:00"),
        (["pembinaan", "keberatan", "ajukan", "K-2024-001", "--alasan", "SOP"] + lpse, "2024-04-23T10:00:00"),
        (["pembinaan", "eskalasi", "K-2024-001", "--ke", "pencabutan", "--nomor", "C-1"] + lkpp, "2024-04-30T09:00:00"),
        (["pembinaan", "status"], "2024-05-01T09:00:00"),
        (["pembinaan", "pelanggaran-sla", "K-2024-001", "--uraian", "SPSE", "--nomor", "H-1"] + lkpp, "2024-05-02T09:00:00"),
        (["pembinaan", "status", "K-2024-001"], "2024-05-03T09:00:00"),
        (["pembinaan", "pulihkan", "K-2024-001", "--catatan", "ok", "--dasar", "SK-9"] + lkpp, "2024-05-06T09:00:00"),
        (["pembinaan", "riwayat", "K-2024-001"], "2024-05-07T09:00:00"),
        (["pembinaan", "status", "K-9"], "2024-05-07T09:00:00"),
        (["pembinaan", "verifikasi"], "2024-05-07T09:00:00"),
        (["sertifikat", "daftar"], "2024-05-07T09:00:00"),
        (["harikerja", "tenggat", "--diterima", "2025-03-21", "--hari", "5", "--jelaskan"], "2024-05-07T09:00:00"),
        (["harikerja", "tenggat", "--diterima-pada", "2024-02-10T23:30:00+07:00", "--zona", "WIT", "--hari", "5"], "2024-05-07T09:00:00"),
        (["harikerja", "cek", "2025-04-02", "--cuti-bersama", "kerja"], "2024-05-07T09:00:00"),
        (["harikerja", "cek", "2024-02-14"], "2024-05-07T09:00:00"),
        (["harikerja", "tenggat", "--diterima", "2027-12-29", "--hari", "5"], "2024-05-07T09:00:00"),
        (["harikerja", "tenggat", "--diterima", "2024-01-04", "--hari", "nol"], "2024-05-07T09:00:00"),
    ]

    /// Words that give a language away, matched whole and ignoring case.
    static let markers: [String: [String]] = [
        "id": ["tidak", "belum", "tenggat", "kasus", "diterima", "dan", "yang", "pada", "sudah", "tahap", "surat",
               "berlaku", "hari", "keterangan", "catatan", "tanggal", "peristiwa", "oleh", "tercatat", "ditolak",
               "lewat", "untuk", "bukan", "rantai", "langkah", "wajib", "dapat", "diajukan", "temuan", "terakhir"],
        "en": ["the", "not", "deadline", "case", "received", "is", "and", "of", "no", "refused", "filed", "due", "by",
               "at", "event", "stage", "notice", "overdue", "running", "working", "day", "none", "must", "may",
               "chain", "valid", "issued", "timeline", "next", "found", "recorded", "to", "from"],
    ]

    /// Terms both languages share: the regulation's own words, holiday names as decreed, option names.
    static let shared: [String] = {
        var terms = ["hari kerja", "hari libur nasional", "cuti bersama", "penilaian ulang", "--hari", "--tanggal",
                     "--diterima", "patuh pembinaan terima", "patuh pembinaan verifikasi"]
        let folder = PatuhRunner.packageRoot.appendingPathComponent("Standards/kalender").path
        for file in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where file.hasSuffix(".xml") {
            let text = (try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)) ?? ""
            let pattern = try! NSRegularExpression(pattern: ">([^<]+)</hari>")
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                terms.append(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return terms.sorted { $0.count > $1.count }
    }()

    /// The marker words of `language` found in `text` once shared terms are taken out.
    static func foreignWords(in text: String, of language: String) -> [String] {
        var rest = text
        for term in shared { rest = rest.replacingOccurrences(of: term, with: " ", options: .caseInsensitive) }
        let words = Set(rest.lowercased().split { !$0.isLetter && $0 != "-" }.flatMap { $0.split(separator: "-") }.map(String.init))
        return (markers[language] ?? []).filter(words.contains)
    }

    @Test(arguments: ["id", "en"])
    func everyCommandSpeaksOneLanguage(_ language: String) throws {
        let other = language == "id" ? "en" : "id"
        let root = try Self.workspace()
        try Self.recordFaktual("2023-05-20", in: root, at: "2023-05-25T09:00:00")
        var statuses: [Int32] = []
        for (arguments, now) in Self.script {
            let result = try PatuhRunner.run(arguments + ["--lang", language], in: root,
                                             environment: ["PATUH_NOW": now + "+07:00"])
            statuses.append(result.status)
            let found = Self.foreignWords(in: result.stdout + "\n" + result.stderr, of: other)
            #expect(found.isEmpty, "\(arguments.joined(separator: " ")) --lang \(language): \(found)\n\(result.stdout)\(result.stderr)")
        }
        #expect(statuses == [0, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2, 2])
        let report = try PatuhRunner.run(["laporan", "pembinaan", "--format", "md", "--output", "p.md", "--lang", language],
                                         in: root, environment: ["PATUH_NOW": "2024-05-07T09:00:00+07:00"])
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOfFile: root + "/p.md", encoding: .utf8)
        let found = Self.foreignWords(in: markdown, of: other)
        #expect(found.isEmpty, "laporan pembinaan --lang \(language): \(found)")
    }

    /// The README's case with an on-time keberatan, asked on several days: the status's open
    /// deadlines are the report's deadlines that are not closed, with the same overdue flags.
    @Test func statusAndReportAgreeEndToEnd() throws {
        let root = try Self.workspace()
        func run(_ arguments: [String], _ now: String) throws -> PatuhRunner.Result {
            try PatuhRunner.run(arguments, in: root, environment: ["PATUH_NOW": now + "+07:00"])
        }
        _ = try run(["pembinaan", "buka", "--temuan-id", "TF-2026-07", "--standar", "S12", "--kontrol", "S12.3", "--uraian",
                     "Uji pemulihan belum dilaksanakan", "--nomor", "R-001/2026", "--ditetapkan", "2026-11-20"] + Self.lkpp,
                    "2026-11-20T10:00:00")
        _ = try run(["pembinaan", "terima", "K-2026-001", "--tanggal", "2026-11-23"] + Self.lpse, "2026-11-23T15:00:00")
        _ = try run(["pembinaan", "keberatan", "ajukan", "K-2026-001", "--alasan", "sudah diuji"] + Self.lpse, "2026-11-24T10:00:00")
        for day in ["2026-11-25", "2026-11-30", "2026-12-01", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-21", "2026-12-22"] {
            let now = day + "T09:00:00"
            let status = try run(["pembinaan", "status", "K-2026-001", "--format", "json"], now)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any])
            let open = try #require(object["tenggatTerbuka"] as? [[String: Any]])
                .map { "\($0["jenis"]!) \($0["tanggal"]!) \($0["lewat"]! as! Bool)" }
            #expect(try run(["laporan", "pembinaan", "--format", "json", "--output", "p.json"], now).status == 0)
            let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/p.json")))
                as? [String: Any])
            let deadlines = try #require((report["cases"] as? [[String: Any]])?.first?["deadlines"] as? [[String: Any]])
            let shown = deadlines.filter { $0["state"] as? String != "selesai" }
                .map { "\($0["kind"]!) \($0["due"]!) \($0["overdue"]! as! Bool)" }
            #expect(open == shown, "\(day)")
            // The text of both: as many LEWAT rows in the status as overdue deadlines in the report.
            let text = try run(["pembinaan", "status", "K-2026-001"], now).stdout
            #expect(try run(["laporan", "pembinaan", "--format", "md", "--output", "p.md"], now).status == 0)
            let markdown = try String(contentsOfFile: root + "/p.md", encoding: .utf8)
            let overdue = open.filter { $0.hasSuffix("true") }.count
            #expect(text.components(separatedBy: "  LEWAT").count - 1 == overdue, "\(day)\n\(text)")
            #expect(markdown.components(separatedBy: "— Terlambat").count - 1 == overdue, "\(day)\n\(markdown)")
            if day == "2026-12-10" {
                #expect(open == ["tindak-lanjut 2026-12-21 false", "putusan-keberatan 2026-12-08 true"])
                #expect(text.contains("putusan-keberatan  rekomendasi  R-001/2026  2026-12-08  2026-12-08T23:59:59+07:00  LEWAT"))
                #expect(markdown.contains("**Putusan keberatan atas Rekomendasi (R-001/2026)**"))
            }
        }
    }
}
