import Testing
@testable import XMLSupport

/// Mixed content: an element's text around its children, in document order.
@Suite("Mixed content")
struct MixedContentTests {
    static func parse(_ text: String) throws -> XMLElement {
        try XMLDocument.parse(bytes: Array(text.utf8), path: "inline.xml").root
    }

    @Test("text after a child is the child's tail; the leading text comes before the first child")
    func tails() throws {
        let p = try Self.parse("<p>Kata <span>sandi</span> minimal<s/>12 <b>karakter</b></p>")
        // text joins the element's own pieces, out of order with the children's text.
        #expect(p.text == "Kata  minimal12 ")
        #expect(p.leadingText == "Kata ")
        #expect(p.children.map(\.tail) == [" minimal", "12 ", ""])
        #expect(p.children[0].text == "sandi" && p.children[2].text == "karakter")
        // Reassembled in order.
        let ordered = p.leadingText + p.children.map { $0.text + $0.tail }.joined()
        #expect(ordered == "Kata sandi minimal12 karakter")
    }

    @Test("CDATA counts as text; an element with no children has all its text as leading text")
    func cdataAndLeaf() throws {
        let root = try Self.parse("<r><a>x<![CDATA[<y>]]>z</a><b/><![CDATA[ekor]]></r>")
        #expect(root.children[0].leadingText == "x<y>z")
        #expect(root.children[0].tail == "" && root.children[1].tail == "ekor")
        #expect(root.leadingText == "")
    }
}
