import Core
import Foundation

/// Reports as spreadsheets (LKPP keeps its work in them): UTF-8 with a byte-order mark so that
/// spreadsheet programs read the Indonesian text right, a header row, then one row per control
/// (mandiri, faktual) or per evidence rule (bukti); fields quoted when needed, and a field that
/// starts with `=`, `+`, `-` or `@` (or a tab or carriage return) prefixed with `'` so that no cell
/// becomes a formula. Pure, deterministic.
///
/// The separator follows the spreadsheet conventions of the report's language, so that the file
/// opens in columns with a double click: Indonesian (decimal comma) uses `;` and writes numbers as
/// `88,9`; English uses `,` and `88.9`. Percentages are bare numbers under a "(%)" header, so a
/// spreadsheet reads them as numbers, not text.
public struct CSVRenderer: Sendable {
    public init() {}

    /// The byte-order mark every CSV starts with.
    public static let byteOrderMark = "\u{FEFF}"

    /// The CSV text of `report`, or `nil` for a kind without a spreadsheet form (pembinaan).
    public func render(_ report: some RenderableReport) -> String? {
        let t = Messages.table(report.header.language)
        func w(_ key: String) -> String { t[key] ?? key }
        let language = Language(rawValue: report.header.language) ?? .id
        let rows: [[String]]
        switch report {
        case let mandiri as MandiriReport: rows = Self.rows(mandiri, language, w)
        case let faktual as FaktualReport: rows = Self.rows(faktual, w)
        case let bukti as BuktiReport: rows = Self.rows(bukti, w)
        default: return nil
        }
        let separator = Self.separator(language)
        let lines: [String] = rows.map { row in row.map { Self.field($0, separator: separator) }.joined(separator: separator) }
        return Self.byteOrderMark + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The field separator of a spreadsheet in `language`: `;` where the decimal mark is a comma.
    public static func separator(_ language: Language) -> String {
        language == .en ? "," : ";"
    }

    static func rows(_ report: MandiriReport, _ language: Language, _ w: (String) -> String) -> [[String]] {
        var rows: [[String]] = [[w("standard"), w("percentColumn"), w("determination"), w("control"), w("weight"),
                                 w("mandatory"), w("status"), w("fakta"), w("analisis"), w("evidenceRules")]]
        for standard in report.standards {
            let verdict = standard.terpenuhi ? w("terpenuhi") : w("belumTerpenuhi")
            for control in standard.controls {
                let rules: [String] = control.rules.map { "\($0.id): \($0.statusLabel)" }
                var row: [String] = [standard.id + " " + standard.name, Figure.number(standard.percent.value, language).description, verdict]
                row += [control.id + " " + control.title, String(control.weight), control.mandatory ? w("yes") : w("no")]
                row += [control.statusLabel, control.fakta, control.analisis, rules.joined(separator: "; ")]
                rows.append(row)
            }
        }
        return rows
    }

    static func rows(_ report: FaktualReport, _ w: (String) -> String) -> [[String]] {
        var rows: [[String]] = [[w("standard"), w("control"), w("mandiri"), w("lpseClaim"), w("faktual"), w("fakta"),
                                 w("analisis"), w("relation"), w("findings")]]
        for standard in report.standards {
            for control in standard.controls {
                let claim = [control.mandiriFakta, control.mandiriAnalisis].filter { !$0.isEmpty }.joined(separator: " ")
                var row: [String] = [standard.id + " " + standard.name, control.id + " " + control.title, control.mandiriLabel]
                row += [claim, control.faktualLabel, control.faktualFakta, control.faktualAnalisis]
                row += [control.relationLabel, control.findings.joined(separator: "; ")]
                rows.append(row)
            }
        }
        return rows
    }

    static func rows(_ report: BuktiReport, _ w: (String) -> String) -> [[String]] {
        var rows: [[String]] = [[w("standard"), w("rule"), w("evidenceRules"), w("status"), w("files"), w("message")]]
        for standard in report.standards {
            for rule in standard.rules {
                rows.append([standard.id + " " + standard.name, rule.id, rule.label, rule.statusLabel,
                             rule.files.joined(separator: "; "), rule.message])
            }
        }
        return rows
    }

    /// Any table as CSV with the same rules (byte-order mark, CRLF, quoting, formula guard), in the
    /// conventions of `language` (``separator(_:)``): e.g. LKPP's portfolio export.
    public static func table(_ rows: [[String]], language: Language = .id) -> String {
        let separator = separator(language)
        return byteOrderMark + rows.map { row in row.map { field($0, separator: separator) }.joined(separator: separator) }
            .joined(separator: "\r\n") + "\r\n"
    }

    /// One field: neutralised against formulas, quoted when it holds the separator, a quote or a
    /// line break.
    static func field(_ value: String, separator: String = ",") -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        guard text.contains(separator) || text.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
