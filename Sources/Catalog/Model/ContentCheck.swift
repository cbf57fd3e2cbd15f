/// What Patuh looks for inside an evidence rule's documents: the structured part of a rule's
/// `<check>` (`docs/content-checks.md`). It is data, never code: the catalog names columns,
/// values, dates, phrases and one regular expression per number, and Patuh's evaluator does
/// the rest.
///
/// ## Topics
/// - ``RegisterCheck``
/// - ``TextCheck``
public enum ContentCheck: Sendable, Hashable, Codable {
    /// A register (CSV or XLSX): its columns, rows, computed values and dates.
    case register(RegisterCheck)
    /// A text document (DOCX, ODT, PDF, plain text): phrases and numbers it must contain.
    case text(TextCheck)

    private enum CodingKeys: String, CodingKey {
        case register, text
    }

    /// `{"register": {...}}` or `{"text": {...}}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .register(let check): try container.encode(check, forKey: .register)
        case .text(let check): try container.encode(check, forKey: .text)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let register = try container.decodeIfPresent(RegisterCheck.self, forKey: .register) {
            self = .register(register)
        } else {
            self = .text(try container.decode(TextCheck.self, forKey: .text))
        }
    }
}

/// The checks on a register: one table with a header row, read from CSV or the first sheet of
/// an XLSX workbook.
public struct RegisterCheck: Sendable, Hashable, Codable {
    /// The columns the register must (or may) have and what their cells must hold.
    public var columns: [ColumnRule]
    /// The least number of data rows (rows below the header that are not entirely empty).
    public var minimumRows: Int?
    /// Columns whose value is computed from others (`nilai = (K+I+A)/3`).
    public var computed: [ComputedColumn]
    /// Date columns whose latest date must be recent.
    public var fresh: [FreshColumn]
    /// Rows past a due date that are not done.
    public var overdue: [OverdueRule]
    /// Columns whose values must be keys of another rule's register.
    public var references: [ColumnReference]
    /// Row rules: when a cell satisfies a condition, other cells of the row must hold something.
    public var conditions: [RowCondition]

    public init(columns: [ColumnRule], minimumRows: Int? = nil, computed: [ComputedColumn] = [],
                fresh: [FreshColumn] = [], overdue: [OverdueRule] = [], references: [ColumnReference] = [],
                conditions: [RowCondition] = []) {
        self.columns = columns
        self.minimumRows = minimumRows
        self.computed = computed
        self.fresh = fresh
        self.overdue = overdue
        self.references = references
        self.conditions = conditions
    }

    private enum CodingKeys: String, CodingKey {
        case columns, minimumRows, computed, fresh, overdue, references, conditions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        columns = try container.decode([ColumnRule].self, forKey: .columns)
        minimumRows = try container.decodeIfPresent(Int.self, forKey: .minimumRows)
        computed = try container.decodeIfPresent([ComputedColumn].self, forKey: .computed) ?? []
        fresh = try container.decodeIfPresent([FreshColumn].self, forKey: .fresh) ?? []
        overdue = try container.decodeIfPresent([OverdueRule].self, forKey: .overdue) ?? []
        references = try container.decodeIfPresent([ColumnReference].self, forKey: .references) ?? []
        conditions = try container.decodeIfPresent([RowCondition].self, forKey: .conditions) ?? []
    }

    /// The declared column with this name (as the catalog writes it).
    public func column(_ name: String) -> ColumnRule? {
        columns.first { $0.name == name }
    }
}

/// One column of a register: its name and aliases (matched case-insensitively, with spaces and
/// hyphens read as underscores), whether it must be there, and what its cells hold.
public struct ColumnRule: Sendable, Hashable, Codable {
    /// The name the catalog gives the column (`pemilik`).
    public var name: String
    /// Other headers that name the same column (`owner`, `penanggung-jawab`).
    public var aliases: [String]
    /// The register must have the column.
    public var required: Bool
    /// Every data row has a value in it.
    public var nonEmpty: Bool
    /// The values allowed in a non-empty cell (numbers compare as numbers, text without regard
    /// to case); `nil` allows any.
    public var values: [String]?

    public init(name: String, aliases: [String] = [], required: Bool = true, nonEmpty: Bool = false,
                values: [String]? = nil) {
        self.name = name
        self.aliases = aliases
        self.required = required
        self.nonEmpty = nonEmpty
        self.values = values
    }

    /// The name and the aliases.
    public var names: [String] { [name] + aliases }
}

/// How a computed column is derived from others.
public enum ComputedFunction: String, Sendable, Hashable, Codable, CaseIterable {
    case mean, sum, product
}

