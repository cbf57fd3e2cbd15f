import Assessment
import Catalog
import Core
import Foundation
import Interop
import Testing
import XMLSupport

/// An XCCDF TestResult back into an answer file.
@Suite struct XCCDFResultReaderTests {
    let catalog: StandardsCatalog
    let policy: ScoringPolicy
    let lpse = LPSEIdentity(id: "lpse-x", name: "LPSE X", instansi: "Pemerintah X")

    init() throws {
        catalog = try Fixtures.catalog()
        policy = try Fixtures.policy()
    }

    private func read(_ text: String, defaults: XCCDFImportDefaults? = nil) throws -> XCCDFImportOutcome {
        XCCDFResultReader(catalog: catalog, policy: policy, defaults: defaults ?? XCCDFImportDefaults(lpse: lpse))
            .read(try Fixtures.parse(text, path: "hasil.xml"), path: "hasil.xml")
    }

    /// A TestResult as another tool writes it: no Patuh metadata.
    private func foreign(_ results: [(String, String)], version: String? = nil) -> String {
        let rows = results.map { "<rule-result idref=\"\($0.0)\"><result>\($0.1)</result><message severity=\"info\">seen</message></rule-result>" }
        return """
            <?xml version="1.0"?>
            <Benchmark xmlns="http://checklists.nist.gov/xccdf/1.2" id="xccdf_id.go.lkpp_benchmark_patuh">
            <TestResult id="xccdf_org.open-scap_testresult_default-profile" end-time="2026-11-28T21:25:12+00:00"\(version.map { " version=\"\($0)\"" } ?? "")>
            <identity authenticated="false" privileged="false">root</identity>
            <target>host</target>
            \(rows.joined(separator: "\n"))
            <score system="urn:xccdf:scoring:default">0</score>
            </TestResult>
            </Benchmark>
            """
    }

    @Test(arguments: ["mandiri", "faktual"])
    func patuhToXCCDFToPatuhLosesNothing(kind: String) throws {
        let original = try Fixtures.sample(kind, catalog: catalog)
        let text = XCCDFExporter(catalog: catalog, policy: policy).results(original, endTime: "2026-11-25T09:00:00+07:00")
        let outcome = try read(text, defaults: XCCDFImportDefaults())
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        let back = try #require(outcome.file)
        #expect(back.kind == original.kind && back.date == original.date && back.lpse == original.lpse)
        // XCCDF's identity carries name, role and institution; the signature block's NIP and place
        // (optional in penilaian.xsd) do not travel through it.
        #expect(back.assessors.map { [$0.name, $0.role, $0.institution] } == original.assessors.map { [$0.name, $0.role, $0.institution] })
        #expect(back.answers.count == original.answers.count)
        for (a, b) in zip(original.answers, back.answers) {
            #expect(a.controlId == b.controlId && a.status == b.status && a.justification == b.justification
                    && a.evidence == b.evidence && a.override == b.override && a.proposed == b.proposed, "\(a.controlId)")
            #expect(a.findings.map(\.id) == b.findings.map(\.id))
            #expect(a.findings.map(\.rekomendasi) == b.findings.map(\.rekomendasi))
        }
        // And the written answer file passes the XSD and the loader.
        let (_, problems) = AnswerFileWriter.renderChecked(back, schema: try Fixtures.schema(), catalog: catalog)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func aForeignResultMapsThroughThePolicy() throws {
        let text = foreign([("xccdf_id.go.lkpp_rule_S01.1", "pass"), ("xccdf_id.go.lkpp_rule_S01.2", "fail"),
                            ("xccdf_id.go.lkpp_rule_S01.3", "notapplicable"), ("xccdf_id.go.lkpp_rule_S01.4", "notchecked"),
                            ("xccdf_id.go.lkpp_rule_S02.1", "error"), ("xccdf_id.go.lkpp_rule_S02.2", "fixed")], version: "2026.1")
        let outcome = try read(text)
        let file = try #require(outcome.file)
        #expect(!outcome.isRefused)
        #expect(file.statuses == ["S01.1": .memenuhi, "S01.2": .tidak, "S01.3": .tidakBerlaku, "S02.1": .tidak, "S02.2": .memenuhi])
        #expect(file.date == "2026-11-28" && file.lpse == lpse && file.kind == .mandiri)
        #expect(file.assessors.map(\.name) == ["root"])
        #expect(file.answer("S01.2")?.justification?.fakta.contains("Hasil XCCDF fail") == true)
        #expect(file.answer("S01.2")?.justification?.fakta.contains("seen") == true)
        let warnings = outcome.problems.filter { $0.severity == .warning }.map { $0.text(english: true) }
        #expect(warnings.contains { $0.contains("S01.4: result notchecked is not scored") })
        #expect(warnings.contains { $0.contains("S02.1: result error is taken as fail (tidak)") })
        #expect(warnings.contains { $0.contains("control S17.1 is not in the TestResult") })
    }

