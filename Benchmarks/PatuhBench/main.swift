import Assessment
import Catalog
import Core
import Foundation
import Workspace
import XMLSupport

// patuh-bench: times scoring many synthetic full assessments in one process (Benchmarks/penilaian.sh).
//
// Builds COUNT answer sets over every control of the catalog with statuses drawn from a seeded
// generator, then scores each one completely: the policy's model (every standard, the
// determination, the overall count) and the four XCCDF 1.2 models (benchmark and groups), plus the
// claims-without-evidence check against synthetic evidence facts. With --from-xml, each set is also
// written as an answer file and the timed work starts from the file: parse, XSD validation, the
// loader's checks, then the same scoring. It is built beside patuh, never inside it.
//
// Usage: patuh-bench [WORKSPACE] [--count N] [--seed N] [--from-xml]
//        patuh-bench kasus WORKSPACE [--cases N] [--lpses N] [--until DATE]   (CaseLogGenerator.swift)

struct Bench {
    var workspace = "."
    var count = 1_000
    var seed: UInt64 = 2026
    var fromXML = false

    init(arguments: [String]) {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--count": count = Int(rest.popFirst() ?? "") ?? count
            case "--seed": seed = UInt64(rest.popFirst() ?? "") ?? seed
            case "--from-xml": fromXML = true
            default: workspace = argument
            }
        }
    }

    func run() throws {
        let inputs = try PatuhWorkspace(root: workspace).scoring()
        var generator = SyntheticAssessments(catalog: inputs.catalog, seed: seed)
        let files = generator.make(count)
        let evidence = generator.evidence()
        var paths: [String] = []
        if fromXML { paths = try write(files, catalog: inputs.catalog) }
        defer { paths.forEach { try? FileManager.default.removeItem(atPath: $0) } }

        let clock = ContinuousClock()
        var checksum = 0
        let elapsed = try clock.measure {
            for index in 0..<count {
                let file = fromXML ? try load(paths[index], inputs: inputs) : files[index]
                checksum &+= score(file, inputs: inputs, evidence: evidence)
            }
        }
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        let what = fromXML ? "loaded (parse, XSD, checks) and scored" : "scored"
        print("\(what) \(count) synthetic full assessments (\(inputs.catalog.standards.count) standards, \(inputs.catalog.controls.count) controls each; policy model + 4 XCCDF models + claims check)")
        print(String(format: "total %.1f ms, %.3f ms per assessment (checksum %d)", milliseconds, milliseconds / Double(max(count, 1)), checksum))
    }

    private func score(_ file: AnswerFile, inputs: ScoringInputs, evidence: EvidenceFacts) -> Int {
        let statuses = file.statuses
        let result = Scorer(catalog: inputs.catalog, policy: inputs.policy).score(statuses)
        let models = XCCDFScorer(catalog: inputs.catalog, policy: inputs.policy)
        var sum = result.terpenuhiCount
        for model in [ScoringModel.xccdfDefault, .flat, .flatUnweighted, .absolute] {
            sum &+= Int(models.score(statuses, model: model).benchmark.value ?? 0)
        }
        return sum &+ ClaimCheck.claimsWithoutEvidence(file, catalog: inputs.catalog, evidence: evidence).count
    }

    private func load(_ path: String, inputs: ScoringInputs) throws -> AnswerFile {
        let outcome = AnswerFileLoader.load(path: path, schema: inputs.schema, catalog: inputs.catalog)
        guard let file = outcome.file, outcome.problems.isEmpty else {
            throw BenchError(message: outcome.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return file
    }

    private func write(_ files: [AnswerFile], catalog: StandardsCatalog) throws -> [String] {
        let folder = NSTemporaryDirectory() + "patuh-bench-\(ProcessInfo.processInfo.processIdentifier)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try files.enumerated().map { index, file in
            let path = folder + "/penilaian-\(index).xml"
            try Data(SyntheticAssessments.xml(file).utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
    }
}

/// Seeded synthetic answer sets (SplitMix64), so every run scores the same work.
struct SyntheticAssessments {
    var catalog: StandardsCatalog
    var state: UInt64

    init(catalog: StandardsCatalog, seed: UInt64) {
        self.catalog = catalog
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `count` complete answer files: 70 % memenuhi, 15 % sebagian, 10 % tidak, 5 % tidak-berlaku.
    mutating func make(_ count: Int) -> [AnswerFile] {
        (0..<count).map { index in
            let answers = catalog.controls.map { control -> ControlAnswer in
                let roll = next() % 100
                let status: ControlStatus = roll < 70 ? .memenuhi : roll < 85 ? .sebagian : roll < 95 ? .tidak : .tidakBerlaku
                let reason = status == .memenuhi ? nil : Justification(fakta: "Fakta sintetis \(index).", analisis: "Analisis sintetis.")
                return ControlAnswer(controlId: control.id, status: status, justification: reason,
                                     evidence: control.evidenceRules.prefix(1).map { .rule($0.id) })
            }
            return AnswerFile(lpse: LPSEIdentity(id: "lpse-sintetis-\(index)", name: "LPSE Sintetis \(index)", instansi: "Instansi Sintetis"),
                              kind: .mandiri, assessors: [Assessor(name: "Penilai", role: "Tim", institution: "LPSE")],
                              date: "2026-10-05", catalogVersion: catalog.version, answers: answers)
        }
    }

    /// Synthetic evidence facts: 80 % of the rules ok, the rest missing or expired.
    mutating func evidence() -> EvidenceFacts {
        EvidenceFacts(catalog.standards.flatMap(\.evidenceRules).map { rule in
            let roll = next() % 10
            return RuleEvidence(ruleId: rule.id, status: roll < 8 ? .ok : roll == 8 ? .missing : .expired)
        })
    }

    /// An answer file's XML.
    static func xml(_ file: AnswerFile) -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "<penilaian xmlns=\"urn:patuh:penilaian:1\" kind=\"\(file.kind.rawValue)\" date=\"\(file.date)\" catalogVersion=\"\(file.catalogVersion)\">",
                     "  <lpse id=\"\(file.lpse.id)\"><name>\(file.lpse.name)</name><instansi>\(file.lpse.instansi)</instansi></lpse>",
                     "  <assessor name=\"Penilai\" role=\"Tim\" institution=\"LPSE\"/>"]
        for answer in file.answers {
            var body = ""
            if let reason = answer.justification { body += "<fakta>\(reason.fakta)</fakta><analisis>\(reason.analisis)</analisis>" }
            for case .rule(let rule) in answer.evidence { body += "<evidence rule=\"\(rule)\"/>" }
            lines.append("  <control id=\"\(answer.controlId)\" status=\"\(answer.status.rawValue)\">\(body)</control>")
        }
        lines.append("</penilaian>")
        return lines.joined(separator: "\n")
    }
}

struct BenchError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "kasus" {
        try CaseLogGenerator(arguments: Array(arguments.dropFirst())).run()
    } else {
        try Bench(arguments: arguments).run()
    }
} catch {
    FileHandle.standardError.write(Data("patuh-bench: \(error)\n".utf8))
    exit(70)
}
