import Foundation
import PatuhTestSupport
import Testing

/// Patuh's XCCDF checked by OpenSCAP (`oscap`, Debian package openscap-scanner): the benchmark
/// and results validate, a report renders, and `oscap xccdf eval` with every rule forced to an
/// answer file's verdict computes Patuh's four scores. Each result then comes back through
/// `patuh impor xccdf` to the same scores.
@Suite(.serialized) struct OpenSCAPTests {
    static let absent = "oscap is not on PATH: install openscap-scanner (.ci/run does) to run this test"

    @Test(.enabled(if: ExternalTool.oscap != nil, Comment(rawValue: absent)))
    func validateAcceptsTheBenchmarkAndTheResults() throws {
        let workspace = try InteropWorkspace()
        let oscap = try #require(ExternalTool.oscap)
        var documents = ["patuh-xccdf.xml"]
        #expect(try workspace.run(["ekspor", "xccdf", "--output", "patuh-xccdf.xml"]).status == 0)
        for kind in ["mandiri", "faktual"] {
            let result = try workspace.run(["ekspor", "xccdf", "--penilaian", "\(kind).xml", "--output", "hasil-\(kind).xml"])
            #expect(result.status == 0, "\(result.stderr)")
            documents.append("hasil-\(kind).xml")
        }
        // The XML Schema and the schematron rules (oscap's default), for the benchmark and the
        // mandiri result.
        for document in documents.prefix(2) {
            let validation = try ExternalTool.run(oscap, ["xccdf", "validate", document], in: workspace.root)
            #expect(validation.status == 0, "\(document): \(validation.stdout) \(validation.stderr)")
            #expect(!validation.stderr.contains("Error"), "\(document): \(validation.stderr)")
        }
        // The faktual result has overrides. The XML Schema accepts it; the schematron of XCCDF
        // 1.2.1 that oscap ships applies "result = override/new-result" to every rule-result of a
        // TestResult holding any override, so it rejects every such TestResult (docs/interop.md).
        let schema = try ExternalTool.run(oscap, ["xccdf", "validate", "--skip-schematron", "hasil-faktual.xml"], in: workspace.root)
        #expect(schema.status == 0, "\(schema.stderr)")
        let schematron = try ExternalTool.run(oscap, ["xccdf", "validate", "hasil-faktual.xml"], in: workspace.root)
        let complaints = (schematron.stdout + schematron.stderr).components(separatedBy: "\n").filter { $0.contains("Error:") && !$0.contains("OpenSCAP Error") }
        #expect(!complaints.isEmpty && complaints.allSatisfy { $0.contains("must match the value of the 'new-result' element") },
                "\(schematron.stdout)\(schematron.stderr)")
        let report = try ExternalTool.run(oscap, ["xccdf", "generate", "report", "hasil-faktual.xml"], in: workspace.root)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("xccdf_id.go.lkpp_rule_S12.3") && report.stdout.contains("S12.3 Uji coba"))
        #expect(report.stdout.contains("lpse-kab-contoh") && report.stdout.contains("urn:xccdf:scoring:flat"))
        #expect(!report.stderr.contains("unknown element"), "\(report.stderr)")
    }

    @Test(.enabled(if: ExternalTool.oscap != nil, Comment(rawValue: absent)), arguments: InteropCase.all)
    func evalComputesPatuhsScoresAndImportGivesThemBack(_ interopCase: InteropCase) throws {
        let workspace = try InteropWorkspace()
        let oscap = try #require(ExternalTool.oscap)
        #expect(try workspace.run(["ekspor", "xccdf", "--output", "patuh-xccdf.xml"]).status == 0)
        let benchmark = try workspace.read("patuh-xccdf.xml")
        let controls = benchmark.components(separatedBy: "<Rule id=\"xccdf_id.go.lkpp_rule_").dropFirst()
            .map { String($0.prefix { $0 != "\"" }) }
        #expect(controls.count == 68)
        let (file, kind, statuses) = try interopCase.prepare(in: workspace, controls: controls)

        // Patuh's TestResult.
        let export = try workspace.run(["ekspor", "xccdf", "--penilaian", file, "--output", "patuh-hasil.xml"])
        #expect(export.status == 0, "\(export.stderr)")
        let patuh = try XCCDFResultFile(path: workspace.path("patuh-hasil.xml"))

        // OpenSCAP on the same verdicts.
        try workspace.write(OpenSCAPHarness.oval, to: "verdicts.oval.xml")
        try workspace.write(try OpenSCAPHarness.forced(benchmark, statuses: statuses), to: "eval.xml")
        let eval = try ExternalTool.run(oscap, ["xccdf", "eval", "--results", "oscap-hasil.xml",
                                                "--results-arf", "oscap-arf.xml", "eval.xml"], in: workspace.root)
        #expect(eval.status == 0 || eval.status == 2, "oscap: \(eval.stderr)")
        let openscap = try XCCDFResultFile(path: workspace.path("oscap-hasil.xml"))

        for (control, status) in statuses {
            #expect(openscap.results[control] == OpenSCAPHarness.verdict(status), "\(interopCase) \(control) oscap")
            #expect(patuh.results[control] == OpenSCAPHarness.verdict(status), "\(interopCase) \(control) patuh")
        }
        compareScores(patuh: patuh, openscap: openscap, label: interopCase.description)

        // Back into answer files, then scored again.
        let original = try nilai(file, in: workspace)
        var sources = [("patuh-hasil.xml", "kembali-patuh.xml"), ("oscap-hasil.xml", "kembali-oscap.xml")]
        if case .sample = interopCase { sources.append(("oscap-arf.xml", "kembali-arf.xml")) }
        for (source, target) in sources {
            let back = try workspace.run(["impor", "xccdf", source, "--jenis", kind, "--output", target])
            #expect(back.status == 0, "\(interopCase) impor \(source): \(back.stderr)")
            let again = try nilai(target, in: workspace)
            if source == "patuh-hasil.xml" {
                #expect(again == original, "\(interopCase): Patuh → XCCDF → Patuh")
            } else {
                #expect(again.xccdf == original.xccdf, "\(interopCase): Patuh → oscap → Patuh")
            }
        }
    }

    /// Default, flat and flat-unweighted agree to float precision (OpenSCAP computes in single
    /// precision and prints six decimals). Two documented differences: OpenSCAP's absolute maximum
    /// is the flat maximum (Patuh: 1), and with nothing scored OpenSCAP writes 0 for every model
    /// but absolute, which it writes as 1 (Patuh has no score and writes 0).
    private func compareScores(patuh: XCCDFResultFile, openscap: XCCDFResultFile, label: String) {
        let flatMaximum = patuh.scores["urn:xccdf:scoring:flat"]?.maximum ?? -1
        let nothingScored = flatMaximum == 0
        for model in ["default", "flat", "flat-unweighted", "absolute"] {
            let uri = "urn:xccdf:scoring:\(model)"
            guard let ours = patuh.scores[uri], let theirs = openscap.scores[uri] else {
                Issue.record("\(label): no \(model) score (patuh \(patuh.scores.keys.sorted()), oscap \(openscap.scores.keys.sorted()))")
                continue
            }
            // Nothing scored: Patuh writes OpenSCAP's values too (0, and 1 for absolute).
            let expectedValue = ours.value
            if nothingScored { #expect(ours.value == (model == "absolute" ? 1 : 0), "\(label) \(model): \(ours.value)") }
            #expect(abs(theirs.value - expectedValue) <= 1e-4 * max(1, abs(ours.value)), "\(label) \(model): patuh \(ours.value), oscap \(theirs.value)")
            let expectedMaximum = model == "absolute" ? flatMaximum : ours.maximum
            #expect(abs(theirs.maximum - expectedMaximum) <= 1e-6, "\(label) \(model) maximum: patuh \(ours.maximum), oscap \(theirs.maximum)")
        }
    }

    private func nilai(_ file: String, in workspace: InteropWorkspace) throws -> NilaiScores {
        let result = try workspace.run(["penilaian", "nilai", file, "--format", "json", "--no-save"])
        #expect([0, 1, 2].contains(result.status), "\(file): \(result.stderr)")
        return NilaiScores(result.object)
    }
}
