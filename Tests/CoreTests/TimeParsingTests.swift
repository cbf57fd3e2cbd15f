import Core
import Testing

@Suite("ISO 8601, arguments and the clock")
struct TimeParsingTests {
    @Test("ISO 8601 instants with an offset", arguments: [
        ("2024-01-04T23:30:00+07:00", "2024-01-04T16:30:00Z"),
        ("2024-01-04T16:30:00Z", "2024-01-04T16:30:00Z"),
        ("2024-01-04T16:30Z", "2024-01-04T16:30:00Z"),
        ("2024-01-05T00:30:00.250+0800", "2024-01-04T16:30:00Z"),
        ("1969-12-31T23:00:00-01:00", "1970-01-01T00:00:00Z"),
    ])
    func parsing(text: String, utc: String) {
        #expect(Instant(iso8601: text)?.description == utc)
    }

    @Test("refused instants: no offset, a day that does not exist, trailing text, an offset beyond ±14:00", arguments: [
        "2024-01-04T23:30:00", "2024-01-04", "2024-01-04 23:30:00+07:00", "2024-02-30T10:00:00Z",
        "2024-01-04T24:00:00Z", "2024-01-04T23:30:00+7", "yesterday", "2026-11-25T09:00:00+99:00",
        "2026-11-25T09:00:00+07:00x", "2026-02-30T09:00:00+07:00",
    ])
    func refused(text: String) {
        #expect(Instant(iso8601: text) == nil)
    }

    @Test("a bare date argument is the start of that day in the zone")
    func bareDate() throws {
        let instant = try Instant.argument("2026-11-25", zone: .wita, source: "--now")
        #expect(instant.iso8601(in: .wita) == "2026-11-25T00:00:00+08:00")
    }

    @Test("a date that does not exist is refused, naming the source", arguments: ["2026-02-30", "2026-2-3", "25-11-2026"])
    func refusedDate(text: String) {
        let error = #expect(throws: TimeError.self) { try CivilDate.argument(text, source: "--ditetapkan") }
        #expect(error?.message(.id).contains("--ditetapkan") == true)
        #expect(error?.message(.en).contains("not a valid date") == true)
    }

    @Test("--now wins over PATUH_NOW, which wins over the system clock")
    func clockResolution() throws {
        let environment = ["PATUH_NOW": "2026-01-02T03:04:05Z"]
        let fromArgument = try Clock.resolve(argument: "2026-11-25T09:00:00+07:00", environment: environment)
        #expect(fromArgument.now().description == "2026-11-25T02:00:00Z")
        let fromEnvironment = try Clock.resolve(argument: nil, environment: environment)
        #expect(fromEnvironment.now().description == "2026-01-02T03:04:05Z")
        let bad = #expect(throws: TimeError.self) { try Clock.resolve(argument: nil, environment: ["PATUH_NOW": "2026-02-30"]) }
        #expect(bad?.source == "PATUH_NOW")
    }

    @Test("floor to the day before 1970 and across zones")
    func floorToDay() throws {
        let instant = try #require(Instant(iso8601: "1969-12-31T23:30:00Z"))
        #expect(IndonesianZone.wib.civilDate(of: instant).description == "1970-01-01")
        #expect(instant.iso8601(in: .wit) == "1970-01-01T08:30:00+09:00")
    }
}
