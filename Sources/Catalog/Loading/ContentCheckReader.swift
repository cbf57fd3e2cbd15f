import Core
import Foundation
import XMLSupport

/// Reads the structured part of a schema-valid `<check>` (`<register>` or `<text>`) into a
/// ``ContentCheck``, and reports what the XSD cannot: a column referred to but not declared,
/// a computed column without sources, a pattern that does not compile or has not exactly one
/// capture group, a minimum above its maximum.
struct ContentCheckReader {
    let file: String
    let rule: String
    private(set) var problems: [XMLDiagnostic] = []

    init(file: String, rule: String) {
        self.file = file
        self.rule = rule
    }

    mutating func read(_ check: XMLElement) -> ContentCheck? {
        if let register = check.child("register") { return .register(readRegister(register)) }
        if let text = check.child("text") { return .text(readText(text)) }
        return nil
    }

    // MARK: - Registers

    private mutating func readRegister(_ element: XMLElement) -> RegisterCheck {
        let columns = element.children(named: "column").map { column in
            ColumnRule(name: column[attribute: "name"] ?? "", aliases: Self.list(column[attribute: "alias"]),
                       required: column[attribute: "required"].map(Self.bool) ?? true,
                       nonEmpty: column[attribute: "nonEmpty"].map(Self.bool) ?? false,
                       values: column[attribute: "values"].map(Self.list))
        }
        var check = RegisterCheck(columns: columns)
        check.minimumRows = element.child("rows").flatMap { $0[attribute: "min"] }.flatMap { Int($0) }
        var seen: [String: Int] = [:]
        for (column, source) in zip(columns, element.children(named: "column")) {
            for name in column.names {
                let key = ColumnNames.normalized(name)
                if let earlier = seen[key] {
                    problem(source, "column '\(name)' is declared twice in the check of \(rule) (first at line \(earlier))")
                }
                seen[key] = source.line
            }
        }
        for computed in element.children(named: "computed") {
            let column = computed[attribute: "column"] ?? ""
            let of = Self.list(computed[attribute: "of"])
            let function = ComputedFunction(rawValue: computed[attribute: "function"] ?? "") ?? .mean
            declared(column, in: check, at: computed)
            for source in of { declared(source, in: check, at: computed) }
            if of.isEmpty { problem(computed, "<computed column=\"\(column)\"> of \(rule) names no column in 'of'") }
            check.computed.append(ComputedColumn(column: column, function: function, of: of,
                                                 tolerance: computed[attribute: "tolerance"].flatMap { Double($0) } ?? 0.01))
        }
        for fresh in element.children(named: "fresh") {
            let column = fresh[attribute: "column"] ?? ""
            declared(column, in: check, at: fresh)
            check.fresh.append(FreshColumn(column: column, days: fresh[attribute: "days"].flatMap { Int($0) } ?? 0))
        }
        for overdue in element.children(named: "overdue") {
            let rule = OverdueRule(due: overdue[attribute: "due"] ?? "", status: overdue[attribute: "status"] ?? "",
                                   done: Self.list(overdue[attribute: "done"]))
            declared(rule.due, in: check, at: overdue)
            declared(rule.status, in: check, at: overdue)
            check.overdue.append(rule)
        }
        for reference in element.children(named: "reference") {
            let read = ColumnReference(column: reference[attribute: "column"] ?? "", rule: reference[attribute: "rule"] ?? "",
                                       key: reference[attribute: "key"] ?? "")
            declared(read.column, in: check, at: reference)
            if read.rule == rule {
                problem(reference, "<reference> of \(rule) refers to its own rule; name the rule of the other register")
            }
            check.references.append(read)
        }
        for when in element.children(named: "when") {
            let column = when[attribute: "column"] ?? ""
            let test = ConditionTest(rawValue: when[attribute: "test"] ?? "") ?? .in
            let values = Self.list(when[attribute: "value"])
            declared(column, in: check, at: when)
            switch test {
            case .above, .atLeast, .below, .atMost:
                if values.count != 1 || Double(values[0]) == nil {
                    problem(when, "<when test=\"\(test.rawValue)\"> of \(rule) compares numbers: its 'value' must be one number (a point as the decimal mark), not '\(when[attribute: "value"] ?? "")'")
                }
            case .in, .notIn: break
            }
            let requirements = when.children(named: "require").map { require in
                let requirement = RowRequirement(column: require[attribute: "column"] ?? "",
                                                 nonEmpty: require[attribute: "nonEmpty"].map(Self.bool) ?? false,
                                                 values: require[attribute: "values"].map(Self.list),
                                                 notBefore: require[attribute: "notBefore"])
                declared(requirement.column, in: check, at: require)
                if let other = requirement.notBefore { declared(other, in: check, at: require) }
                if !requirement.nonEmpty && requirement.values == nil && requirement.notBefore == nil {
                    problem(require, "<require column=\"\(requirement.column)\"> of \(rule) requires nothing: give nonEmpty=\"true\", 'values' or 'notBefore'")
                }
                return requirement
            }
            check.conditions.append(RowCondition(column: column, test: test, values: values, requirements: requirements))
        }
        return check
    }

