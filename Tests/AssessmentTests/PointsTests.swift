import Assessment
import Testing

@Suite struct PointsTests {
    @Test(arguments: [("1", 10_000), ("0.5", 5_000), ("0.8", 8_000), ("0.0625", 625), ("12", 120_000), ("0.1", 1_000)])
    func parsesDecimalsExactly(text: String, units: Int64) {
        #expect(Points.parse(text)?.units == units)
    }

    @Test(arguments: ["", "-1", "1e3", "0.12345", ".5", "1.", "abc"])
    func refusesAnythingElse(text: String) {
        #expect(Points.parse(text) == nil)
    }

    @Test func addsWithoutBinaryError() throws {
        // In Double, 0.7 + 0.1 is 0.7999999999999999.
        let sum = try #require(Points.parse("0.7")) + #require(Points.parse("0.1"))
        #expect(sum == Points.parse("0.8"))
        #expect(sum.description == "0.8")
    }

    @Test func percentIsRoundedDownSoAFailingScoreNeverShowsTheThreshold() {
        #expect(Points.percent(Points(7_999), of: Points(10_000), decimals: 1, thresholds: [80]) == 79.9)
        #expect(Points.percent(Points(7_999), of: Points(10_000), decimals: 1) == 80.0)
        #expect(Points.percent(Points(8), of: Points(10), decimals: 1) == 80.0)
        #expect(Points.percent(Points(2), of: Points(3), decimals: 1) == 66.7)
        #expect(Points.percent(Points(2), of: Points(3), decimals: 2) == 66.67)
        #expect(Points.percent(.zero, of: .zero, decimals: 1) == nil)
    }

    @Test func ratioComparisonIsExactAtTheBoundary() throws {
        let threshold = try #require(Points.parse("0.8"))
        #expect(Points.ratio(Points(8), of: Points(10), atLeast: threshold))
        #expect(!Points.ratio(Points(7_999), of: Points(10_000), atLeast: threshold))
        #expect(Points.ratio(Points(units: 79_999), of: Points(units: 99_998), atLeast: threshold))
    }
}
