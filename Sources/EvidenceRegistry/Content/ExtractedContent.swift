/// What a reader takes out of a document: a table (CSV, XLSX) or lines of text (DOCX, ODT,
/// PDF, plain text). Only values: no formula, macro or script of the document is kept or run.
public enum ExtractedContent: Sendable, Hashable, Codable {
    case table(ContentTable)
    case text(ContentText)

    /// The content as lines of text (a table's rows with their cells separated by tabs), for
    /// text checks on a register.
    public var lines: [ContentLine] {
        switch self {
        case .text(let text): text.lines
        case .table(let table):
            [ContentLine(number: table.headerRow, text: table.header.joined(separator: "\t"))]
                + table.rows.map { ContentLine(number: $0.number, text: $0.cells.joined(separator: "\t")) }
        }
    }
}

/// A register: the header row and the data rows below it, as text.
public struct ContentTable: Sendable, Hashable, Codable {
    /// The row number of the header (1-based: a CSV record's first line, an XLSX row's `r`).
    public var headerRow: Int
    /// The header cells, left to right (empty where a column has no header).
    public var header: [String]
    /// The data rows that are not entirely empty, top to bottom.
    public var rows: [ContentRow]

    public init(headerRow: Int, header: [String], rows: [ContentRow]) {
        self.headerRow = headerRow
        self.header = header
        self.rows = rows
    }

    /// A table from a grid of rows (row number, cells): the first row with a non-empty cell
    /// is the header; rows with no non-empty cell are dropped.
    init?(grid: [ContentRow]) {
        let filled = grid.filter { $0.cells.contains { !$0.trimmedCell.isEmpty } }
        guard let header = filled.first else { return nil }
        self.init(headerRow: header.number, header: header.cells.map(\.trimmedCell), rows: Array(filled.dropFirst()))
    }
}

/// One data row: its number in the file and its cells, left to right.
public struct ContentRow: Sendable, Hashable, Codable {
    public var number: Int
    public var cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }

    /// The cell in column `index` (0-based), empty beyond the row's last cell.
    public subscript(index: Int) -> String {
        index < cells.count ? cells[index] : ""
    }
}

/// A text document as lines (paragraphs), numbered from 1.
public struct ContentText: Sendable, Hashable, Codable {
    public var lines: [ContentLine]

    public init(lines: [ContentLine]) {
        self.lines = lines
    }

    /// Numbers the lines of `text` from 1, dropping none (empty lines keep their number).
    public init(splitting text: String) {
        var lines: [ContentLine] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if !trimmed.isEmpty { lines.append(ContentLine(number: index + 1, text: String(trimmed))) }
        }
        self.lines = lines
    }
}

/// One line (or paragraph) of text and its number.
public struct ContentLine: Sendable, Hashable, Codable {
    public var number: Int
    public var text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

extension String {
    /// Without white space (and no-break spaces) at either end.
    var trimmedCell: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
