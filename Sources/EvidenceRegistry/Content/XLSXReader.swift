import XMLSupport

/// Reads the first worksheet of an XLSX workbook as a register: the workbook names the first
/// sheet and its relationship gives the part; cells are shared strings, inline strings,
/// numbers (as written, so a date stays its serial number) or booleans. Formulas are never
/// evaluated: a formula cell counts with the value the spreadsheet last cached for it.
public struct XLSXReader: Sendable {
    public var limits: ContentLimits

    public init(limits: ContentLimits = .standard) {
        self.limits = limits
    }

    public func read(_ bytes: [UInt8]) -> ContentRead {
        switch table(bytes) {
        case .success(let table): .content(.table(table))
        case .failure(let problem): .malformed(problem)
        }
    }

    func table(_ bytes: [UInt8]) -> Result<ContentTable, ContentReadProblem> {
        let zip: ZipEntries
        switch ZipEntries.open(bytes, limits: limits) {
        case .success(let opened): zip = opened
        case .failure(let problem): return .failure(problem)
        }
        let sheetPath: String
        switch firstSheetPath(zip) {
        case .success(let path): sheetPath = path
        case .failure(let problem): return .failure(problem)
        }
        var shared: [String] = []
        if zip.contains("xl/sharedStrings.xml") {
            switch zip.xml("xl/sharedStrings.xml") {
            case .success(let document):
                shared = document.root.children(named: "si").map(Self.richText)
            case .failure(let problem): return .failure(problem)
            }
        }
        let sheet: XMLDocument
        switch zip.xml(sheetPath) {
        case .success(let document): sheet = document
        case .failure(let problem): return .failure(problem)
        }
        guard let data = sheet.root.child("sheetData") else { return .failure(.emptyTable) }
        var grid: [ContentRow] = []
        var previousRow = 0
        for row in data.children(named: "row") {
            let number = row[attribute: "r"].flatMap { Int($0) } ?? previousRow + 1
            previousRow = number
            var cells: [String] = []
            var nextColumn = 0
            for cell in row.children(named: "c") {
                var column = nextColumn
                if let reference = cell[attribute: "r"] {
                    guard let parsed = Self.columnIndex(reference) else { return .failure(.badCellReference(cell: String(reference.prefix(20)))) }
                    column = parsed
                }
                guard column < limits.maximumColumns else { return .failure(.tooManyColumns(row: number, limit: limits.maximumColumns)) }
                nextColumn = column + 1
                let value: String
                switch cell[attribute: "t"] {
                case "s":
                    guard let index = cell.child("v").flatMap({ Int($0.normalizedText) }), index >= 0, index < shared.count else {
                        return .failure(.badSharedString(cell: cell[attribute: "r"] ?? "?"))
                    }
                    value = shared[index]
                case "inlineStr":
                    value = cell.child("is").map(Self.richText) ?? ""
                case "b":
                    value = cell.child("v")?.normalizedText == "1" ? "TRUE" : "FALSE"
                default:
                    value = cell.child("v")?.text ?? ""
                }
                guard value.utf8.count <= limits.maximumCellSize else { return .failure(.cellTooLarge(row: number, limit: limits.maximumCellSize)) }
                if cells.count < column { cells += Array(repeating: "", count: column - cells.count) }
                if column < cells.count { cells[column] = value } else { cells.append(value) }
            }
            grid.append(ContentRow(number: number, cells: cells))
            guard grid.count <= limits.maximumRows else { return .failure(.tooManyRows(limit: limits.maximumRows)) }
        }
        guard let table = ContentTable(grid: grid) else { return .failure(.emptyTable) }
        return .success(table)
    }

    /// The part of the workbook's first sheet, from `xl/workbook.xml` and its relationships;
    /// `xl/worksheets/sheet1.xml` when the workbook does not say.
    private func firstSheetPath(_ zip: ZipEntries) -> Result<String, ContentReadProblem> {
        let fallback = "xl/worksheets/sheet1.xml"
        guard zip.contains("xl/workbook.xml") else {
            return zip.contains(fallback) ? .success(fallback) : .failure(.missingEntry(name: "xl/workbook.xml"))
        }
        let workbook: XMLDocument
        switch zip.xml("xl/workbook.xml") {
        case .success(let document): workbook = document
        case .failure(let problem): return .failure(problem)
        }
        guard let first = workbook.root.child("sheets")?.children(named: "sheet").first,
              let relation = first.attributes.first(where: { $0.name == "id" && $0.namespace != nil })?.value,
              zip.contains("xl/_rels/workbook.xml.rels") else {
            return zip.contains(fallback) ? .success(fallback) : .failure(.missingEntry(name: fallback))
        }
        let relations: XMLDocument
        switch zip.xml("xl/_rels/workbook.xml.rels") {
        case .success(let document): relations = document
        case .failure(let problem): return .failure(problem)
        }
        guard let target = relations.root.children(named: "Relationship").first(where: { $0[attribute: "Id"] == relation })?[attribute: "Target"] else {
            return zip.contains(fallback) ? .success(fallback) : .failure(.missingEntry(name: fallback))
        }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        return .success(Self.normalizedPath(path))
    }

    /// `a/./b/../c` → `a/c` (a relationship target is relative to `xl/`).
    static func normalizedPath(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// The text of a shared or inline string: its `<t>`, or the `<t>` of each rich-text run.
    static func richText(_ element: XMLElement) -> String {
        if let plain = element.child("t") { return plain.text }
        return element.children(named: "r").compactMap { $0.child("t")?.text }.joined()
    }

    /// The 0-based column of a cell reference (`B7` → 1), or `nil` if it is none.
    static func columnIndex(_ reference: String) -> Int? {
        var column = 0
        var letters = 0
        var digits = 0
        for scalar in reference.unicodeScalars {
            switch scalar {
            case "A"..."Z" where digits == 0:
                column = column * 26 + Int(scalar.value - 64)
                letters += 1
            case "a"..."z" where digits == 0:
                column = column * 26 + Int(scalar.value - 96)
                letters += 1
            case "0"..."9" where letters > 0:
                digits += 1
            default:
                return nil
            }
            if letters > 3 { return nil }
        }
        guard letters > 0 else { return nil }
        return column - 1
    }
}
