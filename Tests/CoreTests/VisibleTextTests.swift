import Core
import Testing

@Suite("Visible text")
struct VisibleTextTests {
    @Test func controlCharactersBecomeVisibleAndLineEndsStay() {
        #expect(VisibleText.escape("a\u{1B}]0;PWNED\u{07}\u{1B}[2J\rb") == "a\\x1b]0;PWNED\\x07\\x1b[2J\\x0db")
        #expect(VisibleText.escape("baris\nbaris\tkolom\r\n") == "baris\nbaris\tkolom\r\n")
        #expect(VisibleText.escape("kiri\u{202E}kanan\u{85}") == "kiri\\u{202E}kanan\\u{85}")
        #expect(VisibleText.escape("\u{7F}\u{0}") == "\\x7f\\x00")
    }

    @Test func patuhsOwnColoursStayOnlyWhenAsked() {
        let red = "\u{1B}[31mgagal\u{1B}[0m"
        #expect(VisibleText.escape(red) == red)
        #expect(VisibleText.escape(red, keepingStyle: false) == "\\x1b[31mgagal\\x1b[0m")
        #expect(VisibleText.escape("\u{1B}[2J") == "\\x1b[2J")
        #expect(VisibleText.escape("\u{1B}[m") == "\\x1b[m")
    }

    @Test func firstControlFindsLineBreaks() {
        #expect(VisibleText.firstControl(in: "K-2026-001") == nil)
        #expect(VisibleText.firstControl(in: "K-1\nK-2") == "\n")
        #expect(VisibleText.firstControl(in: "Asesor\u{2066}") == "\u{2066}")
    }
}
