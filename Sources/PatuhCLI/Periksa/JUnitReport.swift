import Catalog
import Core
import EvidenceRegistry

/// `periksa --format junit`: one test suite per standard with one test case per evidence
/// rule (failing when its status is in `--fail-on`), plus a suite for file and metadata problems.
struct JUnitReport {
    let context: PeriksaContext

    func render() -> String {
        var suites: [String] = []
        var total = 0, failures = 0
        let byRule = Dictionary(grouping: context.problems.filter { $0.rule != nil }, by: { $0.rule ?? "" })
        for standard in context.catalog.standards {
            let findings = context.report.rules.filter { $0.standard == standard.id }
            guard !findings.isEmpty else { continue }
            var cases: [String] = []
            var suiteFailures = 0
            for finding in findings {
                let problem = byRule[finding.rule]?.first
                var body = ""
                if let problem, problem.failing {
                    suiteFailures += 1
                    body = "\n      <failure type=\"\(Self.escape(problem.kind.rawValue))\" message=\"\(Self.escape(problem.message))\">\(Self.escape(problem.path))</failure>\n    "
                } else if let problem {
                    body = "\n      <system-out>\(Self.escape(problem.kind.rawValue + ": " + problem.message))</system-out>\n    "
                }
                cases.append("    <testcase classname=\"\(standard.id).\(finding.control)\" name=\"\(finding.rule)\">\(body)</testcase>")
            }
            total += findings.count
            failures += suiteFailures
            suites.append(suite(name: "\(standard.id) \(standard.name.text(.id))", tests: findings.count, failures: suiteFailures, cases: cases))
        }
        let others = context.problems.filter { $0.rule == nil }
        if !others.isEmpty {
            let cases = others.map { problem -> String in
                let location = problem.line > 0 ? "\(problem.path):\(problem.line)" : problem.path
                let body = problem.failing
                    ? "<failure type=\"\(Self.escape(problem.kind.rawValue))\" message=\"\(Self.escape(problem.message))\">\(Self.escape(location))</failure>"
                    : "<system-out>\(Self.escape(problem.kind.rawValue + ": " + problem.message))</system-out>"
                return "    <testcase classname=\"berkas.\(problem.kind.rawValue)\" name=\"\(Self.escape(location))\">\n      \(body)\n    </testcase>"
            }
            let failing = others.filter(\.failing).count
            total += others.count
            failures += failing
            suites.append(suite(name: "Berkas dan metadata", tests: others.count, failures: failing, cases: cases))
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="patuh periksa" tests="\(total)" failures="\(failures)" errors="0">
            \(suites.joined(separator: "\n"))
            </testsuites>
            """
    }

    private func suite(name: String, tests: Int, failures: Int, cases: [String]) -> String {
        "  <testsuite name=\"\(Self.escape(name))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
            + cases.joined(separator: "\n") + "\n  </testsuite>"
    }

    /// Escapes text for XML content and attributes; drops characters XML 1.0 forbids.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t", "\r": out += "&#\(scalar.value);"
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
