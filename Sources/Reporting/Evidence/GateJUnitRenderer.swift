import XMLSupport
import Catalog
import Core
import EvidenceRegistry

/// `periksa --format junit`: one test suite per standard with one test case per evidence rule
/// (failing when its problem's kind fails the gate), plus a suite for file and metadata problems.
struct GateJUnitRenderer {
    let view: GateView

    func render() -> String {
        var suites: [String] = []
        var total = 0, failures = 0
        let byRule = view.result.problemsByRule
        for standard in view.catalog.standards {
            let findings = view.report.rules.filter { $0.standard == standard.id }
            guard !findings.isEmpty else { continue }
            var cases: [String] = []
            var suiteFailures = 0
            for finding in findings {
                let problem = byRule[finding.rule]
                var body = ""
                if let problem, problem.failing {
                    suiteFailures += 1
                    body = "\n      <failure type=\"\(Self.escape(problem.kind.rawValue))\" message=\"\(Self.escape(view.message(problem)))\">\(Self.escape(problem.path))</failure>\n    "
                } else if let problem {
                    body = "\n      <system-out>\(Self.escape(problem.kind.rawValue + ": " + view.message(problem)))</system-out>\n    "
                }
                cases.append("    <testcase classname=\"\(standard.id).\(finding.control)\" name=\"\(finding.rule)\">\(body)</testcase>")
            }
            total += findings.count
            failures += suiteFailures
            suites.append(suite(name: "\(standard.id) \(standard.name.text(view.language))", tests: findings.count,
                                failures: suiteFailures, cases: cases))
        }
        let others = view.result.fileProblems
        if !others.isEmpty {
            let cases = others.map { problem -> String in
                let message = view.message(problem)
                let body = problem.failing
                    ? "<failure type=\"\(Self.escape(problem.kind.rawValue))\" message=\"\(Self.escape(message))\">\(Self.escape(problem.location))</failure>"
                    : "<system-out>\(Self.escape(problem.kind.rawValue + ": " + message))</system-out>"
                return "    <testcase classname=\"berkas.\(problem.kind.rawValue)\" name=\"\(Self.escape(problem.location))\">\n      \(body)\n    </testcase>"
            }
            let failing = others.filter(\.failing).count
            total += others.count
            failures += failing
            suites.append(suite(name: view.wording.text("evidence.gate.files"), tests: others.count, failures: failing, cases: cases))
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
        XMLWriter.escape(text, attribute: true)
    }
}
