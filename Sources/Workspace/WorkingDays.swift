import Catalog
public import Core
public import Pembinaan

/// How to count hari kerja: where the holidays are and the receiving office's settings.
public struct WorkingDaySettings: Sendable, Hashable {
    /// The holiday calendar folder (one `YYYY.xml` per year).
    public var directory: String
    public var cutiBersama: CutiBersamaRule
    public var workingWeek: Set<Weekday>
    /// One-off or regional non-working days of the receiving office, with their names.
    public var extraNonWorkingDays: [CivilDate: String]

    public init(directory: String, cutiBersama: CutiBersamaRule = .libur,
                workingWeek: Set<Weekday> = WorkingCalendar.mondayToFriday, extraNonWorkingDays: [CivilDate: String] = [:]) {
        self.directory = directory
        self.cutiBersama = cutiBersama
        self.workingWeek = workingWeek
        self.extraNonWorkingDays = extraNonWorkingDays
    }
}

/// What a calendar says about one date, and the calendar version that says it.
public struct WorkingDayCheck: Sendable, Hashable {
    public var status: DayStatus
    public var cutiBersama: CutiBersamaRule
    /// The data version of the calendar file, e.g. `2024.1`.
    public var calendarVersion: String
}

/// The hari kerja use cases (`patuh harikerja`): a deadline of N working days after a receipt,
/// and whether a date is a working day. They need no workspace, only a holiday calendar.
public enum WorkingDays {
    /// The calendar `settings` describe.
    /// - Throws: `invalidInput` with every diagnostic when the calendar files cannot be used.
    public static func calendar(_ settings: WorkingDaySettings) throws(WorkspaceError) -> WorkingCalendar {
        let holidays: HolidayCalendar
        do {
            holidays = try HolidayCalendarLoader.load(directory: settings.directory)
        } catch {
            throw WorkspaceError(.invalidInput, "workspace.calendar.invalid", ["path": settings.directory],
                                 diagnostics: error.diagnostics)
        }
        return try counted { () throws(PembinaanError) in
            try WorkingCalendar(holidays: holidays, cutiBersama: settings.cutiBersama, workingWeek: settings.workingWeek,
                                extraNonWorkingDays: settings.extraNonWorkingDays)
        }
    }

    /// The deadline of `workingDays` hari kerja after a notice received on `receipt`, with its
    /// day-by-day trace.
    /// - Throws: `invalidInput` for a period below 1 or a day the calendar does not cover.
    public static func deadline(receivedOn receipt: CivilDate, workingDays: Int, convention: DeadlineConvention = .a,
                                settings: WorkingDaySettings) throws(WorkspaceError) -> Deadline {
        let calendar = try calendar(settings)
        return try counted { () throws(PembinaanError) in try calendar.deadline(receivedOn: receipt, workingDays: workingDays, convention: convention) }
    }

    /// Whether `date` is a working day, and every reason it is not.
    /// - Throws: `invalidInput` for a date the calendar does not cover.
    public static func check(_ date: CivilDate, settings: WorkingDaySettings) throws(WorkspaceError) -> WorkingDayCheck {
        let calendar = try calendar(settings)
        let status = try counted { () throws(PembinaanError) in try calendar.status(of: date) }
        let version = try counted { () throws(PembinaanError) in try calendar.calendarVersion(from: date, through: date) }
        return WorkingDayCheck(status: status, cutiBersama: calendar.cutiBersama, calendarVersion: version)
    }

    /// Runs a calendar computation, its input errors becoming `invalidInput` in either language.
    static func counted<T>(_ body: () throws(PembinaanError) -> T) throws(WorkspaceError) -> T {
        do {
            return try body()
        } catch {
            throw WorkspaceError(.invalidInput) { language in
                Messages(language).text("harikerja.failure", ["detail": error.message(language)])
            }
        }
    }
}
