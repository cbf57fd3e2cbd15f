import Foundation
import Testing

/// `patuh laporan` on a copy of the sample: every kind in every text format, byte-identical
/// twice over, hostile input escaped, and a real PDF.
@Suite struct ReportCommandTests {
    @Test(arguments: ["mandiri", "faktual", "bukti", "pembinaan"])
    func rendersEveryFormatIdenticallyTwice(_ kind: String) throws {
        let sample = try SampleWorkspace()
        for format in ["html", "md", "json"] {
            let first = try sample.run(["laporan", kind, "--format", format, "--output", "a.\(format)"])
            #expect(first.status == 0, "\(kind) \(format): \(first.stderr)")
            let second = try sample.run(["laporan", kind, "--format", format, "--output", "b.\(format)"])
            #expect(second.status == 0)
            let a = try sample.read("a.\(format)")
            #expect(!a.isEmpty)
            #expect(a == (try sample.read("b.\(format)")), "\(kind) \(format) differs between two runs")
        }
        let json = try sample.read("a.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let header = try #require(object["header"] as? [String: Any])
        #expect(header["schema"] as? String == "patuh.laporan.\(kind)/1")
        #expect(header["generatedAt"] as? String == SampleWorkspace.now)
    }

    @Test func defaultPathIsUnderReports() throws {
        let sample = try SampleWorkspace()
        let result = try sample.run(["laporan", "bukti", "--format", "md"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("Reports/bukti-lpse-kab-contoh-2026-11-25.md\n"))
        let markdown = try sample.read("Reports/bukti-lpse-kab-contoh-2026-11-25.md")
        #expect(markdown.contains("(S13.4.E1) | Tidak ada"))
        #expect(markdown.contains("laporan-kapasitas-semester-i\\_2026-07-15.pdf: Salah tempat"))
    }

    @Test func faktualShowsComparisonOverridesAndFindings() throws {
        let sample = try SampleWorkspace()
        let result = try sample.run(["laporan", "faktual", "--output", "f.html"])
        #expect(result.status == 0)
        let html = try sample.read("f.html")
        #expect(html.contains("8 dari 17"))
        #expect(html.contains("TF-2026-03"))
        #expect(html.contains("class=\"signature\""))
        #expect(html.contains("Asesor lebih rendah"))
    }

    @Test func hostileStringsAreEscaped() throws {
        let sample = try SampleWorkspace()
        let hostile = "<script>alert(1)</script>\" onmouseover=\"x()"
        let escapedForXML = hostile.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        let profile = try sample.read("patuh.xml")
            .replacingOccurrences(of: "<nama>LPSE Kabupaten Contoh</nama>", with: "<nama>\(escapedForXML)</nama>")
        try sample.write(profile, to: "patuh.xml")
        let answers = try sample.read("Evidence/penilaian-mandiri.xml")
        let fakta = try #require(answers.range(of: "<fakta>"))
        try sample.write(answers.replacingCharacters(in: fakta, with: "<fakta>\(escapedForXML) "), to: "Evidence/penilaian-mandiri.xml")
        for format in ["html", "md"] {
            let result = try sample.run(["laporan", "mandiri", "--format", format, "--output", "h.\(format)"])
            #expect(result.status == 0, "\(result.stderr)")
            let text = try sample.read("h.\(format)")
            #expect(!text.contains("<script>alert(1)"), "\(format)")
            #expect(!text.contains("\" onmouseover=\""), "\(format)")
            #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(format)")
        }
    }

    @Test func pembinaanReportShowsTheCaseWithItsDeadlines() throws {
        let sample = try SampleWorkspace()
        let lkpp = ["--oleh", "Asesor LKPP", "--peran", "lkpp"]
        var result = try sample.run(["pembinaan", "buka", "--lpse", "lpse-kab-contoh", "--temuan-id", "TF-2026-07",
                                     "--standar", "S12", "--kontrol", "S12.3", "--uraian", "Uji pemulihan belum dilaksanakan",
                                     "--nomor", "R-001/2026", "--ditetapkan", "2026-11-20"] + lkpp, now: "2026-11-20T10:00:00+07:00")
        #expect(result.status == 0, "\(result.stderr)")
        result = try sample.run(["pembinaan", "terima", "K-2026-001", "--tanggal", "2026-11-23", "--oleh", "Kepala LPSE",
                                 "--peran", "lpse"], now: "2026-11-23T15:00:00+07:00")
        #expect(result.status == 0, "\(result.stderr)")
        result = try sample.run(["laporan", "pembinaan", "--format", "json", "--output", "p.json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try sample.read("p.json").utf8)) as? [String: Any])
        let cases = try #require(object["cases"] as? [[String: Any]])
        #expect(cases.count == 1)
        let deadlines = try #require(cases.first?["deadlines"] as? [[String: Any]])
        // Received Monday 2026-11-23: 5 working days → 2026-11-30; 20 → 2026-12-21 (no holiday in between).
        #expect(deadlines.contains { $0["due"] as? String == "2026-11-30" && $0["workingDays"] as? Int == 5 })
        #expect(deadlines.contains { $0["due"] as? String == "2026-12-21" && $0["workingDays"] as? Int == 20 })
        let timeline = try #require(cases.first?["timeline"] as? [[String: Any]])
        #expect(timeline.count == 2)
    }

    @Test func pdfHasPagesAndText() throws {
        let sample = try SampleWorkspace()
        let result = try sample.run(["laporan", "mandiri", "--format", "pdf", "--output", "m.pdf"])
        guard result.status == 0 else {
            Issue.record("PDF failed (is weasyprint installed? .ci/run installs it): \(result.stderr)")
            return
        }
        let info = try tool("/usr/bin/pdfinfo", [sample.root + "/m.pdf"])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect(pages >= 5)
        let text = try tool("/usr/bin/pdftotext", [sample.root + "/m.pdf", "-"])
        #expect(text.contains("Laporan Penilaian Mandiri"))
        #expect(text.contains("12 dari 17"))
        #expect(text.contains("Halaman 1 / \(pages)"))
        // WeasyPrint with SOURCE_DATE_EPOCH makes the same bytes twice.
        let again = try sample.run(["laporan", "mandiri", "--format", "pdf", "--output", "m2.pdf"])
        #expect(again.status == 0)
        if info.contains("WeasyPrint") {
            #expect(FileManager.default.contentsEqual(atPath: sample.root + "/m.pdf", andPath: sample.root + "/m2.pdf"))
        }
    }

    @Test func unwritableOutputIsInvalidInputAndLeavesNothing() throws {
        let sample = try SampleWorkspace()
        // A file where a folder is needed.
        let result = try sample.run(["laporan", "bukti", "--format", "md", "--output", "patuh.xml/bukti.md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("tidak dapat menulis patuh.xml/bukti.md"))
        #expect(try sample.read("patuh.xml").hasPrefix("<?xml"))
    }

    @Test func unknownKindIsAUsageError() throws {
        let sample = try SampleWorkspace()
        #expect(try sample.run(["laporan", "tahunan"]).status == 64)
    }

    private func tool(_ path: String, _ arguments: [String]) throws -> String {
        try #require(FileManager.default.isExecutableFile(atPath: path), "\(path) is missing (apt-get install poppler-utils)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
