import Foundation
import Testing

/// Every bad input of the issue exits 2 with FILE:LINE and the element, run as a binary.
@Suite struct PenilaianBadInputTests {
    /// Scores `text` (a changed sample) and returns the result and the text.
    func score(_ change: (String) -> String, kind: String = "mandiri", arguments: [String] = []) throws
        -> (result: PatuhRunner.Result, text: String) {
        let workspace = try PenilaianWorkspace()
        let text = change(try workspace.sample(kind))
        let name = try workspace.write(text, as: "ubah.xml")
        return (try workspace.run(["penilaian", "nilai", name, "--no-save"] + arguments), text)
    }

    @Test func unknownControlId() throws {
        let (result, text) = try score { $0.replacingOccurrences(of: "<control id=\"S15.4\"", with: "<control id=\"S15.9\"") }
        let line = try #require(PenilaianWorkspace.line(of: "<control id=\"S15.9\"", in: text))
        #expect(result.status == 2)
        #expect(result.stderr.contains("ubah.xml:\(line):0: error: <control id=\"S15.9\">: control S15.9 is not in catalog 2026.1"))
        #expect(result.stdout.isEmpty)
    }

    @Test func controlListedTwice() throws {
        let (result, text) = try score {
            $0.replacingOccurrences(of: "<control id=\"S03.2\" status=\"memenuhi\">",
                                    with: "<control id=\"S03.1\" status=\"memenuhi\">")
        }
        let first = try #require(PenilaianWorkspace.line(of: "<control id=\"S03.1\"", in: text))
        #expect(result.status == 2)
        #expect(result.stderr.contains("error: <control id=\"S03.1\">: control S03.1 is listed twice (first at line \(first))"))
    }

    @Test func controlMissingIsReportedScoredAsNotAssessedAndNotStored() throws {
        let workspace = try PenilaianWorkspace()
        var lines = try workspace.sample().components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.contains("<control id=\"S06.4\"") })
        let end = try #require(lines[start...].firstIndex { $0.contains("</control>") })
        lines.removeSubrange(start...end)
        let text = lines.joined(separator: "\n")
        try workspace.write(text, as: "kurang.xml")
        // Reported at the control before it in catalog order.
        let previous = try #require(PenilaianWorkspace.line(of: "<control id=\"S06.3\"", in: text))
        let result = try workspace.run(["penilaian", "nilai", "kurang.xml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("kurang.xml:\(previous):0: error: <penilaian>: control S06.4 of catalog 2026.1 is missing from the file; it counts as not assessed"))
        // S06: 3 + 3 + 3 + 0 (not assessed) = 9 of 11.
        #expect(result.stdout.contains("S06  Pengelolaan Perubahan                        9    11    81,8  terpenuhi"))
        #expect(result.stdout.contains("Tidak dinilai (dihitung sebagai belum dinilai): S06.4"))
        let history = try workspace.run(["penilaian", "riwayat", "--format", "json"])
        #expect(history.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]")
    }

    @Test func justificationMissingWhereRequired() throws {
        let (result, text) = try score {
            $0.replacingOccurrences(of: "    <analisis>Pemantauan belum mencakup semua parameter dan ada jeda data; kontrol wajib terpenuhi sebagian.</analisis>\n", with: "")
        }
        let line = try #require(PenilaianWorkspace.line(of: "<control id=\"S07.3\"", in: text))
        #expect(result.status == 2)
        #expect(result.stderr.contains("ubah.xml:\(line):0: error: <control id=\"S07.3\">: status sebagian needs a justification: add <analisis>"))
    }

    @Test func fileForAnotherCatalogVersion() throws {
        let (result, text) = try score { $0.replacingOccurrences(of: "catalogVersion=\"2026.1\"", with: "catalogVersion=\"2025.2\"") }
        let line = try #require(PenilaianWorkspace.line(of: "<penilaian ", in: text))
        #expect(result.status == 2)
        #expect(result.stderr.contains("ubah.xml:\(line):0: error: <penilaian>: the file was made for catalog version 2025.2, but the standards in use are catalog version 2026.1"))
    }

    @Test func overrideWithoutAuthority() throws {
        let (result, text) = try score({ $0.replacingOccurrences(of: " authority=\"Dr. Hendra Gunawan, Ketua Tim Asesor LKPP\" time=\"2026-11-12T14:30:00+07:00\"",
                                                                 with: " time=\"2026-11-12T14:30:00+07:00\"") }, kind: "faktual")
        let line = try #require(PenilaianWorkspace.line(of: "<override from=\"memenuhi\" to=\"sebagian\" time=", in: text))
        #expect(result.status == 2)
        #expect(result.stderr.contains("ubah.xml:\(line):"))
        #expect(result.stderr.contains("override"))
        #expect(result.stderr.contains("authority"))
    }

    @Test func overrideWithoutRemark() throws {
        let (result, text) = try score({
            $0.replacingOccurrences(of: "      <remark>Pada telaah dokumen SLA colocation dianggap berlaku; verifikasi lapangan menunjukkan SLA berakhir 30 Juni 2026.</remark>\n", with: "")
        }, kind: "faktual")
        let line = try #require(PenilaianWorkspace.line(of: "time=\"2026-11-12T16:00:00+07:00\"", in: text))
        #expect(result.status == 2)
        #expect(result.stderr.contains("ubah.xml:\(line):"))
        #expect(result.stderr.contains("override"))
    }

    @Test func faktualFileWhereMandiriIsExpected() throws {
        let workspace = try PenilaianWorkspace()
        let result = try workspace.run(["penilaian", "faktual", "--mandiri", "Evidence/penilaian-faktual.xml",
                                        "--faktual", "Evidence/penilaian-faktual.xml"])
        let line = try #require(PenilaianWorkspace.line(of: "<penilaian ", in: try workspace.sample("faktual")))
        #expect(result.status == 2)
        #expect(result.stderr.contains("Evidence/penilaian-faktual.xml:\(line):0: error: <penilaian>: a penilaian faktual file was given where a penilaian mandiri is expected"))
        let scored = try workspace.run(["penilaian", "nilai", "Evidence/penilaian-faktual.xml", "--jenis", "mandiri"])
        #expect(scored.status == 2)
    }

    @Test func findingsOnlyInAFaktualFile() throws {
        let (result, _) = try score {
            $0.replacingOccurrences(of: "<evidence rule=\"S17.4.E1\"/>",
                                    with: "<evidence rule=\"S17.4.E1\"/><temuan id=\"X\" severity=\"minor\"><description>d</description><rekomendasi>r</rekomendasi></temuan>")
        }
        #expect(result.status == 2)
        #expect(result.stderr.contains("<temuan id=\"X\">: only a penilaian faktual may carry findings (temuan)"))
    }
}
