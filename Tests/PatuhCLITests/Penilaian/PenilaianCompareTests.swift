import Foundation
import Testing

/// `patuh penilaian faktual` on the two sample files.
@Suite struct PenilaianCompareTests {
    @Test func sampleComparisonShowsDifferencesOverridesAndFindings() throws {
        let workspace = try PenilaianWorkspace()
        let result = try workspace.run(["penilaian", "faktual", "--mandiri", "Evidence/penilaian-mandiri.xml",
                                        "--faktual", "Evidence/penilaian-faktual.xml"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("S14.3    memenuhi  tidak     asesor-lebih-rendah"))
        #expect(result.stdout.contains("S04.4    tidak     sebagian  asesor-lebih-tinggi"))
        #expect(result.stdout.contains("S12.4    memenuhi  sebagian  asesor-lebih-rendah"))
        #expect(result.stdout.contains("Terpenuhi: mandiri 12, faktual 8 dari 17"))
        #expect(result.stdout.contains("Kalibrasi: 5 dari 68 kontrol"))
        #expect(result.stdout.contains("S14.3  memenuhi → tidak · Dr. Hendra Gunawan, Ketua Tim Asesor LKPP"))
        #expect(result.stdout.contains("TF-2026-05 [mayor] S14.3: SLA layanan colocation berakhir 30 Juni 2026"))
    }

    @Test func comparisonAsJSON() throws {
        let workspace = try PenilaianWorkspace()
        let result = try workspace.run(["assessment", "compare", "--mandiri", "Evidence/penilaian-mandiri.xml",
                                        "--faktual", "Evidence/penilaian-faktual.xml", "--format", "json"])
        #expect(result.status == 0)
        let json = result.object
        let calibration = try #require(json["calibration"] as? [String: Any])
        // LPSE higher on S05.2, S08.2, S10.2, S12.4, S14.3; lower on S04.4; all 68 compared.
        #expect(calibration["compared"] as? Int == 68)
        #expect(calibration["lpseHigher"] as? Int == 5 && calibration["lpseLower"] as? Int == 1)
        // (0.5 + 0.5 + 0.5 + 0.5 + 1 − 0.5) / 68
        let mean = try #require(calibration["meanDifference"] as? Double)
        #expect(abs(mean - 2.5 / 68.0) < 1e-12)
        #expect((json["overrides"] as? [Any])?.count == 2)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.count == 8)
        #expect(findings.first?["severity"] as? String == "mayor")
        #expect(Set(findings[0].keys).isSuperset(of: ["id", "controlId", "standardId", "severity", "description", "rekomendasi"]))
    }

    @Test func differentLPSEsAreRefused() throws {
        let workspace = try PenilaianWorkspace()
        try workspace.write(try workspace.sample("faktual").replacingOccurrences(of: "lpse-kab-contoh", with: "lpse-kota-lain"),
                            as: "lain.xml")
        let arguments = ["penilaian", "faktual", "--mandiri", "Evidence/penilaian-mandiri.xml", "--faktual", "lain.xml"]
        let result = try workspace.run(arguments)
        #expect(result.status == 2 && result.stderr.contains("LPSE yang berbeda"))
        let english = try workspace.run(arguments + ["--lang", "en"])
        #expect(english.status == 2 && english.stderr.contains("different LPSEs"))
    }
}
