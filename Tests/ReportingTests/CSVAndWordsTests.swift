import Core
import Testing
@testable import Reporting

@Suite struct CSVAndWordsTests {
    @Test("cells that would start a formula are neutralised", arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+62 811", "'+62 811"), ("-1", "'-1"), ("@cmd", "'@cmd"),
        ("biasa", "biasa"), ("a,b", "\"a,b\""), ("kata \"kutip\"", "\"kata \"\"kutip\"\"\""),
        ("=1,2", "\"'=1,2\""), ("88,9 %", "\"88,9 %\""),
    ])
    func neutralised(input: String, expected: String) {
        #expect(CSVRenderer.field(input) == expected)
    }

    @Test func theSeparatorFollowsTheLanguagesDecimalMark() {
        #expect(CSVRenderer.separator(.id) == ";")
        #expect(CSVRenderer.separator(.en) == ",")
        #expect(CSVRenderer.field("a;b", separator: ";") == "\"a;b\"")
        #expect(CSVRenderer.field("88,9", separator: ";") == "88,9")
    }

    @Test func figuresSpeakTheReportLanguage() {
        #expect(Figure.percent(88.9, .id).description == "88,9 %")
        #expect(Figure.percent(88.9, .en).description == "88.9%")
        #expect(Figure.number(62.5, .id).description == "62,5")
        #expect(Figure(62.5).description == "62.5")
        #expect(Figure.percent(88.9, .id) == Figure(88.9))
    }
}
