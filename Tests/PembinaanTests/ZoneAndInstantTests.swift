import Catalog
import Core
import Pembinaan
import Testing

@Suite("Zones and instants")
struct ZoneAndInstantTests {
    @Test("late evening WIB is the next day in WITA and WIT", arguments: [
        (IndonesianZone.wib, "2024-01-04"), (.wita, "2024-01-05"), (.wit, "2024-01-05"),
    ])
    func civilDates(zone: IndonesianZone, expected: String) throws {
        let instant = try #require(Instant(iso8601: "2024-01-04T23:30:00+07:00"))
        #expect(zone.civilDate(of: instant) == expected.date)
    }

    @Test func lateEveningWIBReceiptForAWITAOffice() throws {
        let calendar = try Fixtures.calendar()
        let instant = try #require(Instant(iso8601: "2024-01-04T23:30:00+07:00"))
        let inWIB = try calendar.deadline(receivedAt: instant, in: .wib, workingDays: 5)
        let inWITA = try calendar.deadline(receivedAt: instant, in: .wita, workingDays: 5)
        #expect(inWIB.receipt == "2024-01-04".date)
        #expect(inWIB.date == "2024-01-11".date)
        #expect(inWITA.receipt == "2024-01-05".date)
        #expect(inWITA.date == "2024-01-12".date)
        #expect(inWITA.endsAt(in: .wita).iso8601(in: .wita) == "2024-01-12T23:59:59+08:00")
    }

    @Test("end of the deadline day in each zone", arguments: [
        (IndonesianZone.wib, "2024-01-11T23:59:59+07:00", "2024-01-11T16:59:59Z"),
        (.wita, "2024-01-11T23:59:59+08:00", "2024-01-11T15:59:59Z"),
        (.wit, "2024-01-11T23:59:59+09:00", "2024-01-11T14:59:59Z"),
    ])
    func endOfDay(zone: IndonesianZone, local: String, utc: String) {
        let end = zone.endOfDay("2024-01-11".date)
        #expect(end.iso8601(in: zone) == local)
        #expect(end.description == utc)
        #expect(zone.civilDate(of: end) == "2024-01-11".date)
        #expect(zone.civilDate(of: Instant(secondsSinceEpoch: end.secondsSinceEpoch + 1)) == "2024-01-12".date)
    }

    @Test func zoneNames() {
        #expect(IndonesianZone(name: "wita") == .wita)
        #expect(IndonesianZone(name: "CET") == nil)
    }
}
