import EvidenceRegistry
import Foundation

/// `periksa --format github`: workflow commands that GitHub Actions shows as annotations,
/// `::error` for the kinds that fail the gate and `::warning` for the rest, then a count.
struct GateGitHubRenderer {
    let view: GateView

    func render() -> String {
        let problems = view.result.problems
        var lines = problems.map { problem -> String in
            var properties = ["file=\(Self.property(problem.path))"]
            if problem.line > 0 { properties.append("line=\(problem.line)") }
            let title = [problem.kind.rawValue, problem.rule].compactMap { $0 }.joined(separator: " ")
            properties.append("title=\(Self.property(title))")
            return "::\(problem.failing ? "error" : "warning") \(properties.joined(separator: ","))::\(Self.data(view.message(problem)))"
        }
        lines.append(view.wording.text("evidence.gate.githubSummary",
                                       ["problems": String(problems.count), "failing": String(problems.filter(\.failing).count)]))
        return lines.joined(separator: "\n")
    }

    /// Escapes a command's message.
    static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Escapes a command's property value.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
