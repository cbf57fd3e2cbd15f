import Foundation
import Testing

/// What a reader of the reports sees: one language per report, the numbers under one rounding
/// rule, spreadsheets that cannot run formulas, and PDF pages whose every word is inside the
/// A4 text area.
@Suite struct ReportQualityTests {
    /// Words that only the other language writes. Ids, file names and the regulation's own terms
    /// (keberatan, teguran, penilaian mandiri, LPSE, SK) are allowed in both.
    static let englishMarkers = ["Override", " files", "missing", "unsigned", "expired", "Summary", "Control",
                                 "Status:", " of 17", "Generated", "Next steps", "Evidence rules", "Assessor lower",
                                 "Not met", "Met<", "Partly", "Signature", "Score", "Mandatory", "Weight"]
    /// Patuh's own Indonesian words (not the answer files' fakta and analisis, nor the catalog's
    /// control titles, which the English report quotes as written).
    static let indonesianMarkers = ["Ringkasan", "Langkah berikutnya", "Tanda tangan", "Persyaratan:", "Siapkan ",
                                    "; simpan di", "dari 17", "Bobot ", "Memenuhi sebagian", "Belum terpenuhi",
                                    "Dibuat oleh", "Keterangan warna", "Klaim tanpa bukti", "Versi katalog",
                                    "Lengkap", "Asesor lebih", "Kedaluwarsa", "Salah tempat"]

    @Test(arguments: ["mandiri", "faktual", "bukti"])
    func eachReportSpeaksOneLanguage(_ kind: String) throws {
        let sample = try SampleWorkspace()
        for format in ["html", "md"] {
            let indonesian = try sample.run(["laporan", kind, "--format", format, "--output", "id.\(format)"])
            #expect(indonesian.status == 0, "\(indonesian.stderr)")
            let english = try sample.run(["laporan", kind, "--format", format, "--lang", "en", "--output", "en.\(format)"])
            #expect(english.status == 0, "\(english.stderr)")
            let idText = Self.visible(try sample.read("id.\(format)"))
            let enText = Self.visible(try sample.read("en.\(format)"))
            for marker in Self.englishMarkers {
                #expect(!idText.contains(marker), "\(kind).\(format) in Indonesian contains '\(marker)'")
            }
            for marker in Self.indonesianMarkers {
                #expect(!enText.contains(marker), "\(kind).\(format) in English contains '\(marker)'")
            }
        }
    }

    @Test func englishReportHasItsOwnFileName() throws {
        let sample = try SampleWorkspace()
        let english = try sample.run(["laporan", "mandiri", "--lang", "en"])
        #expect(english.stdout.hasSuffix("Reports/mandiri-lpse-kab-contoh-2026-11-25-en.html\n"))
        let indonesian = try sample.run(["laporan", "mandiri"])
        #expect(indonesian.stdout.hasSuffix("Reports/mandiri-lpse-kab-contoh-2026-11-25.html\n"))
    }

    @Test func numbersDatesAndNextStepsInIndonesian() throws {
        let sample = try SampleWorkspace()
        #expect(try sample.run(["laporan", "mandiri", "--output", "m.html"]).status == 0)
        let html = try sample.read("m.html")
        #expect(html.contains("25 November 2026, 09.00 WIB"))
        #expect(html.contains("88,9 %"))
        #expect(!html.contains("88,8 %"))
        #expect(html.contains("Evidence/S12-kelangsungan/S12.3/"))
        #expect(html.contains("Siapkan "))
        #expect(try sample.run(["laporan", "faktual", "--output", "f.html"]).status == 0)
        let faktual = try sample.read("f.html")
        #expect(faktual.contains("Diverifikasi asesor"))
        #expect(faktual.contains("Jakarta, 12 November 2026"))
        #expect(faktual.contains("NIP 197805122005011003"))
        #expect(faktual.contains("s-tone-bad"))
    }

