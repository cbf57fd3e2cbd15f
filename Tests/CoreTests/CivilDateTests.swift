import Core
import Testing

@Suite("CivilDate")
struct CivilDateTests {
    @Test("parses exactly YYYY-MM-DD", arguments: [
        ("2024-01-11", true), ("2024-02-29", true), ("2023-02-29", false), ("2024-13-01", false),
        ("2024-1-11", false), ("2024-01-11T00:00", false), ("20240111", false), ("2024-04-31", false),
        ("2024-00-10", false), ("abcd-ef-gh", false),
    ])
    func parsing(text: String, valid: Bool) {
        #expect((CivilDate(iso: text) != nil) == valid)
        if valid { #expect(CivilDate(iso: text)?.description == text) }
    }

    @Test("day numbers round-trip and weekdays match known dates", arguments: [
        ("1970-01-01", 0, Weekday.kamis), ("2024-01-04", 19726, .kamis), ("2025-03-21", 20168, .jumat),
        ("2024-02-10", 19763, .sabtu), ("2000-02-29", 11016, .selasa), ("1969-12-31", -1, .rabu),
        ("2027-12-31", 21183, .jumat),
    ])
    func dayNumbers(text: String, number: Int, weekday: Weekday) throws {
        let date = try #require(CivilDate(iso: text))
        #expect(date.dayNumber == number)
        #expect(CivilDate(dayNumber: number) == date)
        #expect(date.weekday == weekday)
    }

    @Test func arithmeticCrossesMonthsAndYears() throws {
        let date = try #require(CivilDate(iso: "2024-12-30"))
        #expect(date.adding(days: 3).description == "2025-01-02")
        #expect(date.adding(days: -366).description == "2023-12-30")
        #expect(try #require(CivilDate(iso: "2024-02-29")).adding(years: 3).description == "2027-02-28")
        #expect(try #require(CivilDate(iso: "2024-01-31")).adding(months: 1).description == "2024-02-29")
        #expect(try #require(CivilDate(iso: "2024-11-15")).adding(months: 12).description == "2025-11-15")
    }

    @Test func weekdayNames() {
        #expect(Weekday(name: "sab") == .sabtu)
        #expect(Weekday(name: "Saturday") == .sabtu)
        #expect(Weekday(name: "JUMAT") == .jumat)
        #expect(Weekday(name: "fri") == .jumat)
        #expect(Weekday(name: "x") == nil)
    }
}
