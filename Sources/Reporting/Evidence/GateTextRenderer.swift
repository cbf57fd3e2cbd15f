import Catalog
import Core
import EvidenceRegistry
import Foundation

/// `periksa --format text`: grouped by standard, problems only, with a summary line.
struct GateTextRenderer {
    let view: GateView
    let style: ANSIStyle

    func render() -> String {
        let wording = view.wording
        let profile = view.profile
        var lines: [String] = []
        let instansi = profile.instansi.isEmpty ? "" : " (\(profile.instansi))"
        lines.append(style.bold("\(wording.text("evidence.gate.title")): \(profile.name)\(instansi)"))
        lines.append(style.dim("\(view.report.today) \(profile.zone.rawValue) · \(wording.text("evidence.gate.catalog")) \(view.catalog.version)"))
        let byRule = view.result.problemsByRule
        for standard in view.catalog.standards {
            let findings = view.report.rules.filter { $0.standard == standard.id }
            guard !findings.isEmpty else { continue }
            let ok = findings.filter { $0.status == .ok }.count
            let failing = findings.contains { byRule[$0.rule]?.failing == true }
            let mark = ok == findings.count ? style.green("✓") : failing ? style.red("✗") : style.yellow("!")
            let counts = wording.text("evidence.gate.rulesOk", ["ok": String(ok), "total": String(findings.count)])
            lines.append("")
            lines.append("\(mark) \(style.bold("\(standard.id) \(standard.name.text(view.language))"))  \(counts)")
            for finding in findings where finding.status != .ok {
                guard let problem = byRule[finding.rule] else { continue }
                lines.append("    " + line(problem, label: finding.rule))
                let failures = finding.contentFailures
                if finding.status == .content, failures.count > EvidenceWording.findingsInMessage {
                    for failure in failures { lines.append("        - " + wording.contentMessage(failure)) }
                }
            }
            for finding in findings {
                if let notices = wording.contentNotices(finding) { lines.append("    " + style.dim("· " + notices)) }
            }
            for finding in findings where !finding.datedByModificationTime.isEmpty {
                lines.append("    " + style.dim("· " + wording.datedByModificationTime(finding)))
            }
        }
        let others = view.result.fileProblems
        if !others.isEmpty {
            lines.append("")
            lines.append(style.bold(wording.text("evidence.gate.files")))
            for problem in others {
                lines.append("    " + line(problem, label: problem.location))
            }
        }
        lines.append("")
        lines.append(summaryLine())
        return lines.joined(separator: "\n")
    }

    private func line(_ problem: GateProblem, label: String) -> String {
        let tag = problem.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)
        let marked = problem.failing ? style.red("✗ " + tag) : style.yellow("! " + tag)
        return "\(marked) \(label)  \(view.message(problem))"
    }

    private func summaryLine() -> String {
        let counts = view.result.summary
        let parts = GateResult.summaryKeys.compactMap { key -> String? in
            guard let count = counts[key], count > 0 || key == RuleStatus.ok.rawValue else { return nil }
            return "\(count) \(key)"
        }
        let verdict = view.result.failed ? style.red(view.wording.text("evidence.gate.failing"))
            : style.green(view.wording.text("evidence.gate.passing"))
        return "\(view.wording.text("evidence.gate.summary")): \(parts.joined(separator: " · ")) → \(verdict)"
    }
}