    @Test func unknownRuleIdsAreRefusedWithTheirLine() throws {
        let text = foreign([("xccdf_id.go.lkpp_rule_S01.1", "pass"), ("xccdf_id.go.lkpp_rule_S99.1", "pass"),
                            ("xccdf_org.ssgproject.content_rule_x", "fail"), ("xccdf_id.go.lkpp_rule_S01.1", "fail")])
        let outcome = try read(text)
        #expect(outcome.isRefused)
        let errors = outcome.problems.filter { $0.severity == .error }
        #expect(errors.map(\.line) == [7, 8, 9])
        #expect(errors[0].text(english: true) == "hasil.xml:7:0: error: rule-result xccdf_id.go.lkpp_rule_S99.1 is not a rule of Patuh's benchmark (catalog 2026.1)")
        #expect(errors[1].text(english: false).contains("bukan aturan benchmark Patuh"))
        #expect(errors[2].message.en?.contains("appears twice (first at line 6)") == true)
    }

    @Test func anotherBenchmarkOrCatalogVersionIsRefused() throws {
        let other = foreign([]).replacingOccurrences(of: "xccdf_id.go.lkpp_benchmark_patuh", with: "xccdf_org.ssgproject.content_benchmark_RHEL-9")
        #expect(try read(other).isRefused)
        let old = try read(foreign([("xccdf_id.go.lkpp_rule_S01.1", "pass")], version: "2025.1"))
        #expect(old.isRefused && old.problems.contains { $0.message.en?.contains("catalog version 2025.1") == true })
        let empty = try read("<x xmlns=\"urn:y\"/>")
        #expect(empty.isRefused && empty.problems.first?.message.en?.contains("no XCCDF 1.2 TestResult") == true)
    }

    @Test func withoutAnLPSEANonPatuhResultIsRefused() throws {
        let outcome = try read(foreign([("xccdf_id.go.lkpp_rule_S01.1", "pass")]), defaults: XCCDFImportDefaults())
        #expect(outcome.isRefused)
        #expect(outcome.problems.contains { $0.message.en?.contains("--lpse-id") == true })
    }

    @Test func aResultChangedByAnotherToolWins() throws {
        let original = try Fixtures.sample("mandiri", catalog: catalog)
        var text = XCCDFExporter(catalog: catalog, policy: policy).results(original, endTime: "2026-11-25T09:00:00+07:00")
        // S01.1 is memenuhi (pass) in the sample; another tool turned it into a failure.
        let marker = "<rule-result idref=\"xccdf_id.go.lkpp_rule_S01.1\" role=\"full\" weight=\"3\">\n      <result>pass</result>"
        #expect(text.contains(marker))
        text = text.replacingOccurrences(of: marker, with: marker.replacingOccurrences(of: ">pass<", with: ">fail<"))
        let outcome = try read(text, defaults: XCCDFImportDefaults())
        #expect(outcome.file?.answer("S01.1")?.status == .tidak)
        #expect(outcome.problems.contains { $0.message.en?.contains("S01.1: result fail differs from status memenuhi") == true })
    }
}
