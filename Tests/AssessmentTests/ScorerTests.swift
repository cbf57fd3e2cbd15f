import Assessment
import Catalog
import Testing

/// Hand-computed cases of the policy's own model (Standards/penilaian.xml: memenuhi 1,
/// sebagian 0.5, tidak 0, tidak-berlaku excluded; terpenuhi: every mandatory control memenuhi
/// and ≥ 80 %; certification: all standards).
@Suite struct ScorerTests {
    let policy: ScoringPolicy

    init() throws {
        policy = try Fixtures.policy()
    }

    @Test func shippedPolicyHasTheProposedValues() throws {
        #expect(policy.value(of: .memenuhi).points == Points.parse("1"))
        #expect(policy.value(of: .sebagian).points == Points.parse("0.5"))
        #expect(policy.value(of: .tidak).points == .zero)
        #expect(policy.value(of: .tidakBerlaku).points == nil)
        #expect(policy.value(of: nil).points == .zero)
        #expect(policy.minimumRatio == Points.parse("0.8"))
        #expect(policy.certificationMinimum == nil)
        #expect(policy.mandatoryStatus == .memenuhi)
    }

    @Test func weightedScoreOfAStandard() {
        // S01: 3×1 + 3×1 + 1×0.5 + 2×0 = 6.5 of 9 = 72.2 % → not terpenuhi (below 80 %).
        let catalog = Fixtures.twoStandards()
        let statuses: [String: ControlStatus] = ["S01.1": .memenuhi, "S01.2": .memenuhi, "S01.3": .sebagian, "S01.4": .tidak]
        let result = Scorer(catalog: catalog, policy: policy).scoreStandard(catalog.standards[0], statuses: statuses)
        #expect(result.earned == Points.parse("6.5"))
        #expect(result.possible == Points(9))
        #expect(result.percent(decimals: 1) == 72.2)
        #expect(result.mandatoryNotMet.isEmpty)
        #expect(!result.meetsRatio)
        #expect(!result.terpenuhi)
    }

    @Test func allTidakBerlakuInAStandard() throws {
        let catalog = Fixtures.twoStandards()
        var statuses: [String: ControlStatus] = [:]
        for control in catalog.standards[0].controls { statuses[control.id] = .tidakBerlaku }
        let result = Scorer(catalog: catalog, policy: policy).scoreStandard(catalog.standards[0], statuses: statuses)
        // 0 of 0: no percentage, no mandatory control applies, and the policy says not terpenuhi
        // (only S11 is terpenuhi with nothing applicable).
        #expect(result.earned == .zero && result.possible == .zero)
        #expect(result.nothingApplicable)
        #expect(result.percent(decimals: 1) == nil)
        #expect(result.score.value == nil)
        #expect(result.mandatoryNotMet.isEmpty)
        #expect(!result.terpenuhi)

        var lenient = policy
        lenient.nothingApplicableByStandard["S01"] = true
        #expect(Scorer(catalog: catalog, policy: lenient).scoreStandard(catalog.standards[0], statuses: statuses).terpenuhi)
    }

    @Test func tidakBerlakuLeavesNumeratorAndDenominator() {
        // S02: 3×1 + 3×1 + (2: tidak berlaku, out) + 2×1 = 8 of 8 = 100 %.
        let catalog = Fixtures.twoStandards()
        let statuses: [String: ControlStatus] = ["S02.1": .memenuhi, "S02.2": .memenuhi, "S02.3": .tidakBerlaku, "S02.4": .memenuhi]
        let result = Scorer(catalog: catalog, policy: policy).scoreStandard(catalog.standards[1], statuses: statuses)
        #expect(result.earned == Points(8) && result.possible == Points(8))
        #expect(result.terpenuhi)
    }

    @Test func zeroWeightControlChangesNoScoreButAMandatoryOneStillCounts() {
        let catalog = Fixtures.catalog([Fixtures.standard("S01", [
            Fixtures.control("S01.1", weight: 3, mandatory: true),
            Fixtures.control("S01.2", weight: 0),
            Fixtures.control("S01.3", weight: 2),
        ])])
        let scorer = Scorer(catalog: catalog, policy: policy)
        // 3×1 + 0×0 + 2×1 = 5 of 5.
        let passed = scorer.scoreStandard(catalog.standards[0], statuses: ["S01.1": .memenuhi, "S01.2": .tidak, "S01.3": .memenuhi])
        #expect(passed.earned == Points(5) && passed.possible == Points(5))
        #expect(passed.percent(decimals: 1) == 100)
        #expect(passed.terpenuhi)

        let mandatoryZero = Fixtures.catalog([Fixtures.standard("S01", [
            Fixtures.control("S01.1", weight: 3),
            Fixtures.control("S01.2", weight: 0, mandatory: true),
        ])])
        let failed = Scorer(catalog: mandatoryZero, policy: policy)
            .scoreStandard(mandatoryZero.standards[0], statuses: ["S01.1": .memenuhi, "S01.2": .tidak])
        #expect(failed.percent(decimals: 1) == 100)
        #expect(failed.mandatoryNotMet == ["S01.2"])
        #expect(!failed.terpenuhi)
    }

