import Core
import Testing

@Suite("PercentRule and number and date text")
struct PercentRuleTests {
    @Test("nearest tenth, never reaching a threshold the exact ratio does not", arguments: [
        (Int64(2), Int64(3), 66.7), (8, 9, 88.9), (1, 3, 33.3), (7, 8, 87.5), (13, 20, 65.0),
        (7996, 10_000, 79.9), (7995, 10_000, 79.9), (8000, 10_000, 80.0), (7994, 10_000, 79.9),
        (9996, 10_000, 99.9), (10_000, 10_000, 100.0), (0, 5, 0.0), (8004, 10_000, 80.0),
    ])
    func integers(part: Int64, whole: Int64, expected: Double) {
        #expect(PercentRule.percent(part, of: whole, decimals: 1, thresholds: [80]) == expected)
    }

    @Test("without the threshold 79.96 rounds to 80.0; with it 79.9")
    func threshold() {
        #expect(PercentRule.percent(7996, of: 10_000, decimals: 1) == 80.0)
        #expect(PercentRule.percent(79.96, thresholds: [80]) == 79.9)
        #expect(PercentRule.percent(79.96) == 80.0)
        #expect(PercentRule.percent(200.0 / 3) == 66.7)
        #expect(PercentRule.percent(-2.25) == -2.3)
        #expect(PercentRule.percent(1, of: 0) == nil)
    }

    @Test("Indonesian and English notation")
    func notation() {
        #expect(NumberText.percent(66.7, .id) == "66,7 %")
        #expect(NumberText.percent(88.9, .en) == "88.9%")
        #expect(NumberText.percent(65, .id) == "65,0 %")
        #expect(NumberText.decimal(1234.5, .id) == "1.234,5")
        #expect(NumberText.decimal(1234.5, .en) == "1,234.5")
        #expect(NumberText.decimal(62.5, decimals: 2, trimZeros: true, .id) == "62,5")
        #expect(NumberText.decimal(12, decimals: 2, trimZeros: true, .id) == "12")
        #expect(NumberText.integer(1_234_567, .id) == "1.234.567")
        #expect(NumberText.decimal(-0.5, .id) == "-0,5")
    }

    @Test("dates and times in words")
    func dates() {
        #expect(DateText.date(iso: "2026-11-25", .id) == "25 November 2026")
        #expect(DateText.date(iso: "2026-08-07", .id) == "7 Agustus 2026")
        #expect(DateText.date(iso: "2026-08-07", .en) == "7 August 2026")
        #expect(DateText.dateTime(iso: "2026-11-25T09:00:00+07:00", .id) == "25 November 2026, 09.00 WIB")
        #expect(DateText.dateTime(iso: "2026-11-25T09:05:00+08:00", .en) == "25 November 2026, 09:05 WITA")
        #expect(DateText.date(iso: "bukan", .id) == "bukan")
        let instant = Instant(secondsSinceEpoch: 1_795_572_000) // 2026-11-25T02:00:00Z
        #expect(DateText.dateTime(instant, zone: .wib, .id) == "25 November 2026, 09.00 WIB")
    }
}
