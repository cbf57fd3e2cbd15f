import Core
import Foundation
import Testing
import XMLSupport

@Suite("patuh periksa on the sample (end to end)")
struct PeriksaCommandTests {
    static let plantedRules = ["S01.2.E1": "unsigned", "S03.2.E1": "content", "S06.1.E1": "expired", "S13.4.E1": "missing",
                               "S15.2.E2": "missing"]
    static let misfiled = "Evidence/S07-kapasitas/laporan-kapasitas-semester-i_2026-07-15.pdf"

    @Test func showsExactlyThePlantedGaps() throws {
        let result = try EvidenceWorkspace(sample: true).periksa(["--format", "json"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.failingRules == Self.plantedRules)
        #expect(result.files(with: ["misfiled", "unclassified", "unreadable", "symlink"]) == [Self.misfiled: "misfiled"])
        let summary = result.object["summary"] as? [String: Int] ?? [:]
        #expect(summary["ok"] == 109 && summary["missing"] == 2 && summary["expired"] == 1 && summary["unsigned"] == 1)
        #expect(summary["content"] == 1)
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
        #expect(plain.stdout.contains("Ringkasan: 109 ok · 2 missing · 1 expired · 1 content · 1 unsigned · 1 misfiled"))
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
        #expect(failures.count == 5 && document.root[attribute: "failures"] == "5")
        #expect(Set(failures.map { $0[attribute: "name"] ?? "" }) == ["S03.2.E1", "S06.1.E1", "S13.4.E1", "S15.2.E2", Self.misfiled])
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
        #expect(results.count == 6)
        let uris = results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            .flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String } }
        #expect(uris.contains("Evidence/S13-anggaran/S13.4/") && uris.contains(Self.misfiled))
        #expect(try SchemaCheck.validateSARIF(result.stdout) == nil)
    }

    @Test func githubAnnotations() throws {
        let result = try EvidenceWorkspace(sample: true).periksa(["--format", "github"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("::error ") }.count == 5)
        #expect(lines.filter { $0.hasPrefix("::warning ") }.count == 1)
        #expect(lines.contains { $0.hasPrefix("::error file=Evidence/S13-anggaran/S13.4/,title=missing S13.4.E1::") })
    }

    @Test func failOnStandardAndOutputOptions() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        #expect(try workspace.periksa(["--standard", "S02", "--standard", "s04"]).status == 0)
        #expect(try workspace.periksa(["--standard", "S03"]).status == 1)  // the asset register's content gap
        #expect(try workspace.periksa(["--standard", "S01"]).status == 0)  // unsigned is a warning by default
        #expect(try workspace.periksa(["--standard", "S01", "--fail-on", "unsigned"]).status == 1)
        #expect(try workspace.periksa(["--fail-on", "expiring"]).status == 0)
        let bad = try workspace.periksa(["--fail-on", "missing,lupa"])
        #expect(bad.status == 2 && bad.stderr.contains("jenis 'lupa' tidak dikenal"))
        let badEnglish = try workspace.periksa(["--fail-on", "missing,lupa", "--lang", "en"])
        #expect(badEnglish.status == 2 && badEnglish.stderr.contains("unknown kind 'lupa'"))
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

/// `--lang id` and `--lang en` each give one language on stdout and stderr of `periksa` (every
/// format) and `bukti scan|seal|verify` (text and JSON), errors included.
@Suite("periksa and bukti speak one language at a time (end to end)")
struct EvidenceLanguageTests {
    /// Words that only Indonesian prose uses (status codes such as `missing` are the same in both).
    static let indonesian: Set<String> = [
        "dan", "yang", "di", "belum", "sejak", "sampai", "tidak", "berubah", "diindeks", "ringkasan", "pemeriksaan",
        "hilang", "disegel", "kedaluwarsa", "berkas", "aturan", "salah", "tempat", "lulus", "gagal", "baru", "dihapus",
        "lagi", "hari", "segel", "diambil", "waktu", "cocok", "kurang", "dari", "minimal", "terpenuhi", "masalah", "isi",
        "tercatat", "pengesahan", "diharapkan", "jenis", "dikenal", "boleh", "kosong", "jalankan", "tautan", "diikuti",
    ]
    /// Words that only English prose uses (not `scan`, `seal`, `verify`: the subcommands' names;
    /// not `content`: a status code).
    static let english: Set<String> = [
        "the", "of", "and", "not", "since", "until", "valid", "summary", "indexed", "sealed", "changed", "gone", "files",
        "file", "rules", "rule", "evidence", "check", "met", "new", "removed", "fail", "pass", "problems", "failing",
        "least", "is", "no", "cannot", "unknown", "kind", "must", "empty", "run", "first", "link", "followed",
    ]
    /// JSON fields whose values are codes or identifiers, the same in every language.
    static let codeKeys: Set<String> = [
        "kind", "status", "level", "ruleId", "dateSource", "zone", "name", "uriBaseId", "columnKind", "version", "$schema",
        "informationUri", "id", "catalogVersion",
    ]

