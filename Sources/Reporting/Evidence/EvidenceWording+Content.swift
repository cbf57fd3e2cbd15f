public import Catalog
import Core
public import EvidenceRegistry
import Foundation

extension EvidenceWording {
    /// How many findings a rule's one-line message names before "and N more".
    static let findingsInMessage = 3

    /// The message of a rule whose content fails its check: the count and the first findings.
    func contentRuleMessage(_ finding: RuleFinding) -> String {
        let failures = finding.contentFailures
        var parts = failures.prefix(Self.findingsInMessage).map(contentMessage)
        if failures.count > Self.findingsInMessage {
            parts.append(text("content.rule.more", ["count": String(failures.count - Self.findingsInMessage)]))
        }
        return text("content.rule", ["count": String(failures.count), "findings": parts.joined(separator: "; ")])
    }

    /// A line naming the documents of a rule that could not be checked here, if any.
    public func contentNotices(_ finding: RuleFinding) -> String? {
        let notices = finding.contentNotices
        guard !notices.isEmpty else { return nil }
        return text("content.notices", ["rule": finding.rule, "notices": notices.map(contentMessage).joined(separator: "; ")])
    }

    /// Where a finding lies: the file, its row, or its cell (row, column header, column letters).
    public func contentLocation(_ finding: ContentFinding) -> String {
        let file = finding.file.string
        if let row = finding.row, let column = finding.column, let letters = finding.columnLetters {
            return text("content.at.cell", ["file": file, "row": String(row), "column": column, "letters": letters])
        }
        if let row = finding.row, let column = finding.column, finding.kind != .missingColumn {
            return text("content.at.rowColumn", ["file": file, "row": String(row), "column": column])
        }
        if let row = finding.row, finding.kind != .missingColumn {
            return text("content.at.row", ["file": file, "row": String(row)])
        }
        return text("content.at.file", ["file": file])
    }

    /// One content finding in words; a finding of a row rule says which condition the row meets.
    public func contentMessage(_ finding: ContentFinding) -> String {
        let message = contentFindingMessage(finding)
        guard let condition = finding.condition else { return message }
        let words = ContentCheckWords(language: language)
        return text("content.finding.because", ["finding": message, "cell": decimalIfNumber(condition.cell),
                                                "condition": words.condition(column: condition.column, test: condition.test,
                                                                             values: condition.values)])
    }

    private func decimalIfNumber(_ cell: String) -> String {
        Double(cell) != nil ? decimal(cell) : cell
    }

    private func contentFindingMessage(_ finding: ContentFinding) -> String {
        let at = contentLocation(finding)
        let value = finding.value ?? ""
        let expected = finding.expected ?? ""
        switch finding.kind {
        case .malformed:
            return text("content.finding.malformed", ["at": at, "reason": finding.problem.map(problem) ?? ""])
        case .missingColumn:
            return text("content.finding.missingColumn", ["at": at, "column": finding.column ?? "", "names": expected])
        case .emptyCell:
            return text("content.finding.emptyCell", ["at": at])
        case .valueNotAllowed:
            return text("content.finding.valueNotAllowed", ["at": at, "value": value, "allowed": expected])
        case .computedMismatch:
            return text("content.finding.computedMismatch", ["at": at, "value": decimal(value), "expected": decimal(expected)])
        case .tooFewRows:
            return text("content.finding.tooFewRows", ["at": at, "value": value, "expected": expected])
        case .stale:
            let values = ["at": at, "column": finding.column ?? "", "value": value, "expected": expected]
            return finding.value == nil ? text("content.finding.noDates", values) : text("content.finding.stale", values)
        case .invalidDate:
            return text("content.finding.invalidDate", ["at": at, "value": value])
        case .overdue:
            return finding.expected == nil
                ? text("content.finding.overdueNoStatus", ["at": at, "value": value])
                : text("content.finding.overdue", ["at": at, "value": value, "status": expected])
        case .dateBefore:
            return text("content.finding.dateBefore", ["at": at, "value": value, "expected": expected,
                                                       "related": finding.relatedColumn ?? ""])
        case .unknownReference:
            let reference = finding.reference
            return text("content.finding.unknownReference", [
                "at": at, "value": value, "key": reference?.key ?? "", "rule": reference?.rule ?? "",
                "files": (reference?.files ?? []).map(\.string).joined(separator: ", "),
            ])
        case .phraseMissing:
            return text("content.finding.phraseMissing", ["at": at, "phrase": expected])
        case .numberMissing:
            return text("content.finding.numberMissing", ["at": at, "pattern": value, "bound": decimal(expected)])
        case .numberOutOfRange:
            return text("content.finding.numberOutOfRange", ["at": at, "value": decimal(value), "bound": decimal(expected)])
        case .more:
            return text("content.finding.more", ["at": at, "count": value])
        case .notChecked where finding.skip == .referenceUnavailable:
            return text("content.finding.referenceUnavailable", ["at": at, "key": finding.reference?.key ?? "",
                                                                 "rule": finding.reference?.rule ?? ""])
        case .notChecked:
            return text("content.finding.notChecked", ["at": at, "reason": finding.skip.map(skip) ?? ""])
        }
    }

    /// Why a file cannot be read, in words.
    public func problem(_ problem: ContentReadProblem) -> String {
        switch problem {
        case .tooLarge(let size, let limit): text("content.problem.tooLarge", ["size": String(size), "limit": String(limit)])
        case .invalidUTF8(let line): text("content.problem.invalidUTF8", ["line": String(line)])
        case .unclosedQuote(let line): text("content.problem.unclosedQuote", ["line": String(line)])
        case .textAfterQuote(let line): text("content.problem.textAfterQuote", ["line": String(line)])
        case .tooManyRows(let limit): text("content.problem.tooManyRows", ["limit": String(limit)])
        case .tooManyColumns(let row, let limit): text("content.problem.tooManyColumns", ["row": String(row), "limit": String(limit)])
        case .cellTooLarge(let row, let limit): text("content.problem.cellTooLarge", ["row": String(row), "limit": String(limit)])
        case .emptyTable: text("content.problem.emptyTable")
        case .notAnArchive: text("content.problem.notAnArchive")
        case .missingEntry(let name): text("content.problem.missingEntry", ["name": name])
        case .archiveTooLarge(let entry, let limit): text("content.problem.archiveTooLarge", ["name": entry, "limit": String(limit)])
        case .corruptEntry(let name): text("content.problem.corruptEntry", ["name": name])
        case .invalidXML(let entry, let line): text("content.problem.invalidXML", ["name": entry, "line": String(line)])
        case .badSharedString(let cell): text("content.problem.badSharedString", ["cell": cell])
        case .badCellReference(let cell): text("content.problem.badCellReference", ["cell": cell])
        case .pdfFailed(let status): text("content.problem.pdfFailed", ["status": String(status)])
        case .unreadable: text("content.problem.unreadable")
        }
    }

    /// Why a file was not checked, in words.
    public func skip(_ skip: ContentSkip) -> String {
        switch skip {
        case .pdftotextUnavailable: text("content.skip.pdftotextUnavailable")
        case .pdfTimeout: text("content.skip.pdfTimeout")
        case .noTextLayer: text("content.skip.noTextLayer")
        case .unsupportedFormat: text("content.skip.unsupportedFormat")
        case .notARegister: text("content.skip.notARegister")
        case .changedSinceScan: text("content.skip.changedSinceScan")
        case .referenceUnavailable: text("content.skip.referenceUnavailable")
        }
    }

    /// A number written with a decimal point, with the decimal mark of this language.
    func decimal(_ text: String) -> String {
        language == .id ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
