/// Reads a CSV register (RFC 4180): UTF-8 with or without a byte-order mark, `;` or `,` as
/// separator (whichever the header line has more of outside quotes), fields in double quotes
/// with `""` for a quote, CRLF or LF line ends. Lenient only where spreadsheets are: a bare
/// quote inside an unquoted field is kept as text.
public struct CSVReader: Sendable {
    public var limits: ContentLimits

    public init(limits: ContentLimits = .standard) {
        self.limits = limits
    }

    public func read(_ bytes: [UInt8]) -> ContentRead {
        guard bytes.count <= limits.maximumFileSize else {
            return .malformed(.tooLarge(size: bytes.count, limit: limits.maximumFileSize))
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let line = Self.firstInvalidUTF8Line(body) { return .malformed(.invalidUTF8(line: line)) }
        let separator = Self.sniffSeparator(body)
        switch parse(body, separator: separator) {
        case .failure(let problem): return .malformed(problem)
        case .success(let grid):
            guard let table = ContentTable(grid: grid) else { return .malformed(.emptyTable) }
            return .content(.table(table))
        }
    }

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`.
    static func sniffSeparator(_ bytes: ArraySlice<UInt8>) -> UInt8 {
        var quoted = false
        var semicolons = 0, commas = 0
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if quoted { continue }
            if byte == 0x0A { break }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
            if byte == UInt8(ascii: ",") { commas += 1 }
        }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// The line of the first byte sequence that is not UTF-8, if any.
    static func firstInvalidUTF8Line(_ bytes: ArraySlice<UInt8>) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }

    private func parse(_ bytes: ArraySlice<UInt8>, separator: UInt8) -> Result<[ContentRow], ContentReadProblem> {
        let quote = UInt8(ascii: "\""), newline: UInt8 = 0x0A, carriage: UInt8 = 0x0D
        var rows: [ContentRow] = []
        var cells: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = bytes.startIndex
        var atFieldStart = true
        var inQuotes = false
        var quoteLine = 0

        func endField() -> ContentReadProblem? {
            guard field.count <= limits.maximumCellSize else { return .cellTooLarge(row: recordLine, limit: limits.maximumCellSize) }
            cells.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            guard cells.count <= limits.maximumColumns else { return .tooManyColumns(row: recordLine, limit: limits.maximumColumns) }
            return nil
        }
        func endRecord() -> ContentReadProblem? {
            if let problem = endField() { return problem }
            rows.append(ContentRow(number: recordLine, cells: cells))
            cells.removeAll(keepingCapacity: true)
            guard rows.count <= limits.maximumRows else { return .tooManyRows(limit: limits.maximumRows) }
            return nil
        }

        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == quote {
                    if index < bytes.endIndex, bytes[index] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                        // After the closing quote: a separator, a line end or the end.
                        if index < bytes.endIndex, ![separator, newline, carriage].contains(bytes[index]) {
                            return .failure(.textAfterQuote(line: line))
                        }
                    }
                } else {
                    if byte == newline { line += 1 }
                    field.append(byte)
                    if field.count > limits.maximumCellSize { return .failure(.cellTooLarge(row: recordLine, limit: limits.maximumCellSize)) }
                }
                continue
            }
            switch byte {
            case quote where atFieldStart:
                inQuotes = true
                quoteLine = line
                atFieldStart = false
            case separator:
                if let problem = endField() { return .failure(problem) }
                atFieldStart = true
            case carriage where index < bytes.endIndex && bytes[index] == newline:
                continue
            case newline, carriage:
                if let problem = endRecord() { return .failure(problem) }
                line += 1
                recordLine = line
                atFieldStart = true
            default:
                field.append(byte)
                atFieldStart = false
                if field.count > limits.maximumCellSize { return .failure(.cellTooLarge(row: recordLine, limit: limits.maximumCellSize)) }
            }
        }
        if inQuotes { return .failure(.unclosedQuote(line: quoteLine)) }
        if !field.isEmpty || !cells.isEmpty || !atFieldStart {
            if let problem = endRecord() { return .failure(problem) }
        }
        return .success(rows)
    }
}
