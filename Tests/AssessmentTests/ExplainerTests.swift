import Assessment
import Catalog
import Testing

@Suite struct ExplainerTests {
    let policy: ScoringPolicy

    init() throws {
        policy = try Fixtures.policy()
    }

    @Test func contributionsAndWhatIfUnderThePolicyModel() throws {
        // S01: 3 + 3 + 0.5 + 0 = 6.5 of 9 (72.2 %), not terpenuhi.
        let catalog = Fixtures.twoStandards()
        let statuses: [String: ControlStatus] = ["S01.1": .memenuhi, "S01.2": .memenuhi, "S01.3": .sebagian, "S01.4": .tidak]
        let explanation = Explainer(catalog: catalog, policy: policy).explain(catalog.standards[0], statuses: statuses, model: .patuh)
        #expect(explanation.score == Score(model: .patuh, value: 6.5, maximum: 9))
        #expect(explanation.contributions.map(\.contribution) == [3, 3, 0.5, 0])
        #expect(explanation.contributions.map(\.maximumContribution) == [3, 3, 1, 2])
        #expect(explanation.contributions[0].whatIf == nil)

        // S01.3 memenuhi: 7 of 9 = 77.8 %, still not. S01.4 memenuhi: 8.5 of 9 = 94.4 %, terpenuhi.
        let s013 = try #require(explanation.contributions[2].whatIf)
        #expect(s013.delta == 0.5 && s013.percent == 77.8 && !s013.terpenuhi && !s013.changesDetermination)
        let s014 = try #require(explanation.contributions[3].whatIf)
        #expect(s014.delta == 2 && s014.percent == 94.4 && s014.terpenuhi && s014.changesDetermination)
    }

    @Test func contributionsUnderTheDefaultModelAreTheTermsOfTheNormalisedSum() throws {
        // Scored weights 3+3+1+2 = 9: S01.1 adds 100×3/9 = 33.33…, S01.3 (fail) 0 of 11.11….
        let catalog = Fixtures.twoStandards()
        let statuses: [String: ControlStatus] = ["S01.1": .memenuhi, "S01.2": .memenuhi, "S01.3": .sebagian, "S01.4": .tidak]
        let explanation = Explainer(catalog: catalog, policy: policy).explain(catalog.standards[0], statuses: statuses, model: .xccdfDefault)
        let first = try #require(explanation.contributions[0].contribution)
        #expect(abs(first - 100.0 * 3 / 9) < 1e-9)
        #expect(explanation.contributions[2].contribution == 0)
        let sum = explanation.contributions.compactMap(\.contribution).reduce(0, +)
        #expect(abs(sum - (explanation.score.value ?? -1)) < 1e-9)
        // S01.4 memenuhi: (300 + 300 + 0 + 200) / 9 = 88.88…, up by 22.22….
        let whatIf = try #require(explanation.contributions[3].whatIf)
        #expect(abs((whatIf.delta ?? 0) - 200.0 / 9) < 1e-9)
    }
}
