import Foundation
import Testing

/// `patuh penilaian nilai`, `template` and `riwayat` run as a binary on the sample workspace.
@Suite struct PenilaianScoreTests {
    @Test func sampleMandiriScoresTwelveOfSeventeen() throws {
        let workspace = try PenilaianWorkspace()
        let result = try workspace.run(["penilaian", "nilai", "Evidence/penilaian-mandiri.xml"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("Terpenuhi: 12 dari 17 standar"))
        #expect(result.stdout.contains("S04  Pengelolaan Risiko Layanan                 7,5    11    68,2  tidak terpenuhi  S04.3"))
        #expect(result.stdout.contains("XCCDF 1.2: default"))
        #expect(result.stderr.isEmpty)
    }

    @Test func jsonHasTheShapeOfTheIssue() throws {
        let workspace = try PenilaianWorkspace()
        let result = try workspace.run(["assessment", "score", "Evidence/penilaian-mandiri.xml", "--format", "json",
                                        "--bukti", "bukti.json", "--no-save"])
        #expect(result.status == 1)
        let json = result.object
        #expect(json["lpse"] as? String == "lpse-kab-contoh")
        #expect(json["kind"] as? String == "mandiri")
        #expect(json["model"] as? String == "patuh")
        #expect(json["terpenuhi"] as? Int == 12)
        #expect(json["of"] as? Int == 17)
        #expect(json["eligibleForCertification"] as? Bool == false)
        let standards = try #require(json["standards"] as? [[String: Any]])
        #expect(standards.count == 17)
        let s07 = standards[6]
        #expect(Set(s07.keys).isSuperset(of: ["id", "score", "maximum", "percent", "terpenuhi", "mandatoryNotMet"]))
        #expect(s07["id"] as? String == "S07" && s07["score"] as? Double == 8.5 && s07["maximum"] as? Double == 11)
        #expect(s07["percent"] as? Double == 77.3 && s07["terpenuhi"] as? Bool == false)
        #expect(s07["mandatoryNotMet"] as? [String] == ["S07.3", "S07.4"])
        let claims = try #require(json["claimsWithoutEvidence"] as? [[String: Any]])
        #expect(claims.map { $0["control"] as? String } == ["S05.2", "S14.3"])
        #expect(claims.map { $0["rules"] as? [String] } == [["S05.2.E2"], ["S14.3.E1"]])
    }

    @Test func everyModelPrintsItsMaximum() throws {
        let workspace = try PenilaianWorkspace()
        for (model, maximum) in [("default", 100.0), ("flat", 179), ("flat-unweighted", 68), ("absolute", 1)] {
            let result = try workspace.run(["penilaian", "nilai", "Evidence/penilaian-mandiri.xml", "--model", model,
                                            "--format", "json", "--no-save"])
            #expect(result.status == 1)
            let overall = try #require(result.object["overall"] as? [String: Any])
            #expect(overall["model"] as? String == model)
            #expect(overall["maximum"] as? Double == maximum)
        }
        let bad = try workspace.run(["penilaian", "nilai", "Evidence/penilaian-mandiri.xml", "--model", "median"])
        #expect(bad.status == 2 && bad.stderr.contains("--model 'median'"))
    }

    @Test func explainShowsContributionsAndWhatIf() throws {
        let workspace = try PenilaianWorkspace()
        let result = try workspace.run(["penilaian", "nilai", "Evidence/penilaian-mandiri.xml", "--explain", "S12", "--no-save"])
        #expect(result.status == 1)
        // S12: 3 + 3 + 0 + 2 of 11; S12.3 memenuhi would give 11 of 11.
        #expect(result.stdout.contains("patuh 8 dari 11 = 72,7 %"))
        #expect(result.stdout.contains("S12.3        3  ya     tidak     fail            0     3  +3 → 11 · 100,0 %, terpenuhi (berubah)"))
        #expect(result.stdout.contains("S12.4        2  –      memenuhi  pass            2     2  —"))
        let unknown = try workspace.run(["penilaian", "nilai", "Evidence/penilaian-mandiri.xml", "--explain", "S18"])
        #expect(unknown.status == 2)
    }

    @Test func templateThenNilaiGivesACompleteScore() throws {
        let workspace = try PenilaianWorkspace()
        let template = try workspace.run(["penilaian", "template", "--jenis", "mandiri", "--bukti", "bukti.json",
                                          "--output", "baru.xml", "--lpse-id", "lpse-kab-contoh",
                                          "--lpse-nama", "LPSE Kabupaten Contoh", "--instansi", "Pemerintah Kabupaten Contoh",
                                          "--penilai", "Rina Wulandari|Ketua Tim Penilai Internal|LPSE Kabupaten Contoh"])
        #expect(template.status == 0, "\(template.stderr)")
        let text = try String(contentsOfFile: workspace.root + "/baru.xml", encoding: .utf8)
        #expect(text.contains("date=\"2026-11-25\" catalogVersion=\"2026.1\""))
        // S01.1: its only rule ok → memenuhi, citing the rule and its file; S14.3: one expired → sebagian.
        #expect(text.contains("<control id=\"S01.1\" status=\"memenuhi\" proposed=\"true\">"))
        #expect(text.contains("<evidence file=\"S01-kebijakan/S01.1/kebijakan-layanan-lpse_2025-01-15.pdf\"/>"))
        #expect(text.contains("<control id=\"S14.3\" status=\"sebagian\" proposed=\"true\">"))
        #expect(text.contains("S14.3.E1 (kontrak): expired: Evidence/S14-pendukung/S14.3/sla-colocation_2025-07-01.pdf"))
        #expect(text.components(separatedBy: "<control id=").count - 1 == 68)

        let score = try workspace.run(["penilaian", "nilai", "baru.xml", "--explain", "S01", "--no-save"])
        #expect(score.status == 1, "\(score.stderr)")
        #expect(score.stdout.contains("Terpenuhi: 0 dari 17"))
        #expect(score.stdout.contains("Peringatan: 68 dari 68 jawaban masih usulan template yang belum ditinjau (proposed=\"true\"), di semua 17 standar"))
        #expect(score.stdout.contains("Penjelasan S01 Kebijakan Layanan"))

        let again = try workspace.run(["penilaian", "template", "--jenis", "mandiri", "--output", "baru.xml"])
        #expect(again.status == 2 && again.stderr.contains("sudah ada; Patuh tidak menimpanya"))
        let english = try workspace.run(["penilaian", "template", "--jenis", "mandiri", "--output", "baru.xml", "--lang", "en"])
        #expect(english.status == 2 && english.stderr.contains("exists; Patuh will not overwrite it"))
    }

    @Test func templateForOneStandardOfAFaktual() throws {
        let workspace = try PenilaianWorkspace()
        let result = try workspace.run(["assessment", "template", "--jenis", "faktual", "--standard", "s05"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("kind=\"faktual\""))
        #expect(result.stdout.contains("<temuan id=\"TF-01\""))
        #expect(result.stdout.components(separatedBy: "<control id=").count - 1 == 4)
        let bad = try workspace.run(["penilaian", "template", "--jenis", "faktual", "--standard", "S18"])
        #expect(bad.status == 2)
    }

    @Test func historyShowsHowScoresMoved() throws {
        let workspace = try PenilaianWorkspace()
        #expect(try workspace.run(["penilaian", "nilai", "Evidence/penilaian-mandiri.xml"]).status == 1)
        #expect(try workspace.run(["penilaian", "nilai", "Evidence/penilaian-faktual.xml"]).status == 1)
        // A later mandiri after fixing S14.3's SLA: replace the sample's date and one status.
        let later = try workspace.sample().replacingOccurrences(of: "date=\"2026-09-15\"", with: "date=\"2027-03-01\"")
        try workspace.write(later, as: "mandiri-2027.xml")
        #expect(try workspace.run(["penilaian", "nilai", "mandiri-2027.xml"]).status == 1)
        #expect(try workspace.run(["penilaian", "nilai", "mandiri-2027.xml"]).status == 1)

        let history = try workspace.run(["penilaian", "riwayat"])
        #expect(history.status == 0)
        #expect(history.stdout.contains("2026-09-15 M"))
        #expect(history.stdout.contains("2026-11-12 F"))
        #expect(history.stdout.contains("2027-03-01 M"))
        let counts = try #require(history.stdout.components(separatedBy: "\n").first { $0.hasPrefix("Terpenuhi") })
        #expect(counts.split(separator: " ") == ["Terpenuhi", "12/17", "8/17", "12/17"])
        let json = try workspace.run(["assessment", "history", "--format", "json", "--jenis", "mandiri"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["assessmentDate"] as? String } == ["2026-09-15", "2027-03-01"])
    }
}
