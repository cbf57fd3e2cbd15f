import Core
import Foundation
import Mustache

/// The formats a renderer produces as text. (PDF is made from the HTML by an external tool.)
public enum TextFormat: String, Sendable, CaseIterable {
    case html
    case markdown = "md"
    case json
}

/// A report view model that can be rendered.
public protocol RenderableReport: Encodable, Sendable {
    var header: ReportHeader { get }
}

extension MandiriReport: RenderableReport {}
extension FaktualReport: RenderableReport {}
extension BuktiReport: RenderableReport {}
extension PembinaanReport: RenderableReport {}

/// Renders report view models to HTML, Markdown or JSON. Pure: it reads no file and no
/// database; the same model gives byte-identical output.
public struct ReportRenderer: Sendable {
    private let library: MustacheLibrary

    public init() {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        var library = MustacheLibrary()
        do {
            for (name, text) in Templates.all {
                try library.register(text, named: name)
            }
        } catch {
            // The templates are compiled into Patuh; a parse failure is a bug caught by the tests.
            preconditionFailure("report template does not parse: \(error)")
        }
        self.library = library
    }

    /// Renders `report` in `format`.
    public func render(_ report: some RenderableReport, as format: TextFormat) throws -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        case .html, .markdown:
            let name = report.header.kind.rawValue + (format == .html ? ".html" : ".md")
            let context = RenderContext(report: report, t: Messages.table(report.header.language),
                                        chart: chart(for: report), css: Templates.css, words: words(for: report))
            guard let text = library.render(context, withTemplate: name) else {
                throw RenderError(message: "no template named \(name)")
            }
            return text
        }
    }

    /// The report's dates in words of its language (`25 November 2026, 09.00 WIB`).
    private func words(for report: some RenderableReport) -> [String: String] {
        let language = Language(rawValue: report.header.language) ?? .id
        var words = ["generated": DateText.dateTime(iso: report.header.generatedAt, language)]
        if let mandiri = report as? MandiriReport {
            words["assessmentDate"] = DateText.date(iso: mandiri.assessment.date, language)
        }
        if let faktual = report as? FaktualReport {
            words["mandiriDate"] = DateText.date(iso: faktual.mandiriDate, language)
            words["faktualDate"] = DateText.date(iso: faktual.faktualDate, language)
            words["signPlace"] = faktual.signatories.compactMap(\.place).first ?? faktual.header.lpse.name
        }
        return words
    }

    private func chart(for report: some RenderableReport) -> [String: Any]? {
        guard let mandiri = report as? MandiriReport else { return nil }
        let rows = mandiri.standards.map { (id: $0.id, name: $0.name, percent: $0.percent.value, met: $0.terpenuhi) }
        return BarChart(rows: rows, thresholdPercent: mandiri.assessment.thresholdPercent.value,
                        language: Language(rawValue: mandiri.header.language) ?? .id).context
    }
}

/// What the templates see: the report, the message table, the chart and the stylesheet.
struct RenderContext<Report> {
    var report: Report
    var t: [String: String]
    var chart: [String: Any]?
    var css: String
    /// Dates in words: `generated`, and per kind `assessmentDate`, `mandiriDate`, `faktualDate`.
    var words: [String: String]
}

/// A template failed to render.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Escapes text for Markdown: characters with meaning in Markdown or HTML are neutralised, and
/// line breaks fold to spaces so a value cannot break a table row.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "\n", "\r", "\t": out += " "
            case "\\", "`", "*", "_", "[", "]", "|", "#", "!": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }
}
