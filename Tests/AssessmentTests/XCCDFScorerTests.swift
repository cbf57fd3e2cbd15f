import Assessment
import Catalog
import Foundation
import Testing

/// The four XCCDF 1.2 models (NISTIR 7275 r4 §7.3.2) on a small benchmark, by hand.
///
/// Group S01: r S01.1 w3 pass · S01.2 w1 fail (sebagian) · S01.3 w2 notapplicable (tidak berlaku)
/// Group S02: r S02.1 w2 pass · S02.2 w2 fail (tidak)    · S02.3 w1 notchecked (not assessed)
@Suite struct XCCDFScorerTests {
    let policy: ScoringPolicy
    let catalog = Fixtures.catalog([
        Fixtures.standard("S01", [Fixtures.control("S01.1", weight: 3, mandatory: true),
                                  Fixtures.control("S01.2", weight: 1),
                                  Fixtures.control("S01.3", weight: 2)]),
        Fixtures.standard("S02", [Fixtures.control("S02.1", weight: 2),
                                  Fixtures.control("S02.2", weight: 2),
                                  Fixtures.control("S02.3", weight: 1)]),
    ])
    let statuses: [String: ControlStatus] = [
        "S01.1": .memenuhi, "S01.2": .sebagian, "S01.3": .tidakBerlaku,
        "S02.1": .memenuhi, "S02.2": .tidak,
    ]

    init() throws {
        policy = try Fixtures.policy()
    }

    @Test func defaultModelNormalisesEachGroupThenWeighsTheGroups() {
        // S01: (100×3 + 0×1) / (3+1) = 75;  S02: (100×2 + 0×2) / (2+2) = 50.
        // Benchmark, group weights 1 and 1: (75 + 50) / 2 = 62.5, out of 100.
        let result = XCCDFScorer(catalog: catalog, policy: policy).score(statuses, model: .xccdfDefault)
        #expect(result.groups["S01"] == Score(model: .xccdfDefault, value: 75, maximum: 100))
        #expect(result.groups["S02"] == Score(model: .xccdfDefault, value: 50, maximum: 100))
        #expect(result.benchmark == Score(model: .xccdfDefault, value: 62.5, maximum: 100))

        // Group weights 1 and 3: (75×1 + 50×3) / 4 = 56.25.
        var weighted = policy
        weighted.groupWeights = ["S02": 3]
        let heavier = XCCDFScorer(catalog: catalog, policy: weighted).score(statuses, model: .xccdfDefault)
        #expect(heavier.benchmark.value == 56.25)
    }

    @Test func defaultModelSkipsAGroupWithNothingScored() {
        // S01 all tidak berlaku: count 0, skipped; the benchmark is S02's 50 alone.
        var onlyS02 = statuses
        onlyS02["S01.1"] = .tidakBerlaku
        onlyS02["S01.2"] = .tidakBerlaku
        let result = XCCDFScorer(catalog: catalog, policy: policy).score(onlyS02, model: .xccdfDefault)
        #expect(result.groups["S01"]?.value == nil)
        #expect(result.benchmark.value == 50)
    }

    @Test func nothingScoredFollowsOpenSCAP() {
        // Every rule notapplicable or notchecked: OpenSCAP's xccdf_result_calculate_score gives the
        // benchmark 0 (default), 0 of 0 (flat, flat-unweighted) and 1 for absolute (0 passed == 0 scored).
        let nothing: [String: ControlStatus] = ["S01.1": .tidakBerlaku, "S01.2": .tidakBerlaku, "S01.3": .tidakBerlaku]
        let scorer = XCCDFScorer(catalog: catalog, policy: policy)
        let expected: [(ScoringModel, Double, Double)] = [(.xccdfDefault, 0, 100), (.flat, 0, 0), (.flatUnweighted, 0, 0), (.absolute, 1, 1)]
        for (model, value, maximum) in expected {
            let result = scorer.score(nothing, model: model)
            #expect(result.benchmark == Score(model: model, value: value, maximum: maximum, nothingScored: true), "\(model)")
            #expect(result.groups["S01"]?.value == nil && result.groups["S01"]?.nothingScored == true)
        }
    }

