import Foundation
import XMLSupport

/// A scratch workspace for `patuh ekspor` and `patuh impor`: the shipped Standards, the sample
/// LPSE's patuh.xml and its two answer files (as `mandiri.xml` and `faktual.xml`), and no
/// Evidence/ folder, so no command scans anything. Its scoring policy lets any control be tidak
/// berlaku: these tests compare scores with OpenSCAP's for any mix of results, whatever the
/// shipped policy allows an LPSE to declare.
struct InteropWorkspace {
    static let now = "2026-11-25T09:00:00+07:00"
    let root: String

    init() throws {
        root = try TestWorkspace.create("patuh-interop", copying: ["Standards", "patuh.xml"], files: [
            "mandiri.xml": "Evidence/penilaian-mandiri.xml", "faktual.xml": "Evidence/penilaian-faktual.xml",
        ])
        try Self.allowAnyNotApplicable(policy: root + "/Standards/penilaian.xml", standards: root + "/Standards")
    }

    /// Rewrites the policy's `<notApplicable>` to name every control of the catalog.
    static func allowAnyNotApplicable(policy: String, standards: String) throws {
        var ids: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: standards).sorted() where name.hasPrefix("S") && name.hasSuffix(".xml") {
            let text = try String(contentsOfFile: standards + "/" + name, encoding: .utf8)
            let pattern = try NSRegularExpression(pattern: "<control id=\"(S[0-9]{2}\\.[0-9]+)\"")
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { ids.append(String(text[range])) }
            }
        }
        var text = try String(contentsOfFile: policy, encoding: .utf8)
        guard let start = text.range(of: "<notApplicable>"), let end = text.range(of: "</notApplicable>") else { return }
        let entries = ids.map { "<control id=\"\($0)\"/>" }.joined(separator: "\n    ")
        text.replaceSubrange(start.lowerBound..<end.upperBound, with: "<notApplicable>\n    \(entries)\n  </notApplicable>")
        try text.write(toFile: policy, atomically: true, encoding: .utf8)
    }

    /// Runs `patuh arguments` in the workspace at the sample's reference instant.
    func run(_ arguments: [String]) throws -> PatuhRunner.Result {
        try PatuhRunner.run(arguments, in: root, environment: ["PATUH_NOW": Self.now])
    }

    func path(_ name: String) -> String { root + "/" + name }

    func read(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    func write(_ text: String, to name: String) throws {
        try text.write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
}

/// The last TestResult of an XCCDF results file: its scores and rule results.
struct XCCDFResultFile {
    /// By scoring system URI: (value, maximum).
    var scores: [String: (value: Double, maximum: Double)]
    /// By control id: the result.
    var results: [String: String]

    init(path: String) throws {
        let root = try XMLDocument.parse(path: path).root
        guard let testResult = Self.resultElements(root).last else { throw ParseError(message: "no TestResult in \(path)") }
        scores = [:]
        for score in testResult.children(named: "score") {
            scores[score[attribute: "system"] ?? ""] = (Double(score.normalizedText) ?? .nan,
                                                        Double(score[attribute: "maximum"] ?? "") ?? .nan)
        }
        results = [:]
        let prefix = "xccdf_id.go.lkpp_rule_"
        for ruleResult in testResult.children(named: "rule-result") {
            let id = String((ruleResult[attribute: "idref"] ?? "").dropFirst(prefix.count))
            results[id] = ruleResult.child("result")?.normalizedText
        }
    }

    private static func resultElements(_ element: XMLElement) -> [XMLElement] {
        element.name == "TestResult" ? [element] : element.children.flatMap(resultElements)
    }

    struct ParseError: Error {
        var message: String
    }
}
