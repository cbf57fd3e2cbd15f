import Catalog
import Core
@testable import EvidenceRegistry
import Foundation
import Testing

/// The content readers on well-formed, awkward and malformed inputs: a malformed file is a
/// finding (a ``ContentReadProblem``), never a crash.
@Suite("Content readers")
struct ContentReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func sample(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(path)))
    }

    static func table(_ read: ContentRead) -> ContentTable? {
        if case .content(.table(let table)) = read { return table }
        return nil
    }

    static func problem(_ read: ContentRead) -> ContentReadProblem? {
        if case .malformed(let problem) = read { return problem }
        return nil
    }

    // MARK: - CSV

    @Test("CSV with ';', a BOM, CRLF, quoted separators, doubled quotes and a line break in a field")
    func csvSemicolon() throws {
        let text = "\u{FEFF}kode;nama;catatan\r\nA-1;\"Server; utama\";\"kata \"\"aman\"\"\"\r\nA-2;UPS;\"dua\nbaris\"\r\n\r\nA-3;Router;\r\n"
        let table = try #require(Self.table(CSVReader().read(Array(text.utf8))))
        #expect(table.header == ["kode", "nama", "catatan"])
        #expect(table.rows.map(\.cells) == [["A-1", "Server; utama", "kata \"aman\""], ["A-2", "UPS", "dua\nbaris"], ["A-3", "Router", ""]])
        // A record's number is the line it starts on; the empty line is skipped.
        #expect(table.rows.map(\.number) == [2, 3, 6])
    }

    @Test("CSV with ',' when the header has more commas than semicolons")
    func csvComma() throws {
        let table = try #require(Self.table(CSVReader().read(Array("a,b;c,d\n1,2;3,4\n".utf8))))
        #expect(table.header == ["a", "b;c", "d"])
        #expect(table.rows.first?.cells == ["1", "2;3", "4"])
    }

    @Test("malformed CSV: an unclosed quote, text after a quote, bytes that are not UTF-8, nothing at all")
    func csvMalformed() {
        #expect(Self.problem(CSVReader().read(Array("a;b\n1;\"open\n2;3\n".utf8))) == .unclosedQuote(line: 2))
        #expect(Self.problem(CSVReader().read(Array("a;b\n\"x\"y;2\n".utf8))) == .textAfterQuote(line: 2))
        #expect(Self.problem(CSVReader().read([0x61, 0x3B, 0x62, 0x0A, 0xC3, 0x28, 0x0A])) == .invalidUTF8(line: 2))
        #expect(Self.problem(CSVReader().read(Array(" ; \n\n".utf8))) == .emptyTable)
    }

    @Test("CSV limits: too many columns, rows or bytes in a cell are findings")
    func csvLimits() {
        var limits = ContentLimits()
        limits.maximumColumns = 3
        #expect(Self.problem(CSVReader(limits: limits).read(Array("a;b;c;d\n".utf8))) == .tooManyColumns(row: 1, limit: 3))
        limits = ContentLimits()
        limits.maximumRows = 2
        #expect(Self.problem(CSVReader(limits: limits).read(Array("a\n1\n2\n3\n".utf8))) == .tooManyRows(limit: 2))
        limits = ContentLimits()
        limits.maximumCellSize = 4
        #expect(Self.problem(CSVReader(limits: limits).read(Array("a\n12345\n".utf8))) == .cellTooLarge(row: 2, limit: 4))
    }

    // MARK: - XLSX

    @Test("the sample asset register: shared strings, numbers, the header row, no pemilik column")
    func xlsxSample() throws {
        let bytes = try Self.sample("Evidence/S03-aset/S03.2/register-aset-layanan_2026-10-30.xlsx")
        let table = try #require(Self.table(XLSXReader().read(bytes)))
        #expect(table.headerRow == 1)
        #expect(table.header == ["kelas", "kode", "nama", "sub_klasifikasi", "pemegang", "K", "I", "A", "nilai", "masa_berlaku", "keterangan"])
        #expect(table.rows.count == 7)
        #expect(table.rows[1].cells.prefix(9) == ["SDM", "SDM-01", "Admin PPE", "Administrator", "Budi Santoso", "2", "3", "3", "2.67"])
        // The empty pemegang of the last row keeps its place (cells are placed by reference).
        #expect(table.rows[6][4] == "" && table.rows[6][5] == "1")
    }

    @Test("an XLSX with inline strings (the sample's role register) and dates as serial numbers")
    func xlsxInlineAndSerials() throws {
        let roles = try #require(Self.table(XLSXReader().read(try Self.sample("Evidence/S02-organisasi/S02.2/register-peran-lpse_2026-10-01.xlsx"))))
        #expect(roles.header.first == "peran" && roles.rows.count == 8)
        let letters = try #require(Self.table(XLSXReader().read(try Self.sample("Evidence/S16-kepatuhan/S16.4/register-tindak-lanjut-lkpp_2026-10-19.xlsx"))))
        let due = try #require(letters.header.firstIndex(of: "batas_waktu"))
        // 2026-07-06 is serial 46209.
        #expect(letters.rows[0][due] == "46209")
        #expect(ContentEvaluator.date(letters.rows[0][due]) == CivilDate(iso: "2026-07-06"))
    }

    @Test("malformed XLSX: not a ZIP, a truncated archive, a part over the size limit")
    func xlsxMalformed() throws {
        #expect(Self.problem(XLSXReader().read(Array("kelas;kode\n".utf8))) == .notAnArchive)
        #expect(Self.problem(XLSXReader().read([0x50, 0x4B, 0x03, 0x04, 0, 0])) == .notAnArchive)
        let bytes = try Self.sample("Evidence/S03-aset/S03.2/register-aset-layanan_2026-10-30.xlsx")
        #expect(Self.problem(XLSXReader().read(Array(bytes.prefix(bytes.count / 2)))) != nil)
        var limits = ContentLimits()
        limits.maximumEntrySize = 200
        guard case .archiveTooLarge = Self.problem(XLSXReader(limits: limits).read(bytes)) else {
            Issue.record("a part over the limit is refused as too large")
            return
        }
        // Every single-byte corruption of the sample is read or refused, never a crash.
        for offset in stride(from: 0, to: bytes.count, by: 7) {
            var corrupt = bytes
            corrupt[offset] ^= 0x5A
            _ = XLSXReader().read(corrupt)
        }
    }

    @Test("cell references: letters then digits, at most three letters")
    func cellReferences() {
        #expect(XLSXReader.columnIndex("A1") == 0)
        #expect(XLSXReader.columnIndex("E5") == 4)
        #expect(XLSXReader.columnIndex("AA10") == 26)
        #expect(XLSXReader.columnIndex("1A") == nil)
        #expect(XLSXReader.columnIndex("ABCD1") == nil)
        #expect(XLSXReader.columnIndex("") == nil)
    }

    // MARK: - DOCX, ODT, text

    @Test("the sample minutes (DOCX): paragraphs, then the table's cells as paragraphs")
    func docxSample() throws {
        let read = OfficeTextReader(format: .docx).read(try Self.sample("Evidence/S17-penilaian-internal/S17.4/notulen-kaji-ulang-manajemen_2026-10-20.docx"))
        guard case .content(.text(let text)) = read else {
            Issue.record("the sample DOCX reads as text: \(read)")
            return
        }
        #expect(text.lines.first?.text == "Notulen Kaji Ulang Manajemen 2026")
        #expect(text.lines.map(\.text).contains("Jadwalkan uji pemulihan backup"))
    }

    @Test("an ODT with spans, spaces, tabs, line breaks and a link reads each paragraph in document order")
    func odtMixedContent() throws {
        let read = OfficeTextReader(format: .odt).read(try Self.sample("Tests/Fixtures/content/kebijakan-sandi.odt"))
        guard case .content(.text(let text)) = read else {
            Issue.record("the ODT reads as text: \(read)")
            return
        }
        #expect(text.lines.map(\.text) == [
            "Kebijakan Kata Sandi LPSE",
            "Kata sandi minimal 12 karakter, memuat huruf   besar dan angka.",
            "Kolom\tNilai akhir situs LPSE.",
            "Sel satu tamat",
        ])
        // The password rule of S01.2 finds its number in the reordered-no-more paragraph.
        let check = TextCheck(phrases: ["huruf besar"], numbers: [NumberRule(pattern: #"minimal\s+(\d+)\s+karakter"#, minimum: 10)])
        let findings = ContentEvaluator(today: CivilDate(iso: "2026-11-25")!)
            .evaluate(.text(check), read: read, file: EvidencePath("Evidence/S01-kebijakan/S01.2/kebijakan.odt"))
        #expect(findings == [])
    }

    @Test("a DOCX whose words are split across runs reads whole; a tab stop in the paragraph's properties is no tab")
    func docxSplitRuns() throws {
        let read = OfficeTextReader(format: .docx).read(try Self.sample("Tests/Fixtures/content/kebijakan-sandi.docx"))
        guard case .content(.text(let text)) = read else {
            Issue.record("the DOCX reads as text: \(read)")
            return
        }
        #expect(text.lines.map(\.text) == ["Kata sandi minimal 12 karakter\tTOTP", "Baris  kedua"])
    }

    @Test("a DOCX without its document part, and a document that is not XML, are findings")
    func docxMalformed() throws {
        let xlsx = try Self.sample("Evidence/S03-aset/S03.2/register-aset-layanan_2026-10-30.xlsx")
        #expect(Self.problem(OfficeTextReader(format: .docx).read(xlsx)) == .missingEntry(name: "word/document.xml"))
        #expect(Self.problem(OfficeTextReader(format: .odt).read(xlsx)) == .missingEntry(name: "content.xml"))
        #expect(Self.problem(OfficeTextReader(format: .docx).read(Array("%PDF-1.4".utf8))) == .notAnArchive)
    }

    @Test("plain text: lines numbered from 1, not UTF-8 is a finding; unknown formats are notices")
    func plainText() {
        guard case .content(.text(let text)) = ContentReader().read(Array("satu\n\ntiga\n".utf8), fileName: "catatan.txt") else {
            Issue.record("text reads")
            return
        }
        #expect(text.lines.map(\.number) == [1, 3])
        #expect(Self.problem(ContentReader().read([0xFF, 0xFE], fileName: "catatan.txt")) == .invalidUTF8(line: 1))
        #expect(ContentReader().read([1, 2, 3], fileName: "foto.jpg") == .notChecked(.unsupportedFormat))
    }

    // MARK: - PDF

    @Test("a PDF without pdftotext is a notice; with it, the sample policy's text is read")
    func pdf() throws {
        let bytes = try Self.sample("Evidence/S01-kebijakan/S01.2/kebijakan-keamanan-informasi_2026-02-02.pdf")
        #expect(PDFTextReader(executable: nil).read(bytes) == .notChecked(.pdftotextUnavailable))
        guard let pdftotext = PDFTextReader.locate() else { return }   // poppler-utils is in README's install line
        let read = PDFTextReader(executable: pdftotext).read(bytes)
        guard case .content(.text(let text)) = read else {
            Issue.record("the sample PDF reads: \(read)")
            return
        }
        #expect(text.lines.contains { $0.text.contains("Kata sandi minimal 10 karakter") })
        #expect(Self.problem(PDFTextReader(executable: pdftotext).read(Array("not a pdf".utf8))) != nil)
    }
}