    @Test func mandatoryFailureWith99Percent() {
        // 98×1 + 2×0.5 = 99 of 100 = 99 %, but the mandatory S01.2 is only sebagian.
        let catalog = Fixtures.catalog([Fixtures.standard("S01", [
            Fixtures.control("S01.1", weight: 98),
            Fixtures.control("S01.2", weight: 2, mandatory: true),
        ])])
        let result = Scorer(catalog: catalog, policy: policy)
            .scoreStandard(catalog.standards[0], statuses: ["S01.1": .memenuhi, "S01.2": .sebagian])
        #expect(result.percent(decimals: 1) == 99.0)
        #expect(result.meetsRatio)
        #expect(result.mandatoryNotMet == ["S01.2"])
        #expect(!result.terpenuhi)
    }

    @Test func exactlyEightyPercentIsTerpenuhi() {
        // Five controls of weight 1: four memenuhi, one tidak = 4 of 5 = exactly 80 %.
        let controls = (1...5).map { Fixtures.control("S01.\($0)", weight: 1) }
        let catalog = Fixtures.catalog([Fixtures.standard("S01", controls)])
        var statuses = Dictionary(uniqueKeysWithValues: controls.map { ($0.id, ControlStatus.memenuhi) })
        statuses["S01.5"] = .tidak
        let result = Scorer(catalog: catalog, policy: policy).scoreStandard(catalog.standards[0], statuses: statuses)
        #expect(result.percent(decimals: 1) == 80.0)
        #expect(result.terpenuhi)
    }

    @Test func justBelowTheThresholdDoesNotRoundUpToIt() {
        // 7999 of 10000 = 79.99 %: shown as 79.9 (rounded down), not terpenuhi. Rounded half-up
        // it would print 80.0 and look like a pass.
        let catalog = Fixtures.catalog([Fixtures.standard("S01", [
            Fixtures.control("S01.1", weight: 7_999),
            Fixtures.control("S01.2", weight: 2_001),
        ])])
        let result = Scorer(catalog: catalog, policy: policy)
            .scoreStandard(catalog.standards[0], statuses: ["S01.1": .memenuhi, "S01.2": .tidak])
        #expect(result.percent(decimals: 1, thresholds: [80]) == 79.9)
        #expect(result.percent(decimals: 2) == 79.99)
        #expect(!result.terpenuhi)
    }

    @Test func thresholdComparisonHasNoFloatingPointError() throws {
        // sebagian 0.7 and tidak 0.1, threshold 0.4: (0.7 + 0.1) / 2 is exactly 0.4, though in
        // Double 0.7 + 0.1 = 0.7999999999999999 and the standard would fail.
        var custom = policy
        custom.statusValues[.sebagian] = StatusValue(points: Points.parse("0.7"), xccdf: .fail)
        custom.statusValues[.tidak] = StatusValue(points: Points.parse("0.1"), xccdf: .fail)
        custom.minimumRatio = try #require(Points.parse("0.4"))
        let catalog = Fixtures.catalog([Fixtures.standard("S01", [
            Fixtures.control("S01.1", weight: 1), Fixtures.control("S01.2", weight: 1),
        ])])
        let result = Scorer(catalog: catalog, policy: custom)
            .scoreStandard(catalog.standards[0], statuses: ["S01.1": .sebagian, "S01.2": .tidak])
        #expect(result.earned == Points.parse("0.8"))
        #expect(result.terpenuhi)
    }

    @Test func notAssessedControlCountsAsTheNotAssessedValue() {
        // S02.4 (mandatory, weight 2) missing: 0 of 2, and a mandatory control not met.
        let catalog = Fixtures.twoStandards()
        let statuses: [String: ControlStatus] = ["S02.1": .memenuhi, "S02.2": .memenuhi, "S02.3": .memenuhi]
        let result = Scorer(catalog: catalog, policy: policy).scoreStandard(catalog.standards[1], statuses: statuses)
        #expect(result.earned == Points(8) && result.possible == Points(10))
        #expect(result.mandatoryNotMet == ["S02.4"])
        #expect(!result.terpenuhi)
    }

    @Test func overallCountAndCertification() {
        let catalog = Fixtures.twoStandards()
        var statuses = Dictionary(uniqueKeysWithValues: catalog.controls.map { ($0.id, ControlStatus.memenuhi) })
        let scorer = Scorer(catalog: catalog, policy: policy)
        let all = scorer.score(statuses)
        #expect(all.terpenuhiCount == 2 && all.standardCount == 2)
        #expect(all.eligibleForCertification)
        #expect(all.overall == Score(model: .patuh, value: 2, maximum: 2))

        statuses["S02.4"] = .sebagian
        let one = scorer.score(statuses)
        #expect(one.terpenuhiCount == 1)
        #expect(!one.eligibleForCertification)

        var lenient = policy
        lenient.certificationMinimum = 1
        #expect(Scorer(catalog: catalog, policy: lenient).score(statuses).eligibleForCertification)
    }
}
