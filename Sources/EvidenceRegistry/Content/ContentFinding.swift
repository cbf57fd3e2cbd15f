public import Catalog
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
        /// A row meets a row rule's condition and a cell of it is a date before another
        /// (``ContentFinding/relatedColumn``) of the same row.
        case dateBefore = "date-before"
        /// A cell's value is no key of the register it refers to (``ContentFinding/reference``).
        case unknownReference = "unknown-reference"
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
    /// The row rule whose condition the row meets, for a finding of that rule.
    public var condition: Condition?
    /// The register a cross-reference looked in.
    public var reference: Reference?
    /// The other column a finding compares with (the `notBefore` column of a row rule).
    public var relatedColumn: String?

    /// Why a row rule applies to a row: its column, test and values, and the row's cell.
    public struct Condition: Sendable, Hashable, Codable {
        public var column: String
        public var test: ConditionTest
        public var values: [String]
        public var cell: String

        public init(column: String, test: ConditionTest, values: [String], cell: String) {
            self.column = column
            self.test = test
            self.values = values
            self.cell = cell
        }
    }

    /// The register a column refers to: the rule, its key column and the documents read.
    public struct Reference: Sendable, Hashable, Codable {
        public var rule: String
        public var key: String
        public var files: [EvidencePath]

        public init(rule: String, key: String, files: [EvidencePath]) {
            self.rule = rule
            self.key = key
            self.files = files
        }
    }

    public init(kind: Kind, file: EvidencePath, row: Int? = nil, column: String? = nil, columnNumber: Int? = nil,
                value: String? = nil, expected: String? = nil, problem: ContentReadProblem? = nil, skip: ContentSkip? = nil,
                condition: Condition? = nil, reference: Reference? = nil, relatedColumn: String? = nil) {
        self.kind = kind
        self.file = file
        self.row = row
        self.column = column
        self.columnNumber = columnNumber
        self.value = value
        self.expected = expected
        self.problem = problem
        self.skip = skip
        self.condition = condition
        self.reference = reference
        self.relatedColumn = relatedColumn
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