    @Test func groupWeightsAreBoundedByTheSchema() throws {
        let text = try String(contentsOfFile: Fixtures.packageRoot + "/Standards/penilaian.xml", encoding: .utf8)
        for weight in ["-5", "-0.1"] {
            let broken = text.replacingOccurrences(of: "<xccdf defaultGroupWeight=\"1\"/>",
                with: "<xccdf defaultGroupWeight=\"1\"><groupWeight standard=\"S01\" weight=\"\(weight)\"/></xccdf>")
            #expect(broken != text)
            #expect(throws: AssessmentError.self) { try PolicyLoader.load(path: try Fixtures.write(broken), schema: try Fixtures.schema()) }
        }
        let fine = text.replacingOccurrences(of: "<xccdf defaultGroupWeight=\"1\"/>",
            with: "<xccdf defaultGroupWeight=\"1\"><groupWeight standard=\"S01\" weight=\"0\"/></xccdf>")
        #expect(try PolicyLoader.load(path: try Fixtures.write(fine), schema: try Fixtures.schema()).groupWeight("S01") == 0)
    }

    @Test func flatModelSumsWeightsOfPassedRulesOverScoredRules() {
        // Passed: 3 + 2 = 5; scored: 3 + 1 + 2 + 2 = 8 (S01.3 and S02.3 excluded).
        let result = XCCDFScorer(catalog: catalog, policy: policy).score(statuses, model: .flat)
        #expect(result.benchmark == Score(model: .flat, value: 5, maximum: 8))
        #expect(result.groups["S01"] == Score(model: .flat, value: 3, maximum: 4))
        #expect(result.groups["S02"] == Score(model: .flat, value: 2, maximum: 4))
    }

    @Test func flatUnweightedCountsRules() {
        let result = XCCDFScorer(catalog: catalog, policy: policy).score(statuses, model: .flatUnweighted)
        #expect(result.benchmark == Score(model: .flatUnweighted, value: 2, maximum: 4))
        #expect(result.groups["S01"] == Score(model: .flatUnweighted, value: 1, maximum: 2))
    }

    @Test func absoluteIsOneOnlyWhenEveryScoredRulePasses() {
        let scorer = XCCDFScorer(catalog: catalog, policy: policy)
        #expect(scorer.score(statuses, model: .absolute).benchmark == Score(model: .absolute, value: 0, maximum: 1))

        // Fix the two failures; S01.3 (notapplicable) and S02.3 (notchecked) stay out: 1.
        var fixed = statuses
        fixed["S01.2"] = .memenuhi
        fixed["S02.2"] = .memenuhi
        #expect(scorer.score(fixed, model: .absolute).benchmark == Score(model: .absolute, value: 1, maximum: 1))

        // One sebagian left anywhere: 0.
        fixed["S02.2"] = .sebagian
        let result = scorer.score(fixed, model: .absolute)
        #expect(result.benchmark.value == 0)
        #expect(result.groups["S01"]?.value == 1)
        #expect(result.groups["S02"]?.value == 0)
    }

    @Test func zeroWeightRuleUnderEachModel() {
        let catalog = Fixtures.catalog([Fixtures.standard("S01", [
            Fixtures.control("S01.1", weight: 3), Fixtures.control("S01.2", weight: 0), Fixtures.control("S01.3", weight: 2),
        ])])
        let statuses: [String: ControlStatus] = ["S01.1": .memenuhi, "S01.2": .tidak, "S01.3": .memenuhi]
        let scorer = XCCDFScorer(catalog: catalog, policy: policy)
        // default: (100×3 + 0×0 + 100×2) / 5 = 100; flat 5 of 5; unweighted 2 of 3; absolute 0.
        #expect(scorer.score(statuses, model: .xccdfDefault).benchmark.value == 100)
        #expect(scorer.score(statuses, model: .flat).benchmark == Score(model: .flat, value: 5, maximum: 5))
        #expect(scorer.score(statuses, model: .flatUnweighted).benchmark == Score(model: .flatUnweighted, value: 2, maximum: 3))
        #expect(scorer.score(statuses, model: .absolute).benchmark.value == 0)
    }

    @Test func patuhModelThroughTheSameEntryPoint() {
        // S01: 3×1 + 1×0.5 = 3.5 of 4 (87.5 %), mandatory S01.1 met → terpenuhi.
        // S02: 2×1 + 2×0 + 1×0 (not assessed) = 2 of 5 → not. Overall 1 of 2.
        let result = XCCDFScorer(catalog: catalog, policy: policy).score(statuses, model: .patuh)
        #expect(result.groups["S01"] == Score(model: .patuh, value: 3.5, maximum: 4))
        #expect(result.groups["S02"] == Score(model: .patuh, value: 2, maximum: 5))
        #expect(result.benchmark == Score(model: .patuh, value: 1, maximum: 2))
    }

    @Test(arguments: ScoringModel.allCases)
    func modelsAreNamedByShortNameOrURI(model: ScoringModel) {
        #expect(ScoringModel(name: model.rawValue) == model)
        #expect(ScoringModel(name: model.uri) == model)
    }
}
