import Testing
import XMLSupport

/// The one writer and escaper of every XML file Patuh writes.
@Suite struct XMLWriterTests {
    @Test func xmlEscapesMarkupAndDropsForbiddenCharacters() {
        #expect(XMLWriter.escape("a < b & c > \"d\"") == "a &lt; b &amp; c &gt; \"d\"")
        #expect(XMLWriter.escape("x\"y\nz\tw", attribute: true) == "x&quot;y&#10;z&#9;w")
        #expect(XMLWriter.escape("bell\u{07}form\u{0C}") == "bellform")
        #expect(XMLWriter.commentText("a--b-") == "a- -b- ")
        #expect(XMLWriter.isRepresentable("tab\tok") && !XMLWriter.isRepresentable("esc\u{1B}"))
        var writer = XMLWriter()
        writer.open("a", [("x", "1"), ("skip", nil)])
        writer.element("b", text: "é & ü")
        writer.close("a")
        #expect(writer.text == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a x=\"1\">\n  <b>é &amp; ü</b>\n</a>\n")
    }

}
