import Core
import Foundation
import Testing
@testable import Reporting

@Suite struct ReportRendererTests {
    let renderer = ReportRenderer()

    @Test func messageTablesHaveTheSameKeys() {
        #expect(Set(Messages.indonesian.keys) == Set(Messages.english.keys))
    }

    @Test(arguments: [TextFormat.html, .markdown, .json])
    func renderingIsDeterministic(_ format: TextFormat) throws {
        let first = try renderer.render(Fixtures.mandiri(), as: format)
        let second = try ReportRenderer().render(Fixtures.mandiri(), as: format)
        #expect(first == second)
        #expect(!first.isEmpty)
    }

    @Test func htmlIsSelfContainedWithSummaryAndChart() throws {
        let html = try renderer.render(Fixtures.mandiri(), as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg class=\"chart\""))
        #expect(html.components(separatedBy: "<rect ").count - 1 == 17)
        #expect(html.contains("5 dari 17"))
        #expect(html.contains("stroke-dasharray"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"))
        #expect(!html.contains("<link"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.contains("counter(page)"))
    }

    @Test func hostileTextIsEscapedInHTML() throws {
        let html = try renderer.render(Fixtures.mandiri(text: Fixtures.hostile), as: .html)
        #expect(!html.contains("<script>alert(1)"))
        #expect(!html.contains("\" onmouseover=\""))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x()&#39;"))
    }

    @Test func hostileTextIsEscapedInMarkdown() throws {
        let markdown = try renderer.render(Fixtures.mandiri(text: Fixtures.hostile), as: .markdown)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("&lt;script&gt;"))
        #expect(markdown.contains("\\| \\*b\\* \\`c\\`"))
        // Every table row keeps its cell count: the pipe in the value cannot add a column.
        for line in markdown.split(separator: "\n") where line.hasPrefix("| S01.1 ") {
            let cells = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(cells == 5)
        }
    }

    @Test func jsonCarriesTheSchemaAndNumbers() throws {
        let json = try renderer.render(Fixtures.mandiri(), as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let header = try #require(object["header"] as? [String: Any])
        #expect(header["schema"] as? String == "patuh.laporan.mandiri/1")
        let standards = try #require(object["standards"] as? [[String: Any]])
        #expect(standards.count == 17)
        #expect(standards[0]["percent"] as? Double == 5.88)
        let decoded = try JSONDecoder().decode(MandiriReport.self, from: Data(json.utf8))
        #expect(decoded == Fixtures.mandiri())
    }

    @Test func englishLabels() throws {
        let html = try renderer.render(Fixtures.mandiri(language: "en"), as: .html)
        #expect(html.contains("5 of 17"))
        #expect(html.contains("Next steps"))
        #expect(html.contains("<html lang=\"en\">"))
    }

    @Test func figuresFormat() {
        #expect(Figure(83.3333).description == "83.33")
        #expect(Figure(88.8).description == "88.8")
        #expect(Figure(80).description == "80")
        #expect(Figure(79.996).description == "80")
        #expect(Figure(0.03).description == "0.03")
        #expect(Figure(-0.5).description == "-0.5")
        #expect(Figure(83.3333).value == 83.33)
    }
}