    @Test(arguments: [Language.id, .en])
    func everyEvidenceCommandSpeaksTheLanguageAsked(_ language: Language) throws {
        let workspace = try EvidenceWorkspace(sample: true)
        let outside = try PatuhRunner.temporaryFolder("patuh-outside")
        try FileManager.default.createSymbolicLink(atPath: workspace.root + "/Evidence/S03-aset/S03.2/tautan.xlsx",
                                                   withDestinationPath: outside)
        let lang = ["--lang", language.rawValue]
        var runs: [(String, PatuhRunner.Result)] = []
        for format in ["text", "json"] {
            runs.append(("scan \(format)", try workspace.run(["bukti", "scan"], ["--format", format] + lang)))
        }
        runs.append(("verify before any seal", try workspace.run(["bukti", "verify"], lang)))
        runs.append(("seal with an empty note", try workspace.run(["bukti", "seal"], ["--catatan", ""] + lang)))
        for format in ["text", "json"] {
            runs.append(("seal \(format)", try workspace.run(["bukti", "seal"], ["--catatan", "Penilaian mandiri 2026", "--format", format] + lang)))
        }
        let register = workspace.root + "/Evidence/S03-aset/S03.2/register-aset-layanan_2026-10-30.xlsx"
        let handle = try #require(FileHandle(forWritingAtPath: register))
        handle.seekToEndOfFile()
        handle.write(Data("baris tambahan".utf8))
        try handle.close()
        try FileManager.default.removeItem(atPath: workspace.root + "/Evidence/S11-server-jaringan/S11.2/topologi-jaringan-spse_2026-10-01.pdf")
        for format in ["text", "json"] {
            runs.append(("verify \(format)", try workspace.run(["bukti", "verify"], ["--format", format] + lang)))
        }
        for format in ["text", "json", "junit", "sarif", "github"] {
            runs.append(("periksa \(format)", try workspace.periksa(["--format", format] + lang)))
        }
        runs.append(("periksa --fail-on lupa", try workspace.periksa(["--fail-on", "lupa"] + lang)))
        runs.append(("periksa --standard S18", try workspace.periksa(["--standard", "S18"] + lang)))
        runs.append(("periksa --now kemarin", try workspace.run(["periksa"], ["--now", "kemarin"] + lang)))

        #expect(runs.map(\.1.status) == [0, 0, 2, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2], "\(runs.map { "\($0.0): \($0.1.stderr)" })")
        let foreign = language == .en ? Self.indonesian : Self.english
        for (name, result) in runs {
            let prose = Self.prose(result.stdout) + " " + result.stderr
            let found = Self.words(prose).filter(foreign.contains)
            #expect(found.isEmpty, "\(language.rawValue) \(name): \(Set(found).sorted()) in\n\(result.stdout.prefix(3000))\n\(result.stderr)")
        }
    }

    /// The text of an output to check: the values of a JSON document (but the codes), else the text.
    static func prose(_ output: String) -> String {
        guard output.hasPrefix("{"), let object = try? JSONSerialization.jsonObject(with: Data(output.utf8)) else { return output }
        var values: [String] = []
        func collect(_ value: Any, key: String?) {
            switch value {
            case let object as [String: Any]: for (key, value) in object { collect(value, key: key) }
            case let array as [Any]: for value in array { collect(value, key: key) }
            case let text as String where !codeKeys.contains(key ?? ""): values.append(text)
            default: break
            }
        }
        collect(object, key: nil)
        return values.joined(separator: "\n")
    }

    /// Lower-cased words of prose: chunks holding a path, a file name, an option, a date, a
    /// number or an identifier (`/ . _ = - < >` or a digit) are left out.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).compactMap { chunk in
            guard !chunk.contains(where: { "/._=-<>".contains($0) || $0.isNumber }) else { return nil }
            let word = chunk.trimmingCharacters(in: .punctuationCharacters.union(.symbols)).lowercased()
            return word.isEmpty ? nil : word
        }
    }
}
