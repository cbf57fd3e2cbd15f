import Core
import Foundation
import Testing
@testable import EvidenceRegistry

@Suite("bukti.xml edited as text: one entry written, the rest byte for byte")
struct BuktiTextTests {
    static let original = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- catatan LPSE: jangan dihapus -->
        <bukti xmlns="urn:patuh:bukti:1">
          <dokumen berkas="a.pdf">
            <judul>A</judul>
          </dokumen>
          <!-- entri b -->
          <dokumen berkas="b.pdf"><nomor>7</nomor></dokumen>
        </bukti>

        """

    @Test("replacing an entry keeps every other byte and the comments")
    func replaceEntry() throws {
        var entry = BuktiEntry(fileName: "a.pdf", title: "A")
        entry.number = "800/1/2026"
        entry.date = CivilDate(year: 2026, month: 2, day: 1)
        let edited = String(decoding: try #require(BuktiText.upsert(entry, into: Array(Self.original.utf8))), as: UTF8.self)
        let expected = Self.original.replacingOccurrences(of: """
              <dokumen berkas="a.pdf">
                <judul>A</judul>
              </dokumen>
            """, with: """
              <dokumen berkas="a.pdf">
                <nomor>800/1/2026</nomor>
                <judul>A</judul>
                <tanggal>2026-02-01</tanggal>
              </dokumen>
            """)
        #expect(edited == expected)
    }

    @Test("a new entry is appended before </bukti>, indented like its siblings")
    func appendEntry() throws {
        let entry = BuktiEntry(fileName: "c & d.pdf", ratifiedBy: Ratification(name: "Ani", position: "Kepala LPSE",
                                                                              date: CivilDate(year: 2026, month: 11, day: 20)))
        let edited = String(decoding: try #require(BuktiText.upsert(entry, into: Array(Self.original.utf8))), as: UTF8.self)
        #expect(edited == Self.original.replacingOccurrences(of: "</bukti>", with: """
              <dokumen berkas="c &amp; d.pdf">
                <disahkan-oleh jabatan="Kepala LPSE" tanggal="2026-11-20">Ani</disahkan-oleh>
              </dokumen>
            </bukti>
            """))
    }

    @Test("a self-closing <bukti/> and a missing file both get a well-formed entry")
    func emptyDocuments() throws {
        let entry = BuktiEntry(fileName: "a.pdf", number: "1")
        let opened = String(decoding: try #require(BuktiText.upsert(entry, into: Array("<bukti xmlns=\"urn:patuh:bukti:1\"/>\n".utf8))),
                            as: UTF8.self)
        #expect(opened == "<bukti xmlns=\"urn:patuh:bukti:1\">\n  <dokumen berkas=\"a.pdf\">\n    <nomor>1</nomor>\n  </dokumen>\n</bukti>\n")
        let fresh = String(decoding: try #require(BuktiText.upsert(entry, into: nil)), as: UTF8.self)
        #expect(fresh.hasPrefix("<?xml") && fresh.contains("  <dokumen berkas=\"a.pdf\">\n    <nomor>1</nomor>\n  </dokumen>\n</bukti>"))
        #expect(BuktiText.upsert(entry, into: Array("<lain/>".utf8)) == nil)
    }

    @Test("maksud Anda: the nearest name within a few edits, nothing for a stranger")
    func suggestion() {
        let names = ["kebijakan-lpse_2026-01-15.pdf", "sk-tim_2026-01-05.pdf"]
        #expect(NameSuggestion.closest(to: "kebijakan-lpse_2026-01-16.pdf", among: names) == "kebijakan-lpse_2026-01-15.pdf")
        #expect(NameSuggestion.closest(to: "Kebijakan-LPSE_2026-01-15.PDF", among: names) == "kebijakan-lpse_2026-01-15.pdf")
        #expect(NameSuggestion.closest(to: "laporan.pdf", among: names) == nil)
    }
}
