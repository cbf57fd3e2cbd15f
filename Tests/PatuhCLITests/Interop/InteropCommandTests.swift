import Foundation
import PatuhTestSupport
import Testing

/// `patuh ekspor` and `patuh impor` as a user runs them: help, messages, exit codes, files.
@Suite struct InteropCommandTests {
    @Test func helpTeachesWithExamples() throws {
        let workspace = try InteropWorkspace()
        for arguments in [["ekspor", "--help"], ["ekspor", "xccdf", "--help"], ["ekspor", "oscal", "--help"],
                          ["impor", "xccdf", "--help"], ["export", "oscal", "--help"], ["import", "--help"]] {
            let result = try workspace.run(arguments)
            #expect(result.status == 0, "\(arguments)")
            #expect(result.stdout.contains("Examples:"), "\(arguments)")
        }
        #expect(try workspace.run(["--help"]).stdout.contains("ekspor"))
    }

    @Test func xccdfGoesToStdoutOrToAFileWithASummary() throws {
        let workspace = try InteropWorkspace()
        let printed = try workspace.run(["ekspor", "xccdf"])
        #expect(printed.status == 0 && printed.stdout.hasPrefix("<?xml") && printed.stderr.isEmpty)
        // A missing folder is made only when asked (issue 10 item 2).
        #expect(try workspace.run(["ekspor", "xccdf", "--output", "keluar/hasil.xml"]).status == 2)
        let written = try workspace.run(["ekspor", "xccdf", "--penilaian", "mandiri.xml", "--output", "keluar/hasil.xml", "--buat-folder"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("Benchmark XCCDF 1.2 ditulis ke keluar/hasil.xml: 17 grup, 68 aturan."))
        #expect(written.stdout.contains("skor default 78.65/100, flat 141/179, flat-unweighted 51/68, absolute 0/1, patuh 12/17"))
        let english = try workspace.run(["ekspor", "xccdf", "--output", "b.xml", "--lang", "en"])
        #expect(english.stdout.contains("XCCDF 1.2 benchmark written to b.xml: 17 groups, 68 rules."))
        let text = try workspace.read("keluar/hasil.xml")
        #expect(text.contains("end-time=\"\(InteropWorkspace.now)\""))
    }

    @Test func theSameInputAndInstantGiveTheSameBytes() throws {
        let workspace = try InteropWorkspace()
        for arguments in [["ekspor", "xccdf", "--penilaian", "faktual.xml"],
                          ["ekspor", "oscal", "--jenis", "hasil", "--penilaian", "faktual.xml"],
                          ["ekspor", "oscal", "--jenis", "poam", "--penilaian", "faktual.xml"],
                          ["ekspor", "oscal", "--jenis", "katalog"]] {
            let first = try workspace.run(arguments)
            let second = try workspace.run(arguments)
            #expect(first.status == 0 && !first.stdout.isEmpty, "\(arguments): \(first.stderr)")
            #expect(first.stdout == second.stdout, "\(arguments)")
        }
        let other = try PatuhRunner.run(["ekspor", "oscal", "--jenis", "katalog", "--now", "2027-01-01T08:00:00+07:00"],
                                        in: workspace.root)
        #expect(other.stdout.contains("\"last-modified\": \"2027-01-01T08:00:00+07:00\""))
    }

    @Test func oscalResultsAndPOAMNeedAnAnswerFile() throws {
        let workspace = try InteropWorkspace()
        let missing = try workspace.run(["ekspor", "oscal", "--jenis", "hasil"])
        #expect(missing.status == 2 && missing.stderr.contains("memerlukan --penilaian FILE"))
        let english = try workspace.run(["ekspor", "oscal", "--jenis", "poam", "--lang", "en"])
        #expect(english.status == 2 && english.stderr.contains("need --penilaian FILE"))
        let unknown = try workspace.run(["ekspor", "oscal", "--jenis", "ssp"])
        #expect(unknown.status == 64)
        let bad = try workspace.run(["ekspor", "oscal", "--jenis", "hasil", "--penilaian", "tidak-ada.xml"])
        #expect(bad.status == 2 && bad.stderr.contains("tidak-ada.xml"))
    }

    @Test func aPOAMOfNothingOpenWritesNothing() throws {
        let workspace = try InteropWorkspace()
        let controls = try workspace.run(["ekspor", "xccdf"]).stdout
            .components(separatedBy: "<Rule id=\"xccdf_id.go.lkpp_rule_").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        try workspace.write(RandomAnswers.make(controls.map { ($0, "memenuhi") }, kind: "mandiri", label: "penuh").text, to: "penuh.xml")
        let result = try workspace.run(["ekspor", "oscal", "--jenis", "poam", "--penilaian", "penuh.xml", "--output", "poam.json"])
        #expect(result.status == 0 && result.stderr.contains("tidak ada butir POA&M"))
        #expect(!workspace.exists("poam.json"))
    }

    @Test func controlsLeftOutAreExportedAsNotCheckedWithAWarning() throws {
        let workspace = try InteropWorkspace()
        var text = try workspace.read("mandiri.xml")
        let start = try #require(text.range(of: "  <control id=\"S17.1\""))
        let end = try #require(text.range(of: "</control>", range: start.upperBound..<text.endIndex))
        text.removeSubrange(start.lowerBound..<end.upperBound)
        try workspace.write(text, to: "sebagian.xml")
        let result = try workspace.run(["ekspor", "xccdf", "--penilaian", "sebagian.xml", "--output", "hasil.xml"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("1 kontrol tidak dinilai dalam sebagian.xml (S17.1); diekspor sebagai notchecked"))
        #expect(try XCCDFResultFile(path: workspace.path("hasil.xml")).results["S17.1"] == "notchecked")
    }

    @Test func importRefusesUnknownRulesWithFileAndLine() throws {
        let workspace = try InteropWorkspace()
        #expect(try workspace.run(["ekspor", "xccdf", "--penilaian", "mandiri.xml", "--output", "hasil.xml"]).status == 0)
        let text = try workspace.read("hasil.xml")
        let changed = text.replacingOccurrences(of: "idref=\"xccdf_id.go.lkpp_rule_S05.2\"", with: "idref=\"xccdf_id.go.lkpp_rule_S05.9\"")
        try workspace.write(changed, to: "ubah.xml")
        let line = try #require(PenilaianWorkspace.line(of: "rule_S05.9", in: changed))
        let result = try workspace.run(["impor", "xccdf", "ubah.xml", "--output", "kembali.xml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("ubah.xml:\(line):0: error: rule-result xccdf_id.go.lkpp_rule_S05.9 bukan aturan benchmark Patuh (katalog 2026.1)"))
        #expect(result.stderr.contains("patuh: ubah.xml tidak diimpor: 1 kesalahan"))
        #expect(!workspace.exists("kembali.xml"))
        let english = try workspace.run(["impor", "xccdf", "ubah.xml", "--lang", "en"])
        #expect(english.stderr.contains("is not a rule of Patuh's benchmark"))
        let notXML = try workspace.run(["impor", "xccdf", "mandiri.xml"])
        #expect(notXML.status == 2 && notXML.stderr.contains("tidak ada TestResult XCCDF 1.2"))
    }

    @Test func importWritesAValidAnswerFileAndNeverOverwrites() throws {
        let workspace = try InteropWorkspace()
        #expect(try workspace.run(["ekspor", "xccdf", "--penilaian", "faktual.xml", "--output", "hasil.xml"]).status == 0)
        let imported = try workspace.run(["impor", "xccdf", "hasil.xml", "--output", "kembali.xml"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Berkas penilaian faktual ditulis ke kembali.xml"))
        let original = try workspace.run(["penilaian", "nilai", "faktual.xml", "--format", "json", "--no-save"])
        let again = try workspace.run(["penilaian", "nilai", "kembali.xml", "--format", "json", "--no-save"])
        #expect(NilaiScores(original.object) == NilaiScores(again.object))
        #expect((again.object["standards"] as? [[String: Any]])?.count == 17)
        let twice = try workspace.run(["impor", "xccdf", "hasil.xml", "--output", "kembali.xml"])
        #expect(twice.status == 2 && twice.stderr.contains("'kembali.xml' sudah ada"))
        let toStdout = try workspace.run(["impor", "xccdf", "hasil.xml"])
        #expect(toStdout.status == 0 && toStdout.stdout.contains("<penilaian xmlns=\"urn:patuh:penilaian:1\" kind=\"faktual\""))
    }

    @Test func resultsCiteTheRegistrysHashes() throws {
        let workspace = try SampleWorkspace()
        let result = try workspace.run(["ekspor", "oscal", "--jenis", "hasil", "--penilaian", "Evidence/penilaian-mandiri.xml",
                                        "--output", "hasil.json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try workspace.read("hasil.json")
        let file = "Evidence/_bersama/kebijakan-operasional-lpse_2026-01-05.pdf"
        #expect(json.contains("\"href\": \"\(file)\""))
        let sum = try ExternalTool.run("/usr/bin/env", ["sha256sum", file], in: workspace.root)
        let digest = try #require(sum.stdout.split(separator: " ").first.map(String.init))
        #expect(digest.count == 64 && json.contains("\"value\": \"\(digest)\""))
    }
}
