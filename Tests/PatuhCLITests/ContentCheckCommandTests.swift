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
        for id in ["S03.3.E1", "S04.2.E1", "S05.2.E2", "S16.4.E1"] {
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
}
