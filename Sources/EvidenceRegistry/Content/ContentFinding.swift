import Core

/// One thing a content check found in one document: a failure (a missing column, a value not
/// allowed, an overdue row, a phrase not found, a malformed file) or a notice that the
/// document could not be checked here. It carries codes and values, no sentence: each front
/// end words it in its language.
public struct ContentFinding: Sendable, Hashable, Codable {
    /// What was found. Codes are kebab-case and the same in every language.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The file cannot be read as its check expects (``ContentFinding/problem`` says why).
        case malformed
        case missingColumn = "missing-column"
        case emptyCell = "empty-cell"
        case valueNotAllowed = "value-not-allowed"
        case computedMismatch = "computed-mismatch"
        case tooFewRows = "too-few-rows"
        /// The latest date of a column is too old (or no date could be read).
        case stale
        case invalidDate = "invalid-date"
        case overdue
        case phraseMissing = "phrase-missing"
        case numberMissing = "number-missing"
        case numberOutOfRange = "number-out-of-range"
        /// More findings of this file were left out (``ContentFinding/value`` is their count).
        case more
        /// Not checked here (``ContentFinding/skip`` says why): a notice, no failure.
        case notChecked = "not-checked"
    }

    public var kind: Kind
    public var file: EvidencePath
    /// The row (a CSV record's first line, an XLSX row number) or the text line (a paragraph).
    public var row: Int?
    /// The column's header as the file writes it, or the catalog's name when it is missing.
    public var column: String?
    /// The column's position, 1-based (`E` is 5), when the file has it.
    public var columnNumber: Int?
    /// The value found (a cell, a number, a date, a count).
    public var value: String?
    /// What was expected (the allowed values, the computed value, a bound, a phrase, a date).
    public var expected: String?
    /// Why the file is malformed.
    public var problem: ContentReadProblem?
    /// Why the file was not checked.
    public var skip: ContentSkip?

    public init(kind: Kind, file: EvidencePath, row: Int? = nil, column: String? = nil, columnNumber: Int? = nil,
                value: String? = nil, expected: String? = nil, problem: ContentReadProblem? = nil, skip: ContentSkip? = nil) {
        self.kind = kind
        self.file = file
        self.row = row
        self.column = column
        self.columnNumber = columnNumber
        self.value = value
        self.expected = expected
        self.problem = problem
        self.skip = skip
    }

    /// Whether the finding fails the rule (everything but a notice).
    public var failing: Bool { kind != .notChecked }

    /// The spreadsheet letters of ``columnNumber`` (`5` → `E`), if any.
    public var columnLetters: String? {
        guard var number = columnNumber, number > 0 else { return nil }
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }

    /// `E5`-style: the column letters and the row, when both are known.
    public var cellReference: String? {
        guard let letters = columnLetters, let row else { return nil }
        return "\(letters)\(row)"
    }
}
