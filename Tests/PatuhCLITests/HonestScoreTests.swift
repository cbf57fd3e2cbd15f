import Foundation
import Testing

/// Honest first scores (issue 11, item 6): unreviewed proposals are named, an empty Evidence/
/// proposes nothing as met, and a citation of a file that does not exist is a problem.
@Suite("Honest first scores (end to end)", .serialized)
struct HonestScoreTests {
    static let now = ["--now", "2026-02-01T09:00:00+08:00"]

    @Test("on an empty Evidence/, the template proposes memenuhi for no control (not even those with optional rules only)")
    func emptyEvidenceProposesNothing() throws {
        let folder = try PatuhRunner.temporaryFolder("patuh-honest")
        #expect(try FirstDayTests.run(["init", "w"] + FirstDayTests.initArguments, in: folder).status == 0)
        let root = folder + "/w"
        let made = try FirstDayTests.run(["penilaian", "template", "--jenis", "mandiri", "--output", "baru.xml"] + Self.now, in: root)
        #expect(made.status == 0, "\(made.stderr)")
        let text = try String(contentsOfFile: root + "/baru.xml", encoding: .utf8)
        #expect(text.components(separatedBy: "<control id=").count == 69)
        #expect(!text.contains("status=\"memenuhi\""))
        #expect(!text.contains("status=\"sebagian\""))
        // S05.3 and S16.4 have only optional rules: ok with no file, but nothing to show.
        #expect(text.contains("<control id=\"S05.3\" status=\"tidak\" proposed=\"true\">"))
        #expect(text.contains("<control id=\"S16.4\" status=\"tidak\" proposed=\"true\">"))
    }

    @Test("penilaian nilai names the unreviewed proposals and their standards, in both languages")
    func penilaianNilaiWarns() throws {
        let workspace = try TestWorkspace()
        let answers = try workspace.read("Evidence/penilaian-mandiri.xml")
        try workspace.write(answers.replacingOccurrences(of: "<control id=\"S04.1\" status=", with: "<control id=\"S04.1\" proposed=\"true\" status=")
            .replacingOccurrences(of: "<control id=\"S12.1\" status=", with: "<control id=\"S12.1\" proposed=\"true\" status="),
            to: "Evidence/penilaian-mandiri.xml")
        let id = try workspace.run(["penilaian", "nilai", "Evidence/penilaian-mandiri.xml", "--no-save"])
        #expect(id.stdout.contains("Peringatan: 2 dari 68 jawaban masih usulan template yang belum ditinjau (proposed=\"true\"), di S04, S12"),
                "\(id.stdout)")
        let en = try workspace.run(["penilaian", "nilai", "Evidence/penilaian-mandiri.xml", "--no-save", "--lang", "en", "--format", "json"])
        let notices = en.object["notices"] as? [String] ?? []
        #expect(notices.first?.hasPrefix("Warning: 2 of 68 answers are still unreviewed template proposals") == true, "\(en.stdout)")
    }

    @Test("a citation of a file that does not exist is a problem in periksa, nilai and the report; the sample's citations resolve")
    func missingCitations() throws {
        let workspace = try TestWorkspace()
        let sample = try workspace.run(["periksa", "--format", "json"])
        let sampleProblems = sample.object["problems"] as? [[String: Any]] ?? []
        #expect(!sampleProblems.contains { ($0["path"] as? String ?? "").hasPrefix("Evidence/penilaian-") }, "\(sampleProblems)")
        let nilaiSample = try workspace.run(["nilai"])
        #expect(!nilaiSample.stdout.contains("yang tidak ada"))

        let answers = try workspace.read("Evidence/penilaian-mandiri.xml")
        let cited = "S03-aset/S03.2/register-aset-layanan_2026-10-30.xlsx"
        #expect(answers.contains("<evidence file=\"\(cited)\"/>"))
        try workspace.write(answers.replacingOccurrences(of: "<evidence file=\"\(cited)\"/>",
                                                         with: "<evidence file=\"S03-aset/S03.2/register-aset-layanan_2026-10-03.xlsx\"/>"),
                            to: "Evidence/penilaian-mandiri.xml")
        let check = try workspace.run(["periksa", "--format", "json"])
        let problems = check.object["problems"] as? [[String: Any]] ?? []
        let problem = try #require(problems.first { $0["path"] as? String == "Evidence/penilaian-mandiri.xml" })
        #expect((problem["message"] as? String ?? "").contains(
            "S03.2 mengutip Evidence/S03-aset/S03.2/register-aset-layanan_2026-10-03.xlsx, yang tidak ada; maksud Anda Evidence/\(cited)?"))
        let nilai = try workspace.run(["nilai"])
        #expect(nilai.stdout.contains("Evidence/penilaian-mandiri.xml:"), "\(nilai.stdout)")
        #expect(nilai.stdout.contains("S03.2 mengutip Evidence/S03-aset/S03.2/register-aset-layanan_2026-10-03.xlsx, yang tidak ada"))
        let html = try workspace.read("Reports/mandiri-lpse-kab-contoh-2026-11-25.html")
        #expect(html.contains("S03.2 mengutip Evidence/S03-aset/S03.2/register-aset-layanan_2026-10-03.xlsx, yang tidak ada"))
    }
}