    @Test func scoreJSONPercentIsRoundedToTheNearestTenth() throws {
        let sample = try SampleWorkspace()
        let result = try sample.run(["penilaian", "nilai", "Evidence/penilaian-mandiri.xml", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let standards = try #require(object["standards"] as? [[String: Any]])
        let s01 = try #require(standards.first { $0["id"] as? String == "S01" })
        #expect(s01["percent"] as? Double == 88.9)
    }

    @Test(arguments: ["mandiri", "faktual", "bukti"])
    func csvHasBOMOneRowPerItemAndNoFormulas(_ kind: String) throws {
        let sample = try SampleWorkspace()
        let answers = try sample.read("Evidence/penilaian-mandiri.xml")
        let fakta = try #require(answers.range(of: "<fakta>"))
        try sample.write(answers.replacingCharacters(in: fakta, with: "<fakta>=HYPERLINK(\"x\") "), to: "Evidence/penilaian-mandiri.xml")
        let result = try sample.run(["laporan", kind, "--format", "csv", "--output", "r.csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: sample.root + "/r.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == (kind == "bukti" ? 115 : 1 + 17 * 4) || rows.count > 50, "\(rows.count) rows")
        for row in rows {
            for cell in row.split(separator: ";") {
                let trimmed = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                #expect(!["=", "+", "@"].contains(trimmed.first.map(String.init) ?? ""), "formula cell \(cell)")
            }
        }
        if kind == "mandiri" {
            #expect(text.contains("'=HYPERLINK"))
            // Indonesian: `;` between fields, a bare decimal-comma number under "Persen (%)".
            #expect(rows[0].hasPrefix("Standar;Persen (%);Penetapan;Kontrol;"), "\(rows[0])")
            #expect(rows[1].hasPrefix("S01 Kebijakan Layanan;88,9;Terpenuhi;"), "\(rows[1])")
            let english = try sample.run(["laporan", kind, "--format", "csv", "--lang", "en", "--output", "e.csv"])
            #expect(english.status == 0, "\(english.stderr)")
            let englishRows = try sample.read("e.csv").components(separatedBy: "\r\n")
            #expect(englishRows[1].hasPrefix("S01 Service Policy,88.9,Met,"), "\(englishRows[1])")
        }
        #expect(try sample.run(["laporan", "pembinaan", "--format", "csv", "--output", "p.csv"]).status != 0)
    }

    @Test(arguments: ["mandiri", "faktual", "bukti", "pembinaan"])
    func pdfWordsStayInsideTheA4TextArea(_ kind: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else {
            Issue.record("pdftotext is missing (apt-get install poppler-utils)")
            return
        }
        let sample = try SampleWorkspace()
        let result = try sample.run(["laporan", kind, "--format", "pdf", "--output", "r.pdf"])
        guard result.status == 0 else {
            Issue.record("PDF failed (is weasyprint installed?): \(result.stderr)")
            return
        }
        let layout = try Self.tool("/usr/bin/pdftotext", ["-bbox-layout", sample.root + "/r.pdf", "-"])
        let pages = layout.components(separatedBy: "<page ").dropFirst()
        #expect(!pages.isEmpty)
        // A4 in points, margins 14 mm left/right (39.7 pt), 16 mm top; a point of slack for rounding.
        let left = 39.0, right = 595.3 - 39.0, top = 44.0, bottom = 841.9 - 20.0
        var outside: [String] = []
        for (index, page) in pages.enumerated() {
            for word in page.components(separatedBy: "<word ").dropFirst() {
                let box = ["xMin", "yMin", "xMax", "yMax"].map { Self.attribute($0, in: word) }
                if box[0] < left || box[2] > right || box[1] < top - 30 || box[3] > bottom {
                    outside.append("page \(index + 1): \(word.prefix(120))")
                }
            }
        }
        #expect(outside.isEmpty, "\(kind): \(outside.count) words outside the text area, e.g. \(outside.prefix(3))")
        if kind == "mandiri" {
            #expect(pages.count < 15, "mandiri PDF has \(pages.count) pages")
            let first = pages.first ?? ""
            #expect(first.contains(">S17<"), "the chart is on page 1")
        }
    }

    /// The text a reader sees: tags dropped, entities kept.
    static func visible(_ text: String) -> String {
        var out = ""
        var inTag = false
        var inStyle = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.contains("<style>") { inStyle = true }
            if line.contains("</style>") { inStyle = false; continue }
            if inStyle { continue }
            for character in line {
                if character == "<" { inTag = true; continue }
                if character == ">" { inTag = false; out.append(" "); continue }
                if !inTag { out.append(character) }
            }
            out.append("\n")
        }
        return out
    }

    static func attribute(_ name: String, in word: String) -> Double {
        guard let range = word.range(of: name + "=\"") else { return 0 }
        let rest = word[range.upperBound...]
        return Double(rest.prefix { $0 != "\"" }) ?? 0
    }

    static func tool(_ path: String, _ arguments: [String]) throws -> String {
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
