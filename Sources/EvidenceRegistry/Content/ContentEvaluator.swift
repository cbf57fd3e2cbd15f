public import Catalog
public import Core
import Foundation

/// Runs a rule's content check on what was read from one document: a pure function of the
/// check, the read and the assessment day (no file system, no clock).
///
/// At most ``maximumFindings`` failures are kept per document; the rest are counted in one
/// ``ContentFinding/Kind/more`` finding.
public struct ContentEvaluator: Sendable {
    public let today: CivilDate
    public var maximumFindings = 50
    /// Lines longer than this are cut before a pattern sees them (bounds the regex's work).
    public var maximumLineLength = 4_096

    public init(today: CivilDate) {
        self.today = today
    }

    /// The findings of `check` on `read`, from the document at `file`.
    ///
    /// - Parameter references: the keys of the registers the check's `<reference>`s name, by
    ///   rule id (``ReferencedKeys/collect(rule:key:reads:)``); a rule absent here is unavailable.
    public func evaluate(_ check: ContentCheck, read: ContentRead, file: EvidencePath,
                         references: [String: ReferencedKeys] = [:]) -> [ContentFinding] {
        let content: ExtractedContent
        switch read {
        case .malformed(let problem): return [ContentFinding(kind: .malformed, file: file, problem: problem)]
        case .notChecked(let skip): return [ContentFinding(kind: .notChecked, file: file, skip: skip)]
        case .content(let extracted): content = extracted
        }
        var findings: [ContentFinding]
        switch (check, content) {
        case (.register(let register), .table(let table)):
            findings = evaluate(register, table: table, file: file, references: references)
        case (.register, .text): return [ContentFinding(kind: .notChecked, file: file, skip: .notARegister)]
        case (.text(let text), _): findings = evaluate(text, lines: content.lines, file: file)
        }
        if findings.count > maximumFindings {
            let left = findings.count - maximumFindings
            findings = Array(findings.prefix(maximumFindings))
            findings.append(ContentFinding(kind: .more, file: file, value: String(left)))
        }
        return findings
    }

    // MARK: - Registers

    private func evaluate(_ check: RegisterCheck, table: ContentTable, file: EvidencePath,
                          references: [String: ReferencedKeys]) -> [ContentFinding] {
        var findings: [ContentFinding] = []
        var positions: [String: Int] = [:]
        for (index, header) in table.header.enumerated() where !header.isEmpty {
            let key = ColumnNames.normalized(header)
            if positions[key] == nil { positions[key] = index }
        }
        var located: [String: Int] = [:]
        for column in check.columns {
            if let index = column.names.lazy.compactMap({ positions[ColumnNames.normalized($0)] }).first {
                located[column.name] = index
            } else if column.required {
                findings.append(ContentFinding(kind: .missingColumn, file: file, row: table.headerRow, column: column.name,
                                               expected: column.names.joined(separator: ", ")))
            }
        }
        func cellFinding(_ kind: ContentFinding.Kind, _ row: ContentRow, _ index: Int, value: String? = nil,
                         expected: String? = nil) -> ContentFinding {
            ContentFinding(kind: kind, file: file, row: row.number, column: table.header[index], columnNumber: index + 1,
                           value: value, expected: expected)
        }
        if let minimum = check.minimumRows, table.rows.count < minimum {
            findings.append(ContentFinding(kind: .tooFewRows, file: file, value: String(table.rows.count), expected: String(minimum)))
        }
        for row in table.rows {
            for column in check.columns {
                guard let index = located[column.name] else { continue }
                let cell = row[index].trimmedCell
                if cell.isEmpty {
                    if column.nonEmpty { findings.append(cellFinding(.emptyCell, row, index)) }
                } else if let values = column.values, !values.contains(where: { Self.same(cell, $0) }) {
                    findings.append(cellFinding(.valueNotAllowed, row, index, value: cell, expected: values.joined(separator: ", ")))
                }
            }
            for computed in check.computed {
                guard let target = located[computed.column] else { continue }
                let sources = computed.of.compactMap { located[$0] }
                guard sources.count == computed.of.count, let actual = Self.number(row[target]) else { continue }
                let inputs = sources.compactMap { Self.number(row[$0]) }
                guard inputs.count == sources.count else { continue }
                let expected: Double = switch computed.function {
                case .mean: inputs.reduce(0, +) / Double(inputs.count)
                case .sum: inputs.reduce(0, +)
                case .product: inputs.reduce(1, *)
                }
                if abs(actual - expected) > computed.tolerance + 1e-9 {
                    findings.append(cellFinding(.computedMismatch, row, target, value: row[target].trimmedCell,
                                                expected: Self.format(expected)))
                }
            }
        }
        for condition in check.conditions {
            guard let index = located[condition.column] else { continue }
            for row in table.rows {
                let cell = row[index].trimmedCell
                guard Self.meets(condition, cell) else { continue }
                let why = ContentFinding.Condition(column: table.header[index], test: condition.test,
                                                   values: condition.values, cell: cell)
                for requirement in condition.requirements {
                    findings += require(requirement, row: row, table: table, located: located, because: why, file: file)
                }
            }
        }
        for reference in check.references {
            guard let index = located[reference.column] else { continue }
            guard case .keys(let keys, let files)? = references[reference.rule] else {
                findings.append(ContentFinding(kind: .notChecked, file: file, column: table.header[index], columnNumber: index + 1,
                                               skip: .referenceUnavailable,
                                               reference: .init(rule: reference.rule, key: reference.key, files: [])))
                continue
            }
            let target = ContentFinding.Reference(rule: reference.rule, key: reference.key, files: files)
            for row in table.rows {
                let cell = row[index].trimmedCell
                guard !cell.isEmpty, !keys.contains(Self.key(cell)) else { continue }
                findings.append(ContentFinding(kind: .unknownReference, file: file, row: row.number, column: table.header[index],
                                               columnNumber: index + 1, value: cell, reference: target))
            }
        }
        for fresh in check.fresh {
            guard let index = located[fresh.column] else { continue }
            var latest: CivilDate?
            for row in table.rows {
                let cell = row[index].trimmedCell
                guard !cell.isEmpty else { continue }
                guard let date = Self.date(cell) else {
                    findings.append(cellFinding(.invalidDate, row, index, value: cell))
                    continue
                }
                if latest.map({ $0 < date }) ?? true { latest = date }
            }
            let oldest = today.adding(days: -fresh.days)
            if latest.map({ $0 < oldest }) ?? true {
                findings.append(ContentFinding(kind: .stale, file: file, column: table.header[index], columnNumber: index + 1,
                                               value: latest?.description, expected: oldest.description))
            }
        }
        for overdue in check.overdue {
            guard let due = located[overdue.due], let status = located[overdue.status] else { continue }
            for row in table.rows {
                let state = row[status].trimmedCell
                if overdue.done.contains(where: { Self.same(state, $0) }) { continue }
                let cell = row[due].trimmedCell
                guard !cell.isEmpty else { continue }
                guard let date = Self.date(cell) else {
                    findings.append(cellFinding(.invalidDate, row, due, value: cell))
                    continue
                }
                if date < today {
                    findings.append(cellFinding(.overdue, row, due, value: date.description,
                                                expected: state.isEmpty ? nil : state))
                }
            }
        }
        return findings
    }

