import Foundation
import Testing
import XMLSupport

@Suite("patuh periksa on the sample (end to end)")
struct PeriksaCommandTests {
    static let plantedRules = ["S01.2.E1": "unsigned", "S06.1.E1": "expired", "S13.4.E1": "missing", "S15.2.E2": "missing"]
    static let misfiled = "Evidence/S07-kapasitas/laporan-kapasitas-semester-i_2026-07-15.pdf"

    @Test func showsExactlyThePlantedGaps() throws {
        let result = try EvidenceWorkspace(sample: true).periksa(["--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.failingRules == Self.plantedRules)
        #expect(result.files(with: ["misfiled", "unclassified", "unreadable", "symlink"]) == [Self.misfiled: "misfiled"])
        let summary = result.object["summary"] as? [String: Int] ?? [:]
        #expect(summary["ok"] == 110 && summary["missing"] == 2 && summary["expired"] == 1 && summary["unsigned"] == 1)
        #expect(summary["misfiled"] == 1 && summary["metadata"] == 0 && summary["tampered"] == 0 && summary["expiring"] == 0)
        #expect((result.object["lpse"] as? [String: String])?["name"] == "LPSE Kabupaten Contoh")
    }

    @Test func textGroupsByStandardWithColoursOnlyWhenAsked() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        let plain = try workspace.periksa()
        #expect(plain.status == 1)
        #expect(!plain.stdout.contains("\u{1B}["))
        #expect(plain.stdout.contains("S13 Pengelolaan Anggaran Layanan  4/5 aturan ok"))
        #expect(plain.stdout.contains("missing      S13.4.E1"))
        #expect(plain.stdout.contains("Ringkasan: 110 ok · 2 missing · 1 expired · 1 unsigned · 1 misfiled"))
        let forced = try workspace.periksa(environment: ["NO_COLOR": "", "FORCE_COLOR": "1"])
        #expect(forced.stdout.contains("\u{1B}[31m"))
        let english = try workspace.periksa(["--lang", "en"])
        #expect(english.stdout.contains("missing evidence: 0 of at least 1 files"))
    }

    @Test func junitParsesWithOneTestCasePerRule() throws {
        let result = try EvidenceWorkspace(sample: true).periksa(["--format", "junit"])
        let document = try XMLDocument.parse(bytes: Array(result.stdout.utf8), path: "junit.xml")
        #expect(document.root.name == "testsuites")
        let suites = document.root.children(named: "testsuite")
        let cases = suites.flatMap { $0.children(named: "testcase") }
        let failures = cases.filter { $0.child("failure") != nil }
        #expect(suites.count == 18)
        #expect(cases.count == 115 && document.root[attribute: "tests"] == "115")
        #expect(failures.count == 4 && document.root[attribute: "failures"] == "4")
        #expect(Set(failures.map { $0[attribute: "name"] ?? "" }) == ["S06.1.E1", "S13.4.E1", "S15.2.E2", Self.misfiled])
        for suite in suites {
            #expect(suite[attribute: "tests"] == String(suite.children(named: "testcase").count))
        }
    }

    @Test func sarifHasOneResultPerProblem() throws {
        let result = try EvidenceWorkspace(sample: true).periksa(["--format", "sarif"])
        let log = result.object
        #expect(log["version"] as? String == "2.1.0")
        let run = (log["runs"] as? [[String: Any]])?.first ?? [:]
        let results = run["results"] as? [[String: Any]] ?? []
        #expect(results.count == 5)
        let uris = results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            .flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String } }
        #expect(uris.contains("Evidence/S13-anggaran/S13.4/") && uris.contains(Self.misfiled))
        #expect(try SchemaCheck.validateSARIF(result.stdout) == nil)
    }

    @Test func githubAnnotations() throws {
        let result = try EvidenceWorkspace(sample: true).periksa(["--format", "github"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 4)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 1)
        #expect(lines.contains { $0.hasPrefix("::error file=Evidence/S13-anggaran/S13.4/,title=missing S13.4.E1::") })
    }

    @Test func failOnStandardAndOutputOptions() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        #expect(try workspace.periksa(["--standard", "S02", "--standard", "s03"]).status == 0)
        #expect(try workspace.periksa(["--standard", "S01"]).status == 0)  // unsigned is a warning by default
        #expect(try workspace.periksa(["--standard", "S01", "--fail-on", "unsigned"]).status == 1)
        #expect(try workspace.periksa(["--fail-on", "expiring"]).status == 0)
        let bad = try workspace.periksa(["--fail-on", "missing,lupa"])
        #expect(bad.status == 2 && bad.stderr.contains("unknown kind 'lupa'"))
        #expect(try workspace.periksa(["--standard", "S18"]).status == 2)
        #expect(try workspace.periksa(["--format", "yaml"]).status == 64)
        let report = workspace.root + "/Reports/periksa.json"
        let written = try workspace.periksa(["--format", "json", "--output", report])
        #expect(written.status == 1 && written.stdout.isEmpty)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any]
        #expect(json?["failed"] as? Bool == true)
    }

    @Test func sameInputsGiveTheSameReport() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        let first = try workspace.periksa(["--format", "json"])
        let second = try workspace.periksa(["--format", "json"])
        #expect(first.stdout == second.stdout)
        #expect(second.stderr.contains("(0 baru, 0 berubah, 0 dihapus)"))
    }

    @Test func helpShowsExamples() throws {
        let help = try PatuhRunner.run(["periksa", "--help"])
        #expect(help.status == 0 && help.stdout.contains("patuh check --format sarif --output Reports/bukti.sarif"))
        let scan = try PatuhRunner.run(["evidence", "scan", "--help"])
        #expect(scan.status == 0 && scan.stdout.contains("--rehash"))
    }
}

/// Validates SARIF against the 2.1.0 JSON schema with Python's jsonschema, when installed.
enum SchemaCheck {
    static let schema = "/work/shared/schemas/sarif-schema-2.1.0.json"

    /// `nil` when valid (or when no validator is available: that case is reported as an issue).
    static func validateSARIF(_ text: String) throws -> String? {
        let file = NSTemporaryDirectory() + "patuh-\(UUID().uuidString).sarif"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import json, sys, jsonschema
            jsonschema.Draft7Validator(json.load(open(sys.argv[1]))).validate(json.load(open(sys.argv[2])))
            """, schema, file]
        let err = Pipe()
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard FileManager.default.fileExists(atPath: schema), !message.contains("No module named") else {
            Issue.record("cannot validate SARIF here: no schema or no python3-jsonschema (\(message.prefix(200)))")
            return nil
        }
        return process.terminationStatus == 0 ? nil : message
    }
}