/// A column whose value must equal a function of other columns of the same row.
public struct ComputedColumn: Sendable, Hashable, Codable {
    public var column: String
    public var function: ComputedFunction
    /// The columns it is computed from, in order.
    public var of: [String]
    /// The largest difference accepted (rounding in the register).
    public var tolerance: Double

    public init(column: String, function: ComputedFunction, of: [String], tolerance: Double = 0.01) {
        self.column = column
        self.function = function
        self.of = of
        self.tolerance = tolerance
    }
}

/// A date column whose latest date is at most `days` days before the assessment day.
public struct FreshColumn: Sendable, Hashable, Codable {
    public var column: String
    public var days: Int

    public init(column: String, days: Int) {
        self.column = column
        self.days = days
    }
}

/// Rows whose due date has passed while their status is not one of the `done` values.
public struct OverdueRule: Sendable, Hashable, Codable {
    /// The due-date column.
    public var due: String
    /// The status column.
    public var status: String
    /// The statuses that close a row (compared without regard to case).
    public var done: [String]

    public init(due: String, status: String, done: [String]) {
        self.due = due
        self.status = status
        self.done = done
    }
}

/// A column whose non-empty cells must be keys of another register: the `key` column of the
/// documents of evidence rule `rule` (`<reference column="sub_klasifikasi" rule="S03.2.E1"
/// key="sub_klasifikasi"/>`). The key column is found by the name and aliases the referenced
/// rule's own `<register>` declares for it; values compare as the allowed values do (numbers
/// as numbers, text without regard to case or surrounding spaces).
public struct ColumnReference: Sendable, Hashable, Codable {
    /// The column of this register that refers.
    public var column: String
    /// The evidence rule whose documents hold the referenced register.
    public var rule: String
    /// The referenced register's key column, as that rule's check names it.
    public var key: String

    public init(column: String, rule: String, key: String) {
        self.column = column
        self.rule = rule
        self.key = key
    }
}

/// How a row rule's condition compares a cell.
public enum ConditionTest: String, Sendable, Hashable, Codable, CaseIterable {
    /// A number greater than the value.
    case above
    /// A number at least the value.
    case atLeast
    /// A number less than the value.
    case below
    /// A number at most the value.
    case atMost
    /// One of the values (as allowed values compare).
    case `in`
    /// Non-empty and none of the values.
    case notIn
}

/// A row rule: in every row whose `column` passes `test` against `values`, each requirement
/// holds (`<when column="nilai" test="above" value="24"><require column="mitigasi"
/// nonEmpty="true"/></when>`). A row whose cell is empty, or not a number for a numeric test,
/// does not meet the condition.
public struct RowCondition: Sendable, Hashable, Codable {
    public var column: String
    public var test: ConditionTest
    /// One number for the numeric tests; the listed values for `in` and `notIn`.
    public var values: [String]
    public var requirements: [RowRequirement]

    public init(column: String, test: ConditionTest, values: [String], requirements: [RowRequirement]) {
        self.column = column
        self.test = test
        self.values = values
        self.requirements = requirements
    }
}

/// What a row rule requires of one cell of a row that meets its condition.
public struct RowRequirement: Sendable, Hashable, Codable {
    public var column: String
    /// The cell has a value.
    public var nonEmpty: Bool
    /// A non-empty cell holds one of these.
    public var values: [String]?
    /// A non-empty cell is a date not before the date in this column of the same row.
    public var notBefore: String?

    public init(column: String, nonEmpty: Bool = false, values: [String]? = nil, notBefore: String? = nil) {
        self.column = column
        self.nonEmpty = nonEmpty
        self.values = values
        self.notBefore = notBefore
    }
}

/// The checks on a text document.
public struct TextCheck: Sendable, Hashable, Codable {
    /// Phrases that must appear (without regard to case; runs of white space match any).
    public var phrases: [String]
    /// Numbers found by a pattern that must lie within bounds.
    public var numbers: [NumberRule]

    public init(phrases: [String] = [], numbers: [NumberRule] = []) {
        self.phrases = phrases
        self.numbers = numbers
    }
}

/// A regular expression with exactly one capture group holding a number (`minimal\s+(\d+)\s+karakter`),
/// matched line by line without regard to case: at least one line matches, and every number
/// it captures lies within the bounds.
public struct NumberRule: Sendable, Hashable, Codable {
    public var pattern: String
    public var minimum: Double?
    public var maximum: Double?

    public init(pattern: String, minimum: Double? = nil, maximum: Double? = nil) {
        self.pattern = pattern
        self.minimum = minimum
        self.maximum = maximum
    }
}
