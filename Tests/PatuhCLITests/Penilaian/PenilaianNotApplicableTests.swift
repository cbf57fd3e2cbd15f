import Foundation
import Testing

/// Loopholes 5 and 6 of issue 12 on the built binary: tidak-berlaku answers the scoring policy
/// does not allow are refused (exit 1, the rule named, nothing scored, stored or written), and a
/// result with nothing scored says how its XCCDF values were reached.
@Suite struct PenilaianNotApplicableTests {
    /// The sample mandiri with every control (or those `only` selects) answered tidak-berlaku.
    static func notApplicable(_ text: String, only: (String) -> Bool = { _ in true }) throws -> String {
        let control = try Regex(#"<control id="(S[0-9]+\.[0-9]+)" status="[a-z-]+""#)
        return text.replacing(control) { match in
            let id = String(match.output[1].substring ?? "")
            return only(id) ? "<control id=\"\(id)\" status=\"tidak-berlaku\"" : String(match.output[0].substring ?? "")
        }
    }

    static let infra: Set = ["S07.2", "S07.3", "S09.2", "S09.3", "S10.4", "S11.1", "S11.2", "S11.3", "S11.4"]

    @Test func everyControlNotApplicableIsRefusedAndNothingIsWritten() throws {
        let sample = try SampleWorkspace()
        try sample.write(try Self.notApplicable(try sample.read("Evidence/penilaian-mandiri.xml")),
                         to: "Evidence/penilaian-semua-tb.xml")
        var result = try sample.run(["nilai", "--penilaian", "Evidence/penilaian-semua-tb.xml"])
        #expect(result.status == 1)
        #expect(!result.stdout.contains("memenuhi syarat sertifikasi"))
        #expect(result.stderr.contains("penilaian-semua-tb.xml:"))
        #expect(result.stderr.contains("ditolak: S01.1 ditandai tidak-berlaku, yang tidak dibolehkan kebijakan penilaian"))
        #expect(result.stderr.contains("tidak berlaku hanya dibolehkan untuk kontrol infra bila SPSE berjalan di infrastruktur LKPP atau infrastruktur provinsi"))
        #expect(result.stderr.contains("68 jawaban tidak-berlaku tidak dibolehkan kebijakan penilaian; tidak ada yang dinilai atau disimpan"))
        #expect(!FileManager.default.fileExists(atPath: sample.root + "/Reports"))
        result = try sample.run(["penilaian", "nilai", "Evidence/penilaian-semua-tb.xml", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("refused: S01.1 is marked tidak-berlaku, which the scoring policy"))
        let history = try sample.run(["penilaian", "riwayat", "--format", "json"])
        #expect(history.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]")
    }

    @Test func onLKPPInfrastructureTheInfraControlsMayBeNotApplicable() throws {
        let sample = try SampleWorkspace()
        let mandiri = try Self.notApplicable(try sample.read("Evidence/penilaian-mandiri.xml")) { Self.infra.contains($0) }
        try sample.write(mandiri, to: "Evidence/penilaian-infra-tb.xml")
        var result = try sample.run(["penilaian", "nilai", "Evidence/penilaian-infra-tb.xml", "--no-save"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ditolak: S07.2 ditandai tidak-berlaku") && result.stderr.contains("infrastruktur sendiri"))

        let profile = try sample.read("patuh.xml").replacingOccurrences(of: "<infrastruktur>sendiri</infrastruktur>",
                                                                        with: "<infrastruktur>lkpp</infrastruktur>")
        try sample.write(profile, to: "patuh.xml")
        result = try sample.run(["penilaian", "nilai", "Evidence/penilaian-infra-tb.xml", "--no-save", "--format", "json"])
        #expect(result.status == 1, "S04, S12 and others are still short: \(result.stderr)")
        #expect(!result.stderr.contains("ditolak"))
        let standards = try #require(result.object["standards"] as? [[String: Any]])
        let s11 = try #require(standards.first { $0["id"] as? String == "S11" })
        // Nothing applicable in S11, which the policy counts as terpenuhi.
        #expect(s11["terpenuhi"] as? Bool == true && s11["score"] is NSNull)
    }

    @Test func nothingScoredSaysHowTheXCCDFValuesWereReached() throws {
        let sample = try SampleWorkspace()
        let text = try sample.read("Evidence/penilaian-mandiri.xml")
        let ids = try Regex(#"<control id="(S[0-9]+\.[0-9]+)""#)
        let every = text.matches(of: ids).map { "<control id=\"\($0.output[1].substring ?? "")\"/>" }
        #expect(every.count == 68)
        // A policy that lets every control be tidak berlaku, and lets such a standard be terpenuhi.
        let policy = try sample.read("Standards/penilaian.xml")
            .replacingOccurrences(of: "<infraControls hosting=\"lkpp provinsi\"/>", with: every.joined())
            .replacingOccurrences(of: "nothingApplicable=\"tidak-terpenuhi\"", with: "nothingApplicable=\"terpenuhi\"")
        try sample.write(policy, to: "Standards/penilaian.xml")
        try sample.write(try Self.notApplicable(text), to: "Evidence/penilaian-semua-tb.xml")
        let result = try sample.run(["penilaian", "nilai", "Evidence/penilaian-semua-tb.xml", "--no-save", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let xccdf = try #require(result.object["xccdf"] as? [[String: Any]])
        #expect(xccdf.map { "\($0["model"]!)=\($0["score"]!)/\($0["maximum"]!)" }
                == ["default=0/100", "flat=0/0", "flat-unweighted=0/0", "absolute=1/1"])
        #expect(xccdf.allSatisfy { $0["nothingScored"] as? Bool == true })
        #expect((xccdf.last?["note"] as? String)?.contains("0 passed equals 0 scored") == true)
    }

    @Test func aNegativeGroupWeightMakesThePolicyInvalid() throws {
        let sample = try SampleWorkspace()
        let policy = try sample.read("Standards/penilaian.xml").replacingOccurrences(
            of: "<xccdf defaultGroupWeight=\"1\"/>",
            with: "<xccdf defaultGroupWeight=\"1\">\n    <groupWeight standard=\"S05\" weight=\"-5\"/>\n  </xccdf>")
        try sample.write(policy, to: "Standards/penilaian.xml")
        let result = try sample.run(["penilaian", "nilai", "Evidence/penilaian-mandiri.xml", "--no-save"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("penilaian.xml:") && result.stderr.contains("'-5'"))
        #expect(result.stderr.contains("kebijakan penilaian"))
    }
}
