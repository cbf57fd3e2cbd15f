import Assessment
import Catalog
import Foundation
import Interop
import Testing

/// The OSCAL catalog, assessment results and POA&M.
@Suite struct OSCALExporterTests {
    let catalog: StandardsCatalog
    let policy: ScoringPolicy
    let exporter: OSCALExporter

    init() throws {
        catalog = try Fixtures.catalog()
        policy = try Fixtures.policy()
        exporter = OSCALExporter(catalog: catalog, policy: policy, generatedAt: "2026-11-25T09:00:00+07:00")
    }

    private func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Every value of every `uuid` key.
    private func uuids(_ value: Any) -> [String] {
        if let object = value as? [String: Any] {
            let own = (object["uuid"] as? String).map { [$0] } ?? []
            return own + object.filter { $0.key != "uuid" }.values.flatMap(uuids)
        }
        if let array = value as? [Any] { return array.flatMap(uuids) }
        return []
    }

    @Test func catalogHasGroupsOfControlsWithPartsAndProps() throws {
        let root = try object(exporter.catalogDocument())
        let document = try #require(root["catalog"] as? [String: Any])
        let metadata = try #require(document["metadata"] as? [String: Any])
        #expect(metadata["oscal-version"] as? String == "1.1.2")
        #expect(metadata["version"] as? String == catalog.version)
        #expect(metadata["last-modified"] as? String == "2026-11-25T09:00:00+07:00")
        let groups = try #require(document["groups"] as? [[String: Any]])
        #expect(groups.count == 17 && groups[0]["id"] as? String == "S01")
        let controls = groups.flatMap { $0["controls"] as? [[String: Any]] ?? [] }
        #expect(controls.count == catalog.controls.count)
        let first = controls[0]
        #expect(first["id"] as? String == "S01.1")
        let props = (first["props"] as? [[String: Any]] ?? []).reduce(into: [String: String]()) {
            $0[$1["name"] as? String ?? ""] = $0[$1["name"] as? String ?? ""] ?? $1["value"] as? String
        }
        #expect(props["weight"] == "3" && props["mandatory"] == "true" && props["kind"] == "umum" && props["label"] == "S01.1")
        let parts = (first["parts"] as? [[String: Any]] ?? []).map { $0["name"] as? String }
        #expect(parts == ["statement", "guidance", "assessment-method"])
    }

    @Test func resultsCiteEvidenceByHashAndConcludePerControl() throws {
        let answers = try Fixtures.withNotApplicable("S12.4", in: try Fixtures.sample("mandiri", catalog: catalog))
        let facts = EvidenceFacts([RuleEvidence(ruleId: "S01.2.E1", status: .ok,
                                                files: ["Evidence/_bersama/kebijakan-keamanan-informasi_2026-02-02.pdf"])])
        let hash = String(repeating: "ab", count: 32)
        let evidence = EvidenceContext(facts: facts, hashes: ["Evidence/_bersama/kebijakan-keamanan-informasi_2026-02-02.pdf": hash])
        let text = exporter.assessmentResults(answers, evidence: evidence)
        #expect(text == exporter.assessmentResults(answers, evidence: evidence))
        let document = try #require(try object(text)["assessment-results"] as? [String: Any])
        let result = try #require((document["results"] as? [[String: Any]])?.first)
        let observations = try #require(result["observations"] as? [[String: Any]])
        #expect(observations.count == 68)
        let findings = try #require(result["findings"] as? [[String: Any]])
        #expect(findings.count == 67)   // S12.4 does not apply
        let resources = try #require((document["back-matter"] as? [String: Any])?["resources"] as? [[String: Any]])
        let hashed = resources.first { ($0["title"] as? String)?.hasSuffix("kebijakan-keamanan-informasi_2026-02-02.pdf") == true }
        let rlink = try #require((hashed?["rlinks"] as? [[String: Any]])?.first)
        #expect((rlink["hashes"] as? [[String: Any]])?.first?["value"] as? String == hash)
        #expect((rlink["hashes"] as? [[String: Any]])?.first?["algorithm"] as? String == "SHA-256")
        let all = uuids(document)
        #expect(Set(all).count == all.count && all.count > 68 + 67)
        let s124 = findings.contains { (($0["target"] as? [String: Any])?["target-id"] as? String) == "S12.4_smt" }
        #expect(!s124)
    }

    @Test func uuidsAreStableAcrossExportsButTheDocumentsAreNot() throws {
        let answers = try Fixtures.sample("faktual", catalog: catalog)
        let later = OSCALExporter(catalog: catalog, policy: policy, generatedAt: "2026-12-01T09:00:00+07:00")
        let first = try object(exporter.assessmentResults(answers))["assessment-results"] as? [String: Any]
        let second = try object(later.assessmentResults(answers))["assessment-results"] as? [String: Any]
        #expect(first?["uuid"] as? String != second?["uuid"] as? String)
        let observationIds = { (document: [String: Any]?) in
            ((document?["results"] as? [[String: Any]])?.first?["observations"] as? [[String: Any]])?.compactMap { $0["uuid"] as? String }
        }
        #expect(observationIds(first) == observationIds(second))
    }

    @Test func poamHasAnItemPerOpenControlAndTheTemuan() throws {
        let answers = try Fixtures.sample("faktual", catalog: catalog)
        let text = try #require(exporter.poam(answers))
        let document = try #require(try object(text)["plan-of-action-and-milestones"] as? [String: Any])
        let items = try #require(document["poam-items"] as? [[String: Any]])
        let open = answers.answers.filter { policy.value(of: $0.status).xccdf == .fail }
        #expect(items.count == open.count)
        let risks = try #require(document["risks"] as? [[String: Any]])
        #expect(risks.allSatisfy { $0["status"] as? String == "open" })
        let temuan = try #require(answers.findings.first)
        let recommendations = risks.flatMap { $0["remediations"] as? [[String: Any]] ?? [] }.compactMap { $0["description"] as? String }
        #expect(recommendations.contains(temuan.rekomendasi))
        #expect((document["system-id"] as? [String: Any])?["id"] as? String == "lpse-kab-contoh")
    }

    @Test func nothingOpenGivesNoPOAM() throws {
        var answers = try Fixtures.sample("mandiri", catalog: catalog)
        answers.answers = catalog.controls.map { ControlAnswer(controlId: $0.id, status: .memenuhi) }
        #expect(exporter.poam(answers) == nil)
    }
}
