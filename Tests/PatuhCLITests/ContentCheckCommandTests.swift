import Foundation
import GRDB
import Testing

/// The content checks end to end: the built `patuh` on the sample workspace (its planted
/// content gap), on registers written by the test, and on broken checks in the catalog.
@Suite("Content checks, end to end")
struct ContentCheckCommandTests {
    static let register = "Evidence/S03-aset/S03.2/register-aset-layanan_2026-10-30.xlsx"

    static func rule(_ result: PatuhRunner.Result, _ id: String) -> [String: Any]? {
        (result.object["rules"] as? [[String: Any]] ?? []).first { $0["rule"] as? String == id }
    }

    @Test("the sample's planted gap: periksa --format json names the rule, the file, the header row and the column")
    func plantedGap() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        let result = try workspace.periksa(["--format", "json"])
        #expect(result.status == 1)
        let rule = try #require(Self.rule(result, "S03.2.E1"))
        #expect(rule["status"] as? String == "content")
        let content = try #require(rule["content"] as? [[String: Any]])
        #expect(content.count == 1)
        #expect(content[0]["kind"] as? String == "missing-column")
        #expect(content[0]["file"] as? String == Self.register)
        #expect(content[0]["row"] as? Int == 1)
        #expect(content[0]["column"] as? String == "pemilik")
        #expect(content[0]["failing"] as? Bool == true)
        #expect((content[0]["message"] as? String ?? "").contains("kolom 'pemilik' tidak ada"))
        // The other checked rules of the sample pass, and the gate counts one content problem.
        for id in ["S03.3.E1", "S04.2.E1", "S04.3.E1", "S05.2.E2", "S16.4.E1"] {
            #expect(Self.rule(result, id)?["status"] as? String == "ok", "\(id)")
        }
        let problems = result.object["problems"] as? [[String: Any]] ?? []
        let problem = try #require(problems.first { $0["kind"] as? String == "content" })
        #expect(problem["path"] as? String == Self.register && problem["failing"] as? Bool == true)
        #expect((result.object["failOn"] as? [String] ?? []).contains("content"))
    }

    @Test("every format shows the content gap; --fail-on without content lets it pass as a warning")
    func formats() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        let text = try workspace.periksa(["--lang", "en"])
        #expect(text.stdout.contains("content      S03.2.E1  content fails its check (1 findings): \(Self.register): column 'pemilik' is missing"),
                "\(text.stdout)")
        let github = try workspace.periksa(["--format", "github"])
        #expect(github.stdout.contains("::error file=\(Self.register),title=content S03.2.E1::"), "\(github.stdout)")
        let sarif = try workspace.periksa(["--format", "sarif"])
        #expect(sarif.stdout.contains("\"ruleId\" : \"content\"") || sarif.stdout.contains("\"ruleId\":\"content\""), "\(sarif.stdout.prefix(400))")
        let junit = try workspace.periksa(["--format", "junit"])
        #expect(junit.stdout.contains("<failure type=\"content\""))
        let lenient = try workspace.periksa(["--fail-on", "missing", "--standard", "S03", "--format", "github"])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("::warning file=\(Self.register),title=content S03.2.E1::"))
    }

    @Test("a malformed CSV log is a finding with its line; a fixed one passes; content is cached by hash")
    func malformedAndCached() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        let log = "Evidence/S05-gangguan/S05.2/log-tiket-helpdesk_2026-11-20.csv"
        let original = try String(contentsOfFile: workspace.root + "/" + log, encoding: .utf8)
        try workspace.write(log, original + "T-2026-999,2026-11-21,\"Pokja 9,E-mail\n")
        let broken = try workspace.periksa(["--format", "json", "--standard", "S05"])
        #expect(broken.status == 1)
        let content = try #require(Self.rule(broken, "S05.2.E2")?["content"] as? [[String: Any]])
        #expect(content.first?["kind"] as? String == "malformed")
        #expect((content.first?["message"] as? String ?? "").contains("baris 32"), "\(content)")

        // A value outside the list, at its row and column.
        try workspace.write(log, original.replacingOccurrences(of: "T-2026-700,2026-10-21,Pokja 1,E-mail,PL", with: "T-2026-700,2026-10-21,Pokja 1,Faks,PL"))
        let wrong = try workspace.periksa(["--format", "json", "--standard", "S05"])
        let finding = try #require((Self.rule(wrong, "S05.2.E2")?["content"] as? [[String: Any]])?.first)
        #expect(finding["kind"] as? String == "value-not-allowed" && finding["row"] as? Int == 2)
        #expect(finding["column"] as? String == "media" && finding["cell"] as? String == "D2" && finding["value"] as? String == "Faks")

        try workspace.write(log, original)
        #expect(try workspace.periksa(["--format", "json", "--standard", "S05"]).status == 0)
        // What was read is kept by hash; the rows of the two contents no file has any more are pruned.
        let database = try DatabaseQueue(path: workspace.database)
        let readers = try database.read { db in try String.fetchAll(db, sql: "SELECT reader FROM content_cache ORDER BY reader") }
        #expect(readers.contains("csv/1") && readers.contains("xlsx/1"))
        let orphans = try database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM content_cache WHERE sha256 NOT IN (SELECT sha256 FROM evidence_file)")
        }
        #expect(orphans == 0)
    }

    @Test("a policy whose password length is below the minimum fails S01.2.E1's text check at its line")
    func passwordRule() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        let policy = "Evidence/S01-kebijakan/S01.2/kebijakan-keamanan-password_2026-11-01.txt"
        try workspace.write(policy, "KEBIJAKAN KATA SANDI\nKata sandi minimal 8 karakter, memuat huruf besar, huruf kecil, angka dan karakter khusus.\nTOTP wajib.\n")
        let result = try workspace.periksa(["--format", "json", "--standard", "S01"])
        let content = try #require(Self.rule(result, "S01.2.E1")?["content"] as? [[String: Any]])
        #expect(Self.rule(result, "S01.2.E1")?["status"] as? String == "content")
        #expect(content.count == 1)
        #expect(content[0]["kind"] as? String == "number-out-of-range" && content[0]["row"] as? Int == 2)
        #expect(content[0]["value"] as? String == "8" && content[0]["expected"] as? String == "≥ 10")
    }

    @Test("standar validate refuses a content check naming an undeclared column or a pattern without one group")
    func validateChecks() throws {
        let folder = try PatuhRunner.temporaryFolder() + "/Standards"
        try FileManager.default.copyItem(atPath: EvidenceWorkspace.standards, toPath: folder)
        let s03 = folder + "/S03-aset.xml"
        try String(contentsOfFile: s03, encoding: .utf8)
            .replacingOccurrences(of: #"<computed column="nilai" function="mean" of="K,I,A""#, with: #"<computed column="nilai" function="mean" of="K,I,X""#)
            .write(toFile: s03, atomically: true, encoding: .utf8)
        let s01 = folder + "/S01-kebijakan.xml"
        try String(contentsOfFile: s01, encoding: .utf8)
            .replacingOccurrences(of: #"pattern="minimal\s+(\d+)\s+karakter""#, with: #"pattern="minimal\s+\d+\s+karakter""#)
            .write(toFile: s01, atomically: true, encoding: .utf8)
        let result = try PatuhRunner.run(["standar", "validate", folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("S03-aset.xml:") && result.stderr.contains("names column 'X', which no <column> of the check declares"), "\(result.stderr)")
        #expect(result.stderr.contains("S01-kebijakan.xml:") && result.stderr.contains("has 0 capture groups"), "\(result.stderr)")
        // The XSD refuses an unknown function before the loader sees it.
        try String(contentsOfFile: s03, encoding: .utf8)
            .replacingOccurrences(of: #"function="mean""#, with: #"function="median""#)
            .write(toFile: s03, atomically: true, encoding: .utf8)
        #expect(try PatuhRunner.run(["standar", "validate", folder]).status == 2)
    }

    // MARK: - Cross-references, row rules, headcount

    static func content(_ result: PatuhRunner.Result, _ id: String) -> [[String: Any]] {
        Self.rule(result, id)?["content"] as? [[String: Any]] ?? []
    }

    @Test("S04: a risk whose asset sub-class is not in S03.2's register (S04.2), a risk above 24 without mitigation (S04.3), at their rows and columns")
    func riskRegister() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        let risks = "Evidence/S04-risiko/S04.2/register-risiko_2026-11-20.csv"
        try workspace.write(risks, """
        no;sub_klasifikasi_aset;deskripsi;dampak;pengancam;kerentanan;paparan;keparahan;nilai_risiko;tingkat;mitigasi;pic;target_tanggal
        1;Server;Kegagalan disk;4;1;3;1;12;12;Rendah;;;
        2;Router inti;Konfigurasi hilang;4;2;3;2;24;48;Sedang;;Budi Santoso;2026-12-31
        3;basis data;Ransomware;4;3;2;3;24;72;Tinggi;Backup offline;Siti Nurhaliza;2026-12-15

        """)
        let result = try workspace.periksa(["--format", "json"])
        #expect(result.status == 1)
        #expect(Self.rule(result, "S04.2.E1")?["status"] as? String == "content")
        #expect(Self.rule(result, "S04.3.E1")?["status"] as? String == "content")
        // S04.3.E1 reads the same register (it uses S04.2.E1's files) for its row rules.
        let treatment = Self.content(result, "S04.3.E1")
        #expect(treatment.map { $0["kind"] as? String ?? "" } == ["empty-cell"], "\(treatment)")
        let empty = try #require(treatment.first)
        #expect(empty["file"] as? String == risks && empty["row"] as? Int == 3)
        #expect(empty["column"] as? String == "mitigasi" && empty["cell"] as? String == "K3")
        let condition = try #require(empty["condition"] as? [String: Any])
        #expect(condition["column"] as? String == "nilai_risiko" && condition["cell"] as? String == "48")
        #expect(condition["test"] as? String == "above" && condition["values"] as? [String] == ["24"])
        #expect((empty["message"] as? String ?? "").contains("bila nilai_risiko lebih dari 24 (di sini 48)"), "\(empty)")
        let content = Self.content(result, "S04.2.E1")
        #expect(content.map { $0["kind"] as? String ?? "" } == ["unknown-reference"], "\(content)")
        let unknown = try #require(content.first)
        #expect(unknown["row"] as? Int == 3 && unknown["column"] as? String == "sub_klasifikasi_aset" && unknown["cell"] as? String == "B3")
        #expect(unknown["value"] as? String == "Router inti")
        let reference = try #require(unknown["reference"] as? [String: Any])
        #expect(reference["rule"] as? String == "S03.2.E1" && reference["key"] as? String == "sub_klasifikasi")
        #expect(reference["files"] as? [String] == [Self.register])
        #expect((unknown["message"] as? String ?? "").contains("'Router inti' tidak ada di kolom sub_klasifikasi register S03.2.E1 (\(Self.register))"))
        // The English text names the same things.
        let english = try workspace.periksa(["--lang", "en"])
        #expect(english.stdout.contains("\(risks) row 3, column mitigasi (K): empty cell, must be filled; row rule: when nilai_risiko is above 24 (here 48)"), "\(english.stdout)")
        #expect(english.stdout.contains("'Router inti' is not in column sub_klasifikasi of the S03.2.E1 register"))
    }

    @Test("S05.2: a closed ticket finished before it was reported, or not confirmed, fails the row rule")
    func ticketRowRule() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        let log = "Evidence/S05-gangguan/S05.2/log-tiket-helpdesk_2026-11-20.csv"
        let original = try String(contentsOfFile: workspace.root + "/" + log, encoding: .utf8)
        try workspace.write(log, original
            .replacingOccurrences(of: "Reset melalui verifikasi identitas,2026-10-22,Sudah", with: "Reset melalui verifikasi identitas,2026-10-20,Sudah")
            .replacingOccurrences(of: "Reset melalui verifikasi identitas,2026-10-23,Sudah", with: "Reset melalui verifikasi identitas,2026-10-23,Belum"))
        let result = try workspace.periksa(["--format", "json", "--standard", "S05"])
        #expect(result.status == 1)
        let content = Self.content(result, "S05.2.E2")
        #expect(content.map { $0["kind"] as? String ?? "" } == ["date-before", "value-not-allowed"], "\(content)")
        #expect(content[0]["row"] as? Int == 3 && content[0]["column"] as? String == "tanggal_selesai" && content[0]["cell"] as? String == "J3")
        #expect(content[0]["value"] as? String == "2026-10-20" && content[0]["expected"] as? String == "2026-10-22")
        #expect(content[0]["relatedColumn"] as? String == "tanggal")
        #expect(content[1]["row"] as? Int == 4 && content[1]["column"] as? String == "konfirmasi" && content[1]["value"] as? String == "Belum")
        #expect((content[1]["message"] as? String ?? "").contains("bila status bernilai Penyelesaian (di sini Penyelesaian)"))
    }

    @Test("S16.4: a follow-up naming a ticket that is not in S05.2's log, and a closed row without its follow-up")
    func followUpTickets() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        let register = "Evidence/S16-kepatuhan/S16.4/register-tindak-lanjut-lkpp_2026-11-20.csv"
        try workspace.write(register, """
        nomor_surat;tanggal_diterima;jenis;standar;batas_waktu;status;tindak_lanjut;no_tiket
        B-1021/D.3/2026;2026-04-06;rekomendasi;S09;2026-07-06;selesai;;
        B-2210/D.3/2026;2026-10-12;saran;S12;2026-12-14;proses;Jadwal uji disusun;T-2026-705
        B-2301/D.3/2026;2026-11-02;saran;S05;2026-12-30;proses;Tiket dibuka;T-2026-999

        """)
        let result = try workspace.periksa(["--format", "json"])
        let content = Self.content(result, "S16.4.E1")
        #expect(Self.rule(result, "S16.4.E1")?["status"] as? String == "content")
        #expect(content.map { $0["kind"] as? String ?? "" } == ["empty-cell", "unknown-reference"], "\(content)")
        #expect(content[0]["row"] as? Int == 2 && content[0]["column"] as? String == "tindak_lanjut")
        #expect(content[1]["row"] as? Int == 4 && content[1]["column"] as? String == "no_tiket" && content[1]["value"] as? String == "T-2026-999")
        let reference = try #require(content[1]["reference"] as? [String: Any])
        #expect(reference["rule"] as? String == "S05.2.E2" && reference["key"] as? String == "no_tiket")
        #expect(reference["files"] as? [String] == ["Evidence/S05-gangguan/S05.2/log-tiket-helpdesk_2026-11-20.csv"])
    }

    @Test("a reference whose register is not current is a notice, not a failure")
    func referenceUnavailable() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        try FileManager.default.removeItem(atPath: workspace.root + "/Evidence/S05-gangguan/S05.2/log-tiket-helpdesk_2026-11-20.csv")
        try workspace.write("Evidence/S16-kepatuhan/S16.4/register-tindak-lanjut-lkpp_2026-11-20.csv", """
        nomor_surat;tanggal_diterima;jenis;standar;batas_waktu;status;tindak_lanjut;no_tiket
        B-2301/D.3/2026;2026-11-02;saran;S05;2026-12-30;proses;Tiket dibuka;T-2026-999

        """)
        let result = try workspace.periksa(["--format", "json"])
        #expect(Self.rule(result, "S16.4.E1")?["status"] as? String == "ok")
        let notice = try #require(Self.content(result, "S16.4.E1").first)
        #expect(notice["kind"] as? String == "not-checked" && notice["failing"] as? Bool == false)
        #expect((notice["message"] as? String ?? "").contains("rujukan ke kolom no_tiket register S05.2.E2 tidak diperiksa"), "\(notice)")
    }

    @Test("S08.4: with patuh.xml's jumlah-pegawai, one NDA per person is needed; profil ubah sets it")
    func headcount() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        #expect(Self.rule(try workspace.periksa(["--format", "json", "--standard", "S08"]), "S08.4.E1")?["status"] as? String == "ok")
        let set = try workspace.run(["profil", "ubah"], ["--jumlah-pegawai", "8"])
        #expect(set.status == 0, "\(set.stderr)")
        let profile = try String(contentsOfFile: workspace.root + "/patuh.xml", encoding: .utf8)
        #expect(profile.contains("<jumlah-pegawai>8</jumlah-pegawai>"))
        // The sample's three NDAs are fewer than its eight staff.
        let short = try workspace.periksa(["--format", "json", "--standard", "S08"])
        #expect(short.status == 1)
        let rule = try #require(Self.rule(short, "S08.4.E1"))
        #expect(rule["status"] as? String == "missing")
        #expect((rule["message"] as? String ?? "").contains("8"), "\(rule)")
        #expect(try workspace.run(["profil", "ubah"], ["--jumlah-pegawai", "3"]).status == 0)
        #expect(Self.rule(try workspace.periksa(["--format", "json", "--standard", "S08"]), "S08.4.E1")?["status"] as? String == "ok")
        // Zero is no headcount: the schema refuses it and nothing is written.
        let zero = try workspace.run(["profil", "ubah"], ["--jumlah-pegawai", "0"])
        #expect(zero.status != 0)
        #expect(try String(contentsOfFile: workspace.root + "/patuh.xml", encoding: .utf8).contains("<jumlah-pegawai>3</jumlah-pegawai>"))
    }

    @Test("standar validate refuses a reference to an unknown rule or undeclared key, and a numeric row rule on text")
    func validateReferencesAndRowRules() throws {
        let folder = try PatuhRunner.temporaryFolder() + "/Standards"
        try FileManager.default.copyItem(atPath: EvidenceWorkspace.standards, toPath: folder)
        let s04 = folder + "/S04-risiko.xml"
        let original = try String(contentsOfFile: s04, encoding: .utf8)
        // A numeric test on a value that is no number (the loader reads each standard first).
        try original.replacingOccurrences(of: #"<when column="nilai" test="above" value="24">"#, with: #"<when column="nilai" test="above" value="tinggi">"#)
            .write(toFile: s04, atomically: true, encoding: .utf8)
        let numeric = try PatuhRunner.run(["standar", "validate", folder])
        #expect(numeric.status == 2)
        #expect(numeric.stderr.contains("S04-risiko.xml:") && numeric.stderr.contains("compares numbers: its 'value' must be one number"), "\(numeric.stderr)")
        // References are checked across the catalog once every standard is read.
        try original
            .replacingOccurrences(of: #"<reference column="sub_klasifikasi" rule="S03.2.E1" key="sub_klasifikasi"/>"#,
                                  with: #"<reference column="sub_klasifikasi" rule="S03.9.E1" key="sub_klasifikasi"/><reference column="deskripsi" rule="S03.2.E1" key="lokasi"/>"#)
            .write(toFile: s04, atomically: true, encoding: .utf8)
        let result = try PatuhRunner.run(["standar", "validate", folder])
        #expect(result.status == 2)
        #expect(result.stderr.contains("names rule 'S03.9.E1', which no standard defines"), "\(result.stderr)")
        #expect(result.stderr.contains("names key column 'lokasi' of 'S03.2.E1', whose <register> declares no such <column>"), "\(result.stderr)")
        // The XSD refuses a test it does not know before the loader sees it.
        try original.replacingOccurrences(of: #"test="above""#, with: #"test="greater""#).write(toFile: s04, atomically: true, encoding: .utf8)
        let unknown = try PatuhRunner.run(["standar", "validate", folder])
        #expect(unknown.status == 2 && unknown.stderr.contains("S04-risiko.xml:"), "\(unknown.stderr)")
        // The shipped catalog validates.
        #expect(try PatuhRunner.run(["standar", "validate", EvidenceWorkspace.standards]).status == 0)
    }

    @Test("standar show words the cross-reference and the row rules, in both languages")
    func showReferencesAndRowRules() throws {
        let id = try PatuhRunner.run(["standar", "show", "S04", "--standards", EvidenceWorkspace.standards])
        #expect(id.status == 0, "\(id.stderr)")
        #expect(id.stdout.contains("nilai kolom sub_klasifikasi harus ada di kolom sub_klasifikasi register S03.2.E1"), "\(id.stdout)")
        #expect(id.stdout.contains("bila nilai lebih dari 24: mitigasi wajib diisi; pic wajib diisi; target_tanggal wajib diisi"))
        #expect(id.stdout.contains("bila nilai lebih dari 64: tingkat bernilai Tinggi"))
        let en = try PatuhRunner.run(["standar", "show", "S05", "--standards", EvidenceWorkspace.standards, "--lang", "en"])
        #expect(en.stdout.contains("when status is Penyelesaian: solusi must be filled; tanggal_selesai must be filled; tanggal_selesai is not before tanggal; konfirmasi must be filled; konfirmasi is Sudah"), "\(en.stdout)")
    }
}
