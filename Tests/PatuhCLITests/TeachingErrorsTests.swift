import Foundation
import Testing

/// Errors that teach (issue 11, item 5): each dead end of a first day, with its new message,
/// in a workspace made by `patuh init` (the embedded catalog, no Standards/).
@Suite("Errors that teach (end to end)", .serialized)
struct TeachingErrorsTests {
    static let now = ["--now", "2026-02-01T09:00:00+08:00"]

    static func workspace() throws -> String {
        let folder = try PatuhRunner.temporaryFolder("patuh-teach")
        let made = try FirstDayTests.run(["init", "w"] + FirstDayTests.initArguments, in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        return folder + "/w"
    }

    static func write(_ relative: String, in root: String, _ text: String = "dokumen") throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + relative))
    }

    @Test("a natural file name gets the folder's patterns and a name that works; a missing rule says where to save what")
    func unclassifiedAndMissing() throws {
        let root = try Self.workspace()
        try Self.write("Evidence/S01-kebijakan/S01.1/Kebijakan LPSE Kota Contoh 2026.pdf", in: root)
        let check = try FirstDayTests.run(["periksa"] + Self.now, in: root)
        #expect(check.status == 1)
        #expect(check.stdout.contains("pola nama di folder ini: 'kebijakan-*'; simpan sebagai Evidence/S01-kebijakan/S01.1/kebijakan-lpse-kota-contoh-2026_YYYY-MM-DD.pdf"),
                "\(check.stdout)")
        #expect(check.stdout.contains("S01.1.E1") && check.stdout.contains("simpan sebagai Evidence/S01-kebijakan/S01.1/kebijakan-lpse_2026-02-01.pdf"))
        let english = try FirstDayTests.run(["periksa", "--lang", "en"] + Self.now, in: root)
        #expect(english.stdout.contains("name patterns in this folder: 'kebijakan-*'; save it as Evidence/S01-kebijakan/S01.1/"))
        // Renamed as suggested (with the document's date), it proves the rule.
        try FileManager.default.moveItem(atPath: root + "/Evidence/S01-kebijakan/S01.1/Kebijakan LPSE Kota Contoh 2026.pdf",
                                         toPath: root + "/Evidence/S01-kebijakan/S01.1/kebijakan-lpse-kota-contoh-2026_2026-01-15.pdf")
        let json = try FirstDayTests.run(["periksa", "--format", "json"] + Self.now, in: root)
        let rules = json.object["rules"] as? [[String: Any]] ?? []
        #expect(rules.first { $0["rule"] as? String == "S01.1.E1" }?["status"] as? String == "unsigned")
    }

    @Test("a misspelt bukti.xml name: maksud Anda; a date in another form: the form to use; only a modification time: tanggal tidak diketahui")
    func datesAndNames() throws {
        let root = try Self.workspace()
        try Self.write("Evidence/S01-kebijakan/S01.1/kebijakan-lpse_2026-01-15.pdf", in: root)
        try Self.write("Evidence/S01-kebijakan/S01.1/bukti.xml", in: root, """
            <bukti xmlns="urn:patuh:bukti:1"><dokumen berkas="kebijakan-lpse_2026-01-51.pdf"><nomor>1</nomor></dokumen></bukti>
            """)
        try Self.write("Evidence/S01-kebijakan/S01.4/rekaman-sosialisasi_10-01-2026.pdf", in: root)
        try Self.write("Evidence/S01-kebijakan/S01.4/rekaman-kaji-ulang.pdf", in: root)
        let check = try FirstDayTests.run(["periksa", "--format", "json"] + Self.now, in: root)
        let problems = (check.object["problems"] as? [[String: Any]] ?? [])
        func message(_ kind: String, _ path: String) -> String {
            problems.first { $0["kind"] as? String == kind && ($0["path"] as? String ?? "").hasSuffix(path) }?["message"] as? String ?? ""
        }
        #expect(message("metadata", "S01.1/bukti.xml").contains("maksud Anda 'kebijakan-lpse_2026-01-15.pdf'?"), "\(problems)")
        #expect(message("undated", "rekaman-sosialisasi_10-01-2026.pdf").contains("tulis _2026-01-10"))
        #expect(message("undated", "rekaman-kaji-ulang.pdf").contains("tanggal tidak diketahui"))
        let rules = check.object["rules"] as? [[String: Any]] ?? []
        // Written a minute ago, but only the modification time says so: never fresh.
        #expect(rules.first { $0["rule"] as? String == "S01.4.E2" }?["status"] as? String == "expired")
        let text = try FirstDayTests.run(["periksa"] + Self.now, in: root)
        #expect(text.stdout.contains("tanggal tidak diketahui: rekaman-kaji-ulang.pdf hanya bertanggal waktu modifikasi"), "\(text.stdout)")
        // Warnings, not failures: the gate fails on the missing and expired rules, not on undated files.
        #expect(problems.filter { $0["kind"] as? String == "undated" }.allSatisfy { $0["failing"] as? Bool == false })
    }

    @Test("XSD failures in patuh.xml, bukti.xml and the answer file become one sentence with the expected form, file:line kept")
    func schemaMessages() throws {
        let root = try Self.workspace()
        let profile = try String(contentsOfFile: root + "/patuh.xml", encoding: .utf8)
        try Self.write("patuh.xml", in: root, profile.replacingOccurrences(of: "<zona-waktu>WITA", with: "<zona-waktu>Wita"))
        let zone = try FirstDayTests.run(["periksa"] + Self.now, in: root)
        #expect(zone.status == 2)
        #expect(zone.stderr.contains("patuh.xml:6:0: error: nilai 'Wita' pada <zona-waktu> tidak dikenal; maksud Anda 'WITA'?"), "\(zone.stderr)")
        try Self.write("patuh.xml", in: root, profile.replacingOccurrences(of: " xmlns=\"urn:patuh:workspace:1\"", with: ""))
        let namespace = try FirstDayTests.run(["periksa", "--lang", "en"] + Self.now, in: root)
        #expect(namespace.stderr.contains("write the document element with its namespace, <lpse xmlns=\"urn:patuh:workspace:1\">"))
        try Self.write("patuh.xml", in: root, profile)

        try Self.write("Evidence/S01-kebijakan/S01.1/kebijakan-lpse_2026-01-15.pdf", in: root)
        try Self.write("Evidence/S01-kebijakan/S01.1/bukti.xml", in: root, """
            <bukti xmlns="urn:patuh:bukti:1">
              <dokumen berkas="kebijakan-lpse_2026-01-15.pdf"><tanggal>15-01-2026</tanggal></dokumen>
            </bukti>
            """)
        let date = try FirstDayTests.run(["periksa"] + Self.now, in: root)
        #expect(date.stderr.contains("bukti.xml:2:0: error: tanggal '15-01-2026' pada <tanggal> harus ditulis YYYY-MM-DD: tulis 2026-01-15"),
                "\(date.stderr)")
        try FileManager.default.removeItem(atPath: root + "/Evidence/S01-kebijakan/S01.1/bukti.xml")

        let answers = root + "/Evidence/penilaian-mandiri.xml"
        let original = try String(contentsOfFile: answers, encoding: .utf8)
        try Self.write("Evidence/penilaian-mandiri.xml", in: root,
                       original.replacingOccurrences(of: "status=\"tidak\" proposed", with: "status=\"belum\" proposed"))
        let status = try FirstDayTests.run(["nilai"] + Self.now, in: root)
        #expect(status.status == 2)
        #expect(status.stderr.contains("nilai 'belum' pada atribut status pada <control> tidak dikenal; pilih salah satu dari: memenuhi, sebagian, tidak, tidak-berlaku"),
                "\(status.stderr)")
    }
}
