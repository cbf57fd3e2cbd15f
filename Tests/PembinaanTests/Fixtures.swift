import Catalog
import Core
import Foundation
import Pembinaan

/// The bundled holiday calendar and helpers shared by the Pembinaan tests.
enum Fixtures {
    /// The package root: three levels above this file (Tests/PembinaanTests/Fixtures.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// `Standards/kalender`, loaded once.
    static let holidays: HolidayCalendar = {
        do {
            return try HolidayCalendarLoader.load(directory: packageRoot + "/Standards/kalender")
        } catch {
            fatalError("the bundled calendar must load: \(error)")
        }
    }()

    static func calendar(cutiBersama: CutiBersamaRule = .libur, week: Set<Weekday> = WorkingCalendar.mondayToFriday,
                         extra: [CivilDate: String] = [:]) throws -> WorkingCalendar {
        try WorkingCalendar(holidays: holidays, cutiBersama: cutiBersama, workingWeek: week, extraNonWorkingDays: extra)
    }
}

/// `"2024-01-04".date` for brevity in tests; a malformed literal is a test bug.
extension String {
    var date: CivilDate {
        guard let date = CivilDate(iso: self) else { fatalError("bad date literal \(self)") }
        return date
    }
}