    /// Reports a column that a computed, fresh, overdue, reference or row rule names but no `<column>` declares.
    private mutating func declared(_ name: String, in check: RegisterCheck, at element: XMLElement) {
        guard check.column(name) == nil else { return }
        problem(element, "<\(element.name)> of \(rule) names column '\(name)', which no <column> of the check declares")
    }

    // MARK: - Text

    private mutating func readText(_ element: XMLElement) -> TextCheck {
        var check = TextCheck(phrases: element.children(named: "phrase").map(\.normalizedText))
        for number in element.children(named: "number") {
            let numberRule = NumberRule(pattern: number[attribute: "pattern"] ?? "",
                                        minimum: number[attribute: "min"].flatMap { Double($0) },
                                        maximum: number[attribute: "max"].flatMap { Double($0) })
            do {
                let expression = try NSRegularExpression(pattern: numberRule.pattern, options: [.caseInsensitive])
                if expression.numberOfCaptureGroups != 1 {
                    problem(number, "the pattern '\(numberRule.pattern)' of <number> in \(rule) has \(expression.numberOfCaptureGroups) capture groups; it needs exactly one, around the number")
                }
            } catch {
                problem(number, "the pattern '\(numberRule.pattern)' of <number> in \(rule) is not a valid regular expression")
            }
            if numberRule.minimum == nil && numberRule.maximum == nil {
                problem(number, "<number> in \(rule) has neither 'min' nor 'max': it would check nothing")
            }
            if let minimum = numberRule.minimum, let maximum = numberRule.maximum, minimum > maximum {
                problem(number, "<number> in \(rule) has min \(minimum) above max \(maximum)")
            }
            check.numbers.append(numberRule)
        }
        return check
    }

    // MARK: - Helpers

    private mutating func problem(_ element: XMLElement, _ message: String) {
        problems.append(XMLDiagnostic(file: file, line: element.line, message: message))
    }

    /// A comma-separated list, each item trimmed, empty items dropped.
    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func bool(_ text: String) -> Bool {
        text == "true" || text == "1"
    }
}

/// How register headers are compared: without regard to case, with spaces and hyphens read as
/// underscores and the ends trimmed (`Sub Klasifikasi` is `sub_klasifikasi`).
public enum ColumnNames {
    public static func normalized(_ header: String) -> String {
        let trimmed = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        var result = ""
        var lastWasSeparator = false
        for character in trimmed {
            if character == " " || character == "-" || character == "_" || character == "\t" {
                if !lastWasSeparator { result.append("_") }
                lastWasSeparator = true
            } else {
                result.append(character)
                lastWasSeparator = false
            }
        }
        return result
    }
}