    /// The findings of one requirement of a row rule on a row that meets its condition.
    private func require(_ requirement: RowRequirement, row: ContentRow, table: ContentTable, located: [String: Int],
                       because condition: ContentFinding.Condition, file: EvidencePath) -> [ContentFinding] {
        guard let index = located[requirement.column] else {
            // An optional column that is absent: a row that needs a value there lacks it.
            guard requirement.nonEmpty else { return [] }
            return [ContentFinding(kind: .emptyCell, file: file, row: row.number, column: requirement.column, condition: condition)]
        }
        func finding(_ kind: ContentFinding.Kind, value: String? = nil, expected: String? = nil,
                     related: String? = nil) -> ContentFinding {
            ContentFinding(kind: kind, file: file, row: row.number, column: table.header[index], columnNumber: index + 1,
                           value: value, expected: expected, condition: condition, relatedColumn: related)
        }
        let cell = row[index].trimmedCell
        if cell.isEmpty { return requirement.nonEmpty ? [finding(.emptyCell)] : [] }
        var findings: [ContentFinding] = []
        if let values = requirement.values, !values.contains(where: { Self.same(cell, $0) }) {
            findings.append(finding(.valueNotAllowed, value: cell, expected: values.joined(separator: ", ")))
        }
        if let other = requirement.notBefore, let otherIndex = located[other] {
            if let date = Self.date(cell) {
                if let start = Self.date(row[otherIndex].trimmedCell), date < start {
                    findings.append(finding(.dateBefore, value: date.description, expected: start.description,
                                            related: table.header[otherIndex]))
                }
            } else {
                findings.append(finding(.invalidDate, value: cell))
            }
        }
        return findings
    }

    /// Whether a cell meets a row rule's condition.
    static func meets(_ condition: RowCondition, _ cell: String) -> Bool {
        guard !cell.isEmpty else { return false }
        switch condition.test {
        case .in: return condition.values.contains { same(cell, $0) }
        case .notIn: return !condition.values.contains { same(cell, $0) }
        case .above, .atLeast, .below, .atMost:
            guard let value = number(cell), let bound = condition.values.first.flatMap(number) else { return false }
            switch condition.test {
            case .above: return value > bound
            case .atLeast: return value >= bound
            case .below: return value < bound
            default: return value <= bound
            }
        }
    }

