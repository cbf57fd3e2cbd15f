import ArgumentParser
import Catalog
import EvidenceRegistry
import Foundation

/// The kinds of problem `periksa` reports; `--fail-on` takes a comma-separated list of them.
enum ProblemKind: String, CaseIterable, Codable, Comparable {
    case missing, tampered, expired, unsigned, expiring
    case misfiled, unclassified, metadata, unreadable, symlink

    /// The default of `--fail-on`.
    static let defaultFailOn: Set<ProblemKind> = [.missing, .expired, .tampered, .misfiled]

    init?(_ status: RuleStatus) {
        switch status {
        case .ok: return nil
        case .missing: self = .missing
        case .tampered: self = .tampered
        case .expired: self = .expired
        case .unsigned: self = .unsigned
        case .expiring: self = .expiring
        }
    }

    init?(_ status: FileStatus) {
        switch status {
        case .classified, .metadata, .assessment: return nil
        case .unclassified: self = .unclassified
        case .misfiled: self = .misfiled
        case .symlink: self = .symlink
        case .unreadable: self = .unreadable
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    static func < (lhs: ProblemKind, rhs: ProblemKind) -> Bool { lhs.rank < rhs.rank }

    /// Parses `missing,expired` (exit 2 naming an unknown kind).
    static func parseList(_ text: String) throws -> Set<ProblemKind> {
        var kinds: Set<ProblemKind> = []
        for item in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            guard let kind = ProblemKind(rawValue: item) else {
                throw CommandFailure.invalidInput("patuh: --fail-on: unknown kind '\(item)'; use some of \(allCases.map(\.rawValue).joined(separator: ","))")
            }
            kinds.insert(kind)
        }
        return kinds
    }
}

/// One problem, located at a control folder, a file, or a line of a bukti.xml.
struct Problem: Codable, Equatable {
    var kind: ProblemKind
    /// Path relative to the workspace; a folder ends with `/`.
    var path: String
    var line: Int
    var standard: String?
    var rule: String?
    var message: String
    /// Whether `--fail-on` names this kind.
    var failing: Bool
}

/// Builds the problem list of a report, in standard, then path order.
struct ProblemList {
    let report: EvidenceReport
    let layout: EvidenceLayout
    let texts: PeriksaTexts
    let failOn: Set<ProblemKind>

    func problems() -> [Problem] {
        var problems: [Problem] = []
        for finding in report.rules {
            guard let kind = ProblemKind(finding.status) else { continue }
            let rule = layout.catalog.rule(finding.rule)?.rule
            let located = locate(finding)
            problems.append(Problem(kind: kind, path: located, line: 0, standard: finding.standard, rule: finding.rule,
                                    message: texts.ruleMessage(finding, rule: rule, today: report.today),
                                    failing: failOn.contains(kind)))
        }
        for file in report.files {
            guard let kind = ProblemKind(file.status) else { continue }
            problems.append(Problem(kind: kind, path: file.path.string, line: 0, standard: standard(of: file.path),
                                    rule: nil, message: texts.fileMessage(file, layout: layout),
                                    failing: failOn.contains(kind)))
        }
        for problem in report.metadataProblems {
            problems.append(Problem(kind: .metadata, path: problem.file, line: problem.line,
                                    standard: standard(of: EvidencePath(problem.file)), rule: nil,
                                    message: problem.message, failing: failOn.contains(.metadata)))
        }
        return problems
    }

    /// The file concerned for a file-level status, else the control folder.
    private func locate(_ finding: RuleFinding) -> String {
        let file: EvidencePath? = switch finding.status {
        case .tampered: finding.tampered.first ?? finding.removed.first
        case .unsigned: finding.unsigned.first
        case .expired, .expiring: finding.files.last
        default: nil
        }
        return file?.string ?? layout.folder(of: finding.control) + "/"
    }

    /// The standard whose folder holds `path`, if any.
    func standard(of path: EvidencePath) -> String? {
        let parts = path.components
        guard parts.count > 2 else { return nil }
        let id = String(parts[1].prefix { $0 != "-" }).uppercased()
        return layout.catalog.standard(id)?.id
    }
}
