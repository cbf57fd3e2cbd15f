import Testing
import XMLSupport

@Suite("XMLSupport refuses unsafe documents")
struct DoctypeRefusalTests {
    @Test func doctypeIsForbidden() {
        let text = #"<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>"#
        let error = #expect(throws: XMLError.self) {
            try XMLDocument.parse(bytes: Array(text.utf8), path: "inline.xml")
        }
        #expect(error?.code == .forbidden)
    }

    @Test func wellFormedDocumentKeepsLines() throws {
        let text = "<a>\n  <b x=\"1\">t</b>\n</a>"
        let document = try XMLDocument.parse(bytes: Array(text.utf8), path: "inline.xml")
        #expect(document.root.child("b")?.line == 2)
        #expect(document.root.child("b")?[attribute: "x"] == "1")
    }
}