    /// How a cell compares as a key: a number as its value, text without regard to case and
    /// with runs of white space as one space.
    static func key(_ cell: String) -> String {
        if let value = number(cell) { return "#" + String(value) }
        return folded(cell)
    }

    // MARK: - Text

    private func evaluate(_ check: TextCheck, lines: [ContentLine], file: EvidencePath) -> [ContentFinding] {
        var findings: [ContentFinding] = []
        let whole = " " + lines.map { Self.folded($0.text) }.joined(separator: " ") + " "
        for phrase in check.phrases where !whole.contains(Self.folded(phrase)) {
            findings.append(ContentFinding(kind: .phraseMissing, file: file, expected: phrase))
        }
        for number in check.numbers {
            guard let expression = try? NSRegularExpression(pattern: number.pattern, options: [.caseInsensitive]),
                  expression.numberOfCaptureGroups >= 1 else { continue }
            var found = false
            for line in lines {
                let text = String(line.text.prefix(maximumLineLength))
                let range = NSRange(text.startIndex..<text.endIndex, in: text)
                for match in expression.matches(in: text, range: range) {
                    guard let captured = Range(match.range(at: 1), in: text), let value = Self.number(String(text[captured])) else { continue }
                    found = true
                    let low = number.minimum.map { value < $0 } ?? false
                    let high = number.maximum.map { value > $0 } ?? false
                    if low || high {
                        findings.append(ContentFinding(kind: .numberOutOfRange, file: file, row: line.number,
                                                       value: Self.format(value), expected: Self.bounds(number)))
                    }
                }
            }
            if !found {
                findings.append(ContentFinding(kind: .numberMissing, file: file, value: number.pattern,
                                               expected: Self.bounds(number)))
            }
        }
        return findings
    }

    // MARK: - Values

    /// Lower-case with runs of white space as one space.
    static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether a cell holds an allowed value: equal numbers, else equal text without regard to case.
    static func same(_ cell: String, _ allowed: String) -> Bool {
        if let a = number(cell), let b = number(allowed) { return a == b }
        return cell.trimmedCell.lowercased() == allowed.trimmedCell.lowercased()
    }

    /// A number written with a point or (Indonesian style) a comma as the decimal mark.
    static func number(_ text: String) -> Double? {
        var cell = text.trimmedCell
        guard !cell.isEmpty, cell.utf8.count <= 40 else { return nil }
        if !cell.contains("."), cell.filter({ $0 == "," }).count == 1 { cell = cell.replacingOccurrences(of: ",", with: ".") }
        guard cell.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E") }),
              let value = Double(cell), value.isFinite else { return nil }
        return value
    }

    /// A number as text: an integer without decimals, else rounded to two places (a point).
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// `≥ 10`, `≤ 20` or `10–20`.
    static func bounds(_ rule: NumberRule) -> String {
        switch (rule.minimum, rule.maximum) {
        case (let low?, let high?): "\(format(low))–\(format(high))"
        case (let low?, nil): "≥ \(format(low))"
        case (nil, let high?): "≤ \(format(high))"
        case (nil, nil): ""
        }
    }

    /// A date in a register: `YYYY-MM-DD` (optionally followed by a time), `DD/MM/YYYY`,
    /// `DD-MM-YYYY`, or a spreadsheet serial number (days since 1899-12-30).
    static func date(_ text: String) -> CivilDate? {
        let cell = text.trimmedCell
        if cell.utf8.count >= 10, let date = CivilDate(iso: String(cell.prefix(10))) { return date }
        let parts = cell.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        if parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
           let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) {
            return CivilDate(year: year, month: month, day: day)
        }
        if let serial = Double(cell), serial >= 61, serial < 2_958_466 {
            return CivilDate(dayNumber: Int(serial.rounded(.down)) - 25_569)
        }
        return nil
    }
}

/// The keys of a register another register refers to: the values of its key column in the
/// current documents of the rule that holds it, or unavailable (no such document, or none
/// whose key column could be read).
public enum ReferencedKeys: Sendable, Hashable {
    case keys(Set<String>, files: [EvidencePath])
    case unavailable

    /// The keys of column `key` (by the name and aliases of `rule`'s register check) in the
    /// documents read; unavailable when no document is a table with that column.
    public static func collect(rule: RegisterCheck, key: String, reads: [(EvidencePath, ContentRead)]) -> ReferencedKeys {
        let names = (rule.column(key)?.names ?? [key]).map(ColumnNames.normalized)
        var keys: Set<String> = []
        var files: [EvidencePath] = []
        for (path, read) in reads {
            guard case .content(.table(let table)) = read,
                  let index = table.header.firstIndex(where: { names.contains(ColumnNames.normalized($0)) }) else { continue }
            files.append(path)
            for row in table.rows {
                let cell = row[index].trimmedCell
                if !cell.isEmpty { keys.insert(ContentEvaluator.key(cell)) }
            }
        }
        return files.isEmpty ? .unavailable : .keys(keys, files: files)
    }
}
