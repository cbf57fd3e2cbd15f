import Catalog
import Core
import Foundation
import Testing
import XMLSupport

@Suite("Holiday calendar loading")
struct HolidayCalendarLoaderTests {
    @Test func bundledCalendarCoversEveryYear2020To2027() throws {
        let calendar = try HolidayCalendarLoader.load(directory: CalendarFixtures.calendarDirectory)
        #expect(calendar.years.map(\.year) == Array(2020...2027))
        #expect(calendar.coverageDescription == "2020–2027")
        #expect(calendar.years.map(\.holidays.count) == [22, 17, 20, 27, 29, 28, 25, 26])
        for year in calendar.years {
            #expect(year.version == "\(year.year).1")
            #expect(year.legalBasis.first?.contains("Hari Libur Nasional dan Cuti Bersama Tahun \(year.year)") == true)
        }
    }

    @Test func bundledCalendarMatchesTheCSVRowForRow() throws {
        let calendar = try HolidayCalendarLoader.load(directory: CalendarFixtures.calendarDirectory)
        let csv = try String(contentsOfFile: CalendarFixtures.packageRoot + "/Tests/Fixtures/libur-nasional-2020-2027.csv", encoding: .utf8)
        let rows = csv.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",", maxSplits: 2).map(String.init) }
        let fromCSV = Set(rows.map { "\($0[0]) \($0[1].replacingOccurrences(of: "_", with: "-"))" })
        let fromXML = Set(calendar.years.flatMap(\.holidays).map { "\($0.date) \($0.kind.rawValue)" })
        #expect(fromCSV == fromXML)
        #expect(rows.count == calendar.years.flatMap(\.holidays).count)
    }

    @Test func twoHolidaysOnOneDate() throws {
        let calendar = try HolidayCalendarLoader.load(directory: CalendarFixtures.calendarDirectory)
        let names = try calendar.holidays(on: #require(CivilDate(iso: "2021-05-13"))).map(\.name)
        #expect(names == ["Hari Raya Idul Fitri", "Kenaikan Yesus Kristus"])
    }

    @Test("a year without a file is refused, never holiday-free", arguments: ["2019-12-31", "2028-01-03", "2031-06-01"])
    func uncoveredYear(text: String) throws {
        let calendar = try HolidayCalendarLoader.load(directory: CalendarFixtures.calendarDirectory)
        let date = try #require(CivilDate(iso: text))
        let error = #expect(throws: CatalogError.self) { try calendar.holidays(on: date) }
        #expect(error?.code == .notCovered)
        #expect(error?.summary.contains("no holiday calendar for \(date.year)") == true)
        #expect(error?.summary.contains("2020–2027") == true)
    }

    @Test func gapsInCoverageAreNamed() throws {
        let folder = try CalendarFixtures.scratchCalendar([
            "2024.xml": CalendarFixtures.yearFile("2024", days: []),
            "2026.xml": CalendarFixtures.yearFile("2026", days: []),
        ])
        let calendar = try HolidayCalendarLoader.load(directory: folder, schemaPath: CalendarFixtures.schemaPath)
        #expect(calendar.coverageDescription == "2024, 2026")
        #expect(throws: CatalogError.self) { try calendar.holidays(on: #require(CivilDate(iso: "2025-05-05"))) }
    }

    @Test func schemaViolationsAreLocated() throws {
        let folder = try CalendarFixtures.scratchCalendar([
            "2024.xml": CalendarFixtures.yearFile("2024", days: [
                #"<hari tanggal="2024-02-30" jenis="libur-nasional">Hari Palsu</hari>"#,
                #"<hari tanggal="2024-03-01" jenis="libur">Jenis Salah</hari>"#,
            ]),
        ])
        let error = #expect(throws: CatalogError.self) {
            try HolidayCalendarLoader.load(directory: folder, schemaPath: CalendarFixtures.schemaPath)
        }
        #expect(error?.code == .invalid)
        #expect(error?.diagnostics.map(\.line).sorted() == [4, 5])
        #expect(error?.diagnostics.allSatisfy { $0.file.hasSuffix("/2024.xml") } == true)
    }

    @Test func consistencyProblemsAreAllReported() throws {
        let folder = try CalendarFixtures.scratchCalendar([
            "2024.xml": CalendarFixtures.yearFile("2025", days: [
                #"<hari tanggal="2024-05-01" jenis="libur-nasional">Hari Buruh</hari>"#,
                #"<hari tanggal="2025-05-01" jenis="libur-nasional">Hari Buruh</hari>"#,
                #"<hari tanggal="2025-05-01" jenis="libur-nasional">Hari Buruh</hari>"#,
            ]),
            "2026.xml": CalendarFixtures.yearFile("2026", version: "2025.2", days: []),
        ])
        let error = #expect(throws: CatalogError.self) {
            try HolidayCalendarLoader.load(directory: folder, schemaPath: CalendarFixtures.schemaPath)
        }
        #expect(error?.code == .inconsistent)
        let messages = error?.diagnostics.map(\.message) ?? []
        #expect(messages.contains { $0.contains("named '2024.xml' but covers tahun=\"2025\"") })
        #expect(messages.contains { $0.contains("2024-05-01 lies outside tahun=\"2025\"") })
        #expect(messages.contains { $0.contains("given twice; first at line 5") })
        #expect(messages.contains { $0.contains("versi=\"2025.2\" must start with the year") })
        #expect(error?.diagnostics.first { $0.message.contains("given twice") }?.line == 6)
    }

    @Test func missingFolderAndEmptyFolder() throws {
        let missing = #expect(throws: CatalogError.self) {
            try HolidayCalendarLoader.load(directory: "/nonexistent/kalender", schemaPath: CalendarFixtures.schemaPath)
        }
        #expect(missing?.code == .unreadable)
        let empty = try CalendarFixtures.scratchCalendar([:])
        let none = #expect(throws: CatalogError.self) {
            try HolidayCalendarLoader.load(directory: empty, schemaPath: CalendarFixtures.schemaPath)
        }
        #expect(none?.summary.contains("no YYYY.xml") == true)
    }

    @Test("the schema sits next to the calendar folder", arguments: [
        ("Standards/kalender", "Standards/schema/kalender.xsd"),
        ("Standards/kalender/", "Standards/schema/kalender.xsd"),
        ("/srv/Standards/kalender", "/srv/Standards/schema/kalender.xsd"),
        ("kalender", "./schema/kalender.xsd"),
    ])
    func defaultSchemaPath(directory: String, expected: String) {
        #expect(HolidayCalendarLoader.defaultSchemaPath(for: directory) == expected)
    }
}
