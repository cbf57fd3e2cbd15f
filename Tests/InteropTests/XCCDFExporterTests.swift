import Assessment
import Catalog
import Interop
import Testing
import XMLSupport

/// The catalog as an XCCDF 1.2 Benchmark and an answer file as its TestResult.
@Suite struct XCCDFExporterTests {
    let catalog: StandardsCatalog
    let policy: ScoringPolicy
    let exporter: XCCDFExporter
    let now = "2026-11-25T09:00:00+07:00"

    init() throws {
        catalog = try Fixtures.catalog()
        policy = try Fixtures.policy()
        exporter = XCCDFExporter(catalog: catalog, policy: policy, generator: "Patuh test")
    }

    @Test func benchmarkHasAGroupPerStandardAndARulePerControl() throws {
        let root = try Fixtures.parse(exporter.benchmark())
        #expect(root.name == "Benchmark" && root.namespace == XCCDFNames.namespace)
        #expect(root[attribute: "id"] == "xccdf_id.go.lkpp_benchmark_patuh")
        #expect(root.child("version")?.text == catalog.version)
        #expect(root.children(named: "model").compactMap { $0[attribute: "system"] }
                == ["urn:xccdf:scoring:default", "urn:xccdf:scoring:flat", "urn:xccdf:scoring:flat-unweighted", "urn:xccdf:scoring:absolute"])
        let groups = root.children(named: "Group")
        #expect(groups.count == 17)
        #expect(groups.first?[attribute: "id"] == "xccdf_id.go.lkpp_group_S01")
        #expect(groups.allSatisfy { $0[attribute: "weight"] == "1" })
        let rules = groups.flatMap { $0.children(named: "Rule") }
        #expect(rules.count == catalog.controls.count)
        for (rule, control) in zip(rules, catalog.controls) {
            #expect(rule[attribute: "id"] == "xccdf_id.go.lkpp_rule_\(control.id)")
            #expect(rule[attribute: "weight"] == String(control.weight))
            #expect(rule.children(named: "fixtext").count == 2)
            #expect(rule.children(named: "reference").count == control.bases.count + control.isoMappings.count)
        }
    }

    @Test func textsAreBilingualAndTheEvidenceRulesAreTheFixtext() throws {
        let root = try Fixtures.parse(exporter.benchmark())
        let rule = try #require(root.descendants(named: "Rule").first { $0[attribute: "id"] == "xccdf_id.go.lkpp_rule_S01.2" })
        let descriptions = rule.children(named: "description")
        #expect(descriptions.map { $0[attribute: "lang"] } == ["id", "en"])
        #expect(descriptions[0].text.hasPrefix("Kebijakan keamanan menetapkan kata sandi minimal 10 karakter"))
        #expect(descriptions[0].text.contains("Kontrol wajib"))
        #expect(descriptions[1].text.hasPrefix("The policy requires: passwords of at least 10 characters"))
        let fixtext = try #require(rule.children(named: "fixtext").first)
        #expect(fixtext.text.contains("S01.2.E1 (kebijakan): berkas kebijakan-*keamanan*, sekurang-kurangnya 1; berkas aturan S01.1.E1 ikut dihitung"))
        let group = try #require(root.children(named: "Group").first)
        #expect(group.children(named: "title").map(\.text) == ["S01 Kebijakan Layanan", "S01 Service Policy"])
        let basis = try #require(catalog.control("S01.2")?.control.bases.first)
        #expect(rule.children(named: "reference").first?.child("title")?.text == basis.citation(in: catalog))
        #expect(basis.citation(in: catalog).contains("Nusa Tenggara Timur"))
    }

    @Test func groupWeightsComeFromThePolicy() throws {
        var weighted = policy
        weighted.groupWeights = ["S04": 2.5]
        let root = try Fixtures.parse(XCCDFExporter(catalog: catalog, policy: weighted).benchmark())
        let s04 = root.children(named: "Group").first { $0[attribute: "id"] == "xccdf_id.go.lkpp_group_S04" }
        #expect(s04?[attribute: "weight"] == "2.5")
    }

    @Test func testResultMapsEveryStatusAndCarriesTheScores() throws {
        let answers = try Fixtures.withNotApplicable("S12.4", in: try Fixtures.sample("mandiri", catalog: catalog))
        let root = try Fixtures.parse(exporter.results(answers, endTime: now))
        let result = try #require(root.children(named: "TestResult").first)
        #expect(result[attribute: "id"] == "xccdf_id.go.lkpp_testresult_mandiri_lpse-kab-contoh_2026-09-15")
        #expect(result[attribute: "end-time"] == now)
        let ruleResults = result.children(named: "rule-result")
        #expect(ruleResults.count == 68)
        let byControl = Dictionary(uniqueKeysWithValues: ruleResults.map {
            (XCCDFNames.controlId(ofRule: $0[attribute: "idref"] ?? "") ?? "", $0.child("result")?.text ?? "")
        })
        for answer in answers.answers {
            #expect(byControl[answer.controlId] == policy.value(of: answer.status).xccdf.rawValue, "\(answer.controlId)")
        }
        #expect(byControl["S01.4"] == "fail")            // sebagian, per the policy
        #expect(byControl["S12.4"] == "notapplicable")   // tidak berlaku
        let scores = Dictionary(uniqueKeysWithValues: result.children(named: "score").map {
            ($0[attribute: "system"] ?? "", (Double($0.text) ?? -1, Double($0[attribute: "maximum"] ?? "") ?? -1))
        })
        let scorer = XCCDFScorer(catalog: catalog, policy: policy)
        for model in XCCDFScores.models {
            let expected = scorer.score(answers.statuses, model: model).benchmark
            #expect(scores[model.uri]?.0 == expected.value, "\(model)")
            #expect(scores[model.uri]?.1 == expected.maximum, "\(model)")
        }
        #expect(scores["urn:patuh:scoring:penilaian"]?.0 == 12)
    }

    @Test func overridesAndFindingsOfAFaktualFileAreKept() throws {
        let answers = try Fixtures.sample("faktual", catalog: catalog)
        let (controlId, override) = try #require(answers.overrides.first)
        let root = try Fixtures.parse(exporter.results(answers, endTime: now))
        let ruleResult = try #require(root.descendants(named: "rule-result").first {
            $0[attribute: "idref"] == XCCDFNames.ruleId(controlId)
        })
        let element = try #require(ruleResult.child("override"))
        #expect(element[attribute: "authority"] == override.authority)
        #expect(element[attribute: "time"]?.hasPrefix(String(override.time.prefix(10))) == true)
        #expect(element.child("old-result")?.text == policy.value(of: override.from).xccdf.rawValue)
        #expect(element.child("new-result")?.text == policy.value(of: override.to).xccdf.rawValue)
        #expect(element.child("remark")?.text.contains(override.remark) == true)
        let finding = try #require(answers.findings.first)
        let messages = root.descendants(named: "message").map(\.text)
        #expect(messages.contains { $0.hasPrefix("Temuan \(finding.id) (\(finding.severity.rawValue))") })
    }

    @Test func aResultWithNothingScoredWritesZeroAsOpenSCAPDoes() throws {
        var answers = try Fixtures.sample("mandiri", catalog: catalog)
        answers.answers = answers.answers.map {
            ControlAnswer(controlId: $0.controlId, status: .tidakBerlaku, justification: Justification(fakta: "f", analisis: "a"))
        }
        let root = try Fixtures.parse(exporter.results(answers, endTime: now))
        let scores = root.descendants(named: "score")
        #expect(scores.count == 5)
        // OpenSCAP's values for a benchmark with nothing scored: 0, and 1 for absolute (0 passed of 0 scored).
        #expect(scores.prefix(4).map(\.text) == ["0", "0", "0", "1"])
        let lines = XCCDFScores.compute(catalog: catalog, policy: policy, statuses: answers.statuses)
        #expect(lines.prefix(4).map(\.writtenValue) == [0, 0, 0, 1])
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let answers = try Fixtures.sample("faktual", catalog: catalog)
        #expect(exporter.results(answers, endTime: now) == exporter.results(answers, endTime: now))
        #expect(exporter.benchmark() == XCCDFExporter(catalog: catalog, policy: policy, generator: "Patuh test").benchmark())
    }
}
