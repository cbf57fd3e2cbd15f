import Catalog
import Core
import EvidenceRegistry
import Foundation

/// `periksa --format text`: grouped by standard, problems only, with a summary.
struct TextReport {
    let context: PeriksaContext

    func render() -> String {
        let style = TerminalStyle.decide(isTerminal: context.toTerminal && TerminalStyle.isTerminal(STDOUT_FILENO))
        let texts = context.texts
        let profile = context.profile
        var lines: [String] = []
        let instansi = profile.instansi.isEmpty ? "" : " (\(profile.instansi))"
        lines.append(style.bold("\(texts.title): \(profile.name)\(instansi)"))
        lines.append(style.dim("\(context.report.today) \(profile.zone.rawValue) · \(texts.catalog) \(context.catalog.version)"))
        let byRule = Dictionary(grouping: context.problems.filter { $0.rule != nil }, by: { $0.rule ?? "" })
        for standard in context.catalog.standards {
            let findings = context.report.rules.filter { $0.standard == standard.id }
            guard !findings.isEmpty else { continue }
            let ok = findings.filter { $0.status == .ok }.count
            let failing = findings.contains { byRule[$0.rule]?.first?.failing == true }
            let mark = ok == findings.count ? style.green("✓") : failing ? style.red("✗") : style.yellow("!")
            lines.append("")
            lines.append("\(mark) \(style.bold("\(standard.id) \(standard.name.text(texts.language))"))  \(ok)/\(findings.count) \(texts.rulesWord) ok")
            for finding in findings where finding.status != .ok {
                guard let problem = byRule[finding.rule]?.first else { continue }
                lines.append("    " + line(problem, label: finding.rule, style: style))
            }
            for finding in findings where !finding.datedByModificationTime.isEmpty {
                let names = finding.datedByModificationTime.map(\.name).joined(separator: ", ")
                lines.append("    " + style.dim(texts.language == .en
                    ? "· \(finding.rule): date taken from the modification time: \(names)"
                    : "· \(finding.rule): tanggal diambil dari waktu modifikasi: \(names)"))
            }
        }
        let others = context.problems.filter { $0.rule == nil }
        if !others.isEmpty {
            lines.append("")
            lines.append(style.bold(texts.files))
            for problem in others {
                let location = problem.line > 0 ? "\(problem.path):\(problem.line)" : problem.path
                lines.append("    " + line(problem, label: location, style: style))
            }
        }
        lines.append("")
        lines.append(summaryLine(style: style))
        return lines.joined(separator: "\n")
    }

    private func line(_ problem: Problem, label: String, style: TerminalStyle) -> String {
        let tag = problem.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
        let marked = problem.failing ? style.red("✗ " + tag) : style.yellow("! " + tag)
        return "\(marked) \(label)  \(problem.message)"
    }

    private func summaryLine(style: TerminalStyle) -> String {
        let counts = context.summary
        let order = ["ok"] + RuleStatus.allCases.filter { $0 != .ok }.map(\.rawValue)
            + ["misfiled", "unclassified", "metadata", "unreadable", "symlink"]
        let parts = order.compactMap { key -> String? in
            guard let count = counts[key], count > 0 || key == "ok" else { return nil }
            return "\(count) \(key)"
        }
        let verdict = context.failed ? style.red(context.texts.failing) : style.green(context.texts.passing)
        return "\(context.texts.summary): \(parts.joined(separator: " · ")) → \(verdict)"
    }
}
