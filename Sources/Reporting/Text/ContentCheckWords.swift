public import Catalog
public import Core
import Foundation

/// A rule's content check in words, one line per requirement (`standar show`, and any other
/// place that explains what Patuh looks for inside a document).
public struct ContentCheckWords: Sendable {
    public let language: Language
    private let messages: Core.Messages

    public init(language: Language) {
        self.language = language
        messages = Core.Messages(language)
    }

    private func text(_ key: String, _ values: [String: String] = [:]) -> String {
        messages.text(key, values)
    }

    /// A heading line, then one indented line per column and per check.
    public func lines(_ check: ContentCheck) -> [String] {
        switch check {
        case .register(let register): [text("content.show.register")] + registerLines(register).map { "  - " + $0 }
        case .text(let check): [text("content.show.text")] + textCheck(check).map { "  - " + $0 }
        }
    }

    private func registerLines(_ check: RegisterCheck) -> [String] {
        var lines = check.columns.map { column -> String in
            var parts = [text("content.show.column", ["name": column.name])]
            if !column.aliases.isEmpty { parts.append(text("content.show.alias", ["aliases": column.aliases.joined(separator: ", ")])) }
            if !column.required { parts.append(text("content.show.optional")) }
            if column.nonEmpty { parts.append(text("content.show.nonEmpty")) }
            if let values = column.values { parts.append(text("content.show.values", ["values": values.joined(separator: ", ")])) }
            return parts.joined(separator: "; ")
        }
        if let minimum = check.minimumRows { lines.append(text("content.show.rows", ["min": String(minimum)])) }
        for computed in check.computed {
            let values = ["column": computed.column, "of": computed.of.joined(separator: ", "),
                          "tolerance": decimal(ContentCheckWords.number(computed.tolerance))]
            switch computed.function {
            case .mean: lines.append(text("content.show.computed.mean", values))
            case .sum: lines.append(text("content.show.computed.sum", values))
            case .product: lines.append(text("content.show.computed.product", values))
            }
        }
        for fresh in check.fresh {
            lines.append(text("content.show.fresh", ["column": fresh.column, "days": String(fresh.days)]))
        }
        for overdue in check.overdue {
            lines.append(text("content.show.overdue", ["due": overdue.due, "status": overdue.status,
                                                       "done": overdue.done.joined(separator: ", ")]))
        }
        for reference in check.references {
            lines.append(text("content.show.reference", ["column": reference.column, "key": reference.key, "rule": reference.rule]))
        }
        for condition in check.conditions {
            let requirements = condition.requirements.flatMap(requirementParts).joined(separator: "; ")
            lines.append(text("content.show.when", ["condition": self.condition(column: condition.column, test: condition.test,
                                                                                values: condition.values),
                                                    "requirements": requirements]))
        }
        return lines
    }

    /// A row rule's condition in words: `nilai lebih dari 24`.
    public func condition(column: String, test: ConditionTest, values: [String]) -> String {
        let value = values.first.map(decimal) ?? ""
        let list = values.joined(separator: ", ")
        return switch test {
        case .above: text("content.show.test.above", ["column": column, "value": value])
        case .atLeast: text("content.show.test.atLeast", ["column": column, "value": value])
        case .below: text("content.show.test.below", ["column": column, "value": value])
        case .atMost: text("content.show.test.atMost", ["column": column, "value": value])
        case .in: text("content.show.test.in", ["column": column, "values": list])
        case .notIn: text("content.show.test.notIn", ["column": column, "values": list])
        }
    }

    private func requirementParts(_ requirement: RowRequirement) -> [String] {
        var parts: [String] = []
        if requirement.nonEmpty { parts.append(text("content.show.require.nonEmpty", ["column": requirement.column])) }
        if let values = requirement.values {
            parts.append(text("content.show.require.values", ["column": requirement.column, "values": values.joined(separator: ", ")]))
        }
        if let other = requirement.notBefore {
            parts.append(text("content.show.require.notBefore", ["column": requirement.column, "other": other]))
        }
        return parts
    }

    private func textCheck(_ check: TextCheck) -> [String] {
        check.phrases.map { text("content.show.phrase", ["phrase": $0]) }
            + check.numbers.map { number in
                var bounds: [String] = []
                if let minimum = number.minimum { bounds.append("≥ " + decimal(Self.number(minimum))) }
                if let maximum = number.maximum { bounds.append("≤ " + decimal(Self.number(maximum))) }
                return text("content.show.number", ["pattern": number.pattern, "bound": bounds.joined(separator: ", ")])
            }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    private func decimal(_ text: String) -> String {
        language == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
