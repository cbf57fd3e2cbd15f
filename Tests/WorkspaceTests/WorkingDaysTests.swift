import Catalog
import Core
import Pembinaan
import Testing
import Workspace

/// `patuh harikerja` as use cases: a deadline and a day check on the bundled calendar.
@Suite struct WorkingDaysTests {
    static let settings = WorkingDaySettings(directory: ClockedWorkspace.packageRoot + "/Standards/kalender")

    @Test func theWorkedExample() throws {
        let deadline = try WorkingDays.deadline(receivedOn: CivilDate(iso: "2025-03-21")!, workingDays: 5, settings: Self.settings)
        #expect(deadline.date == CivilDate(iso: "2025-04-08"))
        var kerja = Self.settings
        kerja.cutiBersama = .kerja
        #expect(try WorkingDays.deadline(receivedOn: CivilDate(iso: "2025-03-21")!, workingDays: 5, settings: kerja).date
                == CivilDate(iso: "2025-03-28"))
    }

    @Test func aDayCheck() throws {
        let check = try WorkingDays.check(CivilDate(iso: "2024-02-14")!, settings: Self.settings)
        #expect(!check.status.isWorkingDay && check.calendarVersion == "2024.1")
    }

    @Test func errorsAreInvalidInputInBothLanguages() throws {
        let outside = #expect(throws: WorkspaceError.self) {
            try WorkingDays.check(CivilDate(iso: "2030-01-01")!, settings: Self.settings)
        }
        #expect(outside?.kind == .invalidInput)
        #expect(outside?.lines(.en).first?.hasPrefix("patuh: no holiday calendar for 2030") == true)
        #expect(outside?.lines(.id).first?.hasPrefix("patuh: tidak ada kalender hari libur untuk 2030") == true)
        let short = #expect(throws: WorkspaceError.self) {
            try WorkingDays.deadline(receivedOn: CivilDate(iso: "2024-01-04")!, workingDays: 0, settings: Self.settings)
        }
        #expect(short?.lines(.en) == ["patuh: a period must be at least 1 hari kerja; got 0"])
        let missing = #expect(throws: WorkspaceError.self) {
            try WorkingDays.calendar(WorkingDaySettings(directory: "/nonexistent/kalender"))
        }
        #expect(missing?.kind == .invalidInput)
    }
}
