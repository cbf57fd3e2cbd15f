import Foundation
import Testing
@testable import XMLSupport

@Suite("XML text spans: one element replaced, every other byte kept")
struct XMLTextSpansTests {
    static let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- a comment with <dokumen berkas="fake"> inside -->
        <bukti xmlns="urn:patuh:bukti:1">
          <dokumen berkas="a &amp; b.pdf" aturan='S01.1.E1'>
            <nomor>1/2026</nomor>
            <![CDATA[ </dokumen> ]]>
          </dokumen>
          <dokumen berkas="x>y.pdf"/>
        </bukti>

        """

    @Test("spans name elements, attributes (decoded), depth and parent; comments and CDATA are skipped")
    func scan() throws {
        let bytes = Array(Self.text.utf8)
        let spans = XMLTextSpans.scan(bytes)
        #expect(spans.spans.map(\.name) == ["bukti", "dokumen", "nomor", "dokumen"])
        #expect(spans.spans[1][attribute: "berkas"] == "a & b.pdf")
        #expect(spans.spans[1][attribute: "aturan"] == "S01.1.E1")
        #expect(spans.spans[3][attribute: "berkas"] == "x>y.pdf")
        #expect(spans.spans[3].selfClosing)
        #expect(spans.spans[2].parent == 1 && spans.spans[1].parent == 0 && spans.spans[0].parent == nil)
        #expect(spans.spans[1].line == 4)
        #expect(String(decoding: bytes[spans.spans[2].inner], as: UTF8.self) == "1/2026")
        let outer = String(decoding: bytes[spans.spans[1].outer], as: UTF8.self)
        #expect(outer.hasPrefix("<dokumen berkas=") && outer.hasSuffix("]]>\n  </dokumen>"))
        #expect(spans.indentation(of: 1, in: bytes) == "  ")
        #expect(spans.children(of: 0) == [1, 3])
    }

    @Test("replacing one span changes only its bytes")
    func replace() throws {
        let bytes = Array(Self.text.utf8)
        let spans = XMLTextSpans.scan(bytes)
        let replaced = XMLTextSpans.replacing(spans.spans[2].inner, with: "2/2026", in: bytes)
        #expect(String(decoding: replaced, as: UTF8.self) == Self.text.replacingOccurrences(of: "1/2026", with: "2/2026"))
    }

    @Test("malformed text never traps: what was found so far")
    func malformed() {
        #expect(XMLTextSpans.scan(Array("<a><b x=\"1></a>".utf8)).spans.map(\.name) == ["a"])
        #expect(XMLTextSpans.scan(Array("<a></b>".utf8)).spans.count == 1)
        #expect(XMLTextSpans.scan([]).spans.isEmpty)
    }

    @Test("escape and unescape are inverse on the five entities and character references")
    func entities() {
        #expect(XMLTextSpans.unescape(XMLWriter.escape("a<b>&\"c\"", attribute: true)) == "a<b>&\"c\"")
        #expect(XMLTextSpans.unescape("&#65;&#x42;&apos;") == "AB'")
    }
}
