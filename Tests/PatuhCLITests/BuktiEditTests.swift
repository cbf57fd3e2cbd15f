import Foundation
import Testing

/// `patuh bukti catat|sahkan` and `patuh profil ubah`: no XML by hand (end to end).
@Suite("bukti catat, bukti sahkan, profil ubah (end to end)")
struct BuktiEditTests {
    static let signed = "Evidence/S01-kebijakan/S01.2/kebijakan-keamanan-informasi_2026-02-02.pdf"
    static let folder = "Evidence/S02-organisasi/S02.2"

    static func rule(_ id: String, in workspace: TestWorkspace) throws -> [String: Any] {
        let check = try workspace.run(["periksa", "--format", "json"])
        let rules = check.object["rules"] as? [[String: Any]] ?? []
        return try #require(rules.first { $0["rule"] as? String == id })
    }

    @Test("bukti sahkan turns an unsigned rule ok; the date is written canonically, the rest of bukti.xml kept")
    func ratify() throws {
        let workspace = try TestWorkspace()
        #expect(try Self.rule("S01.2.E1", in: workspace)["status"] as? String == "unsigned")
        let before = try workspace.read("Evidence/S01-kebijakan/S01.2/bukti.xml")
        let result = try workspace.run(["bukti", "sahkan", Self.signed, "--oleh", "Ir. Hendra Wijaya, M.Kom.",
                                        "--jabatan", "Kepala UKPBJ/LPSE", "--tanggal", "03-02-2026"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("disahkan-oleh: Ir. Hendra Wijaya, M.Kom., Kepala UKPBJ/LPSE, 2026-02-03"))
        let after = try workspace.read("Evidence/S01-kebijakan/S01.2/bukti.xml")
        #expect(after == before.replacingOccurrences(of: "    <catatan>", with:
            "    <disahkan-oleh jabatan=\"Kepala UKPBJ/LPSE\" tanggal=\"2026-02-03\">Ir. Hendra Wijaya, M.Kom.</disahkan-oleh>\n    <catatan>"))
        #expect(try Self.rule("S01.2.E1", in: workspace)["status"] as? String == "ok")
    }

    @Test("bukti catat adds an entry for a second document from inside its folder; the first entry stays byte for byte")
    func record() throws {
        let workspace = try TestWorkspace()
        let path = Self.folder + "/bukti.xml"
        let before = try workspace.read(path)
        let result = try PatuhRunner.run(["bukti", "catat", "register-peran-lpse_2026-10-01.xlsx", "--nomor", "REG-02/2026",
                                          "--tanggal", "01-10-2026", "--aturan", "s02.2.e1"],
                                         in: workspace.path(Self.folder), environment: ["PATUH_NOW": TestWorkspace.now])
        #expect(result.status == 0, "\(result.stderr)")
        let after = try workspace.read(path)
        #expect(after == before.replacingOccurrences(of: "</bukti>", with: """
              <dokumen berkas="register-peran-lpse_2026-10-01.xlsx" aturan="S02.2.E1">
                <nomor>REG-02/2026</nomor>
                <tanggal>2026-10-01</tanggal>
              </dokumen>
            </bukti>
            """))
        // Again: the entry is updated, not duplicated.
        let again = try workspace.run(["bukti", "catat", Self.folder + "/register-peran-lpse_2026-10-01.xlsx", "--judul", "Register peran"])
        #expect(again.status == 0, "\(again.stderr)")
        let twice = try workspace.read(path)
        #expect(twice.components(separatedBy: "register-peran-lpse").count == 2)
        #expect(twice.contains("<nomor>REG-02/2026</nomor>\n    <judul>Register peran</judul>"))
    }

    @Test("refusals name the fix and leave bukti.xml untouched: a misspelt name, a bad date, another control's rule, a link")
    func refusals() throws {
        let workspace = try TestWorkspace()
        let path = Self.folder + "/bukti.xml"
        let before = try workspace.read(path)
        let misspelt = try workspace.run(["bukti", "catat", Self.folder + "/register-peran-lpse_2026-10-10.xlsx", "--nomor", "1"])
        #expect(misspelt.status == 2)
        #expect(misspelt.stderr.contains("maksud Anda 'register-peran-lpse_2026-10-01.xlsx'?"), "\(misspelt.stderr)")
        let english = try workspace.run(["bukti", "catat", Self.folder + "/register-peran-lpse_2026-10-10.xlsx", "--nomor", "1", "--lang", "en"])
        #expect(english.stderr.contains("did you mean 'register-peran-lpse_2026-10-01.xlsx'?"))
        let date = try workspace.run(["bukti", "catat", Self.folder + "/register-peran-lpse_2026-10-01.xlsx", "--tanggal", "2026/10/01"])
        #expect(date.status == 2)
        #expect(date.stderr.contains("tulis YYYY-MM-DD atau DD-MM-YYYY"), "\(date.stderr)")
        let other = try workspace.run(["bukti", "catat", Self.folder + "/register-peran-lpse_2026-10-01.xlsx", "--aturan", "S01.1.E1"])
        #expect(other.status == 2)
        #expect(other.stderr.contains("milik kontrol S01.1, bukan S02.2"), "\(other.stderr)")
        let window = try workspace.run(["bukti", "catat", Self.folder + "/register-peran-lpse_2026-10-01.xlsx",
                                        "--berlaku-mulai", "2026-12-01", "--berlaku-sampai", "2026-01-01"])
        #expect(window.status == 2)
        let control = try workspace.run(["bukti", "sahkan", Self.folder + "/register-peran-lpse_2026-10-01.xlsx",
                                         "--oleh", "Ani\u{1B}[31m", "--jabatan", "Kepala LPSE"])
        #expect(control.status == 2)
        #expect(control.stderr.contains("karakter kendali"), "\(control.stderr)")
        let outside = try workspace.run(["bukti", "catat", "patuh.xml", "--nomor", "1"])
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("bukan dokumen bukti"))
        #expect(try workspace.read(path) == before)

        // A bukti.xml that is a symbolic link is never written through.
        let target = workspace.path("elsewhere.xml")
        try FileManager.default.moveItem(atPath: workspace.path(path), toPath: target)
        try FileManager.default.createSymbolicLink(atPath: workspace.path(path), withDestinationPath: target)
        let linked = try workspace.run(["bukti", "catat", Self.folder + "/register-peran-lpse_2026-10-01.xlsx", "--nomor", "1"])
        #expect(linked.status == 2, "\(linked.stderr)")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == before)
    }

    @Test("profil ubah changes only the values given, keeps the comment, and refuses what workspace.xsd refuses")
    func profile() throws {
        let workspace = try TestWorkspace()
        let before = try workspace.read("patuh.xml")
        let result = try workspace.run(["profil", "ubah", "--nama", "LPSE Kota Contoh & Sekitarnya", "--zona", "wita"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("zona WITA"))
        let after = try workspace.read("patuh.xml")
        #expect(after == before.replacingOccurrences(of: "<nama>LPSE Kabupaten Contoh</nama>", with: "<nama>LPSE Kota Contoh &amp; Sekitarnya</nama>")
            .replacingOccurrences(of: "<zona-waktu>WIB</zona-waktu>", with: "<zona-waktu>WITA</zona-waktu>"))
        let blank = try workspace.run(["profil", "ubah", "--instansi", "   "])
        #expect(blank.status == 2)
        #expect(blank.stderr.contains("ditolak oleh workspace.xsd"), "\(blank.stderr)")
        let zone = try workspace.run(["profil", "ubah", "--zona", "Wit a"])
        #expect(zone.status == 2)
        #expect(zone.stderr.contains("pilih WIB, WITA atau WIT"))
        #expect(try workspace.read("patuh.xml") == after)
        // A new element lands in the schema's order.
        try workspace.write(before.replacingOccurrences(of: "  <infrastruktur>sendiri</infrastruktur>\n", with: ""), to: "patuh.xml")
        let hosting = try workspace.run(["profile", "set", "--infrastruktur", "lkpp", "--lang", "en"])
        #expect(hosting.status == 0, "\(hosting.stderr)")
        #expect(try workspace.read("patuh.xml").contains("<jenis-instansi>kabupaten</jenis-instansi>\n  <infrastruktur>lkpp</infrastruktur>\n  <situs>"))
    }
}
