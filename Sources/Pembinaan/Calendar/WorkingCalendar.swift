public import Catalog
public import Core

/// The Indonesian working-day (hari kerja) calendar: which dates are working days and why not,
/// and deadlines of N hari kerja after a notice is received.
///
/// A working day is a day of the working week (Monday to Friday by default) that is not a
/// libur nasional, not an extra non-working day of the receiving office, and (by default) not
/// a cuti bersama day. The holidays come from the decreed calendar (``HolidayCalendar``); a date
/// in a year that calendar does not cover is refused with ``PembinaanError/Code/notCovered``,
/// never treated as holiday-free.
///
/// The calendar is a pure value: the same inputs always give the same answers.
///
/// ## Topics
/// - ``status(of:)``
/// - ``isWorkingDay(_:)``
/// - ``deadline(receivedOn:workingDays:convention:)``
/// - ``workingDays(after:through:)``
public struct WorkingCalendar: Sendable, Hashable {
    /// Monday to Friday: the default working week.
    public static let mondayToFriday: Set<Weekday> = [.senin, .selasa, .rabu, .kamis, .jumat]

    /// The decreed national holidays and cuti bersama days.
    public var holidays: HolidayCalendar
    /// Whether cuti bersama days are working days.
    public var cutiBersama: CutiBersamaRule
    /// The weekdays that are working days unless a holiday falls on them.
    public private(set) var workingWeek: Set<Weekday>
    /// One-off or regional non-working days of the receiving office, with their names.
    public var extraNonWorkingDays: [CivilDate: String]

    /// A calendar over `holidays`.
    /// - Throws: ``PembinaanError/Code/invalidArgument`` when the working week is empty.
    public init(holidays: HolidayCalendar, cutiBersama: CutiBersamaRule = .libur,
                workingWeek: Set<Weekday> = WorkingCalendar.mondayToFriday,
                extraNonWorkingDays: [CivilDate: String] = [:]) throws(PembinaanError) {
        guard !workingWeek.isEmpty else {
            throw PembinaanError(code: .invalidArgument, detail: .emptyWorkingWeek)
        }
        self.holidays = holidays
        self.cutiBersama = cutiBersama
        self.workingWeek = workingWeek
        self.extraNonWorkingDays = extraNonWorkingDays
    }

    // MARK: - One day

    /// Whether `date` is a working day, and every reason it is not.
    /// - Throws: ``PembinaanError/Code/notCovered`` for a year without a calendar file.
    public func status(of date: CivilDate) throws(PembinaanError) -> DayStatus {
        let decreed: [Holiday]
        do {
            decreed = try holidays.holidays(on: date)
        } catch {
            throw notCovered(year: date.year, date: date)
        }
        var reasons: [NonWorkingReason] = []
        var countedCuti: [String] = []
        if !workingWeek.contains(date.weekday) {
            reasons.append(.outsideWorkingWeek(date.weekday))
        }
        for holiday in decreed {
            switch (holiday.kind, cutiBersama) {
            case (.liburNasional, _): reasons.append(.liburNasional(holiday.name))
            case (.cutiBersama, .libur): reasons.append(.cutiBersama(holiday.name))
            case (.cutiBersama, .kerja): countedCuti.append(holiday.name)
            }
        }
        if let extra = extraNonWorkingDays[date] {
            reasons.append(.extra(extra))
        }
        let countedNote = reasons.isEmpty ? countedCuti : []
        return DayStatus(date: date, reasons: reasons, cutiBersamaCountedAsWorking: countedNote)
    }

    /// Whether `date` is a working day.
    public func isWorkingDay(_ date: CivilDate) throws(PembinaanError) -> Bool {
        try status(of: date).isWorkingDay
    }

    /// The first working day on or after `date`.
    public func firstWorkingDay(onOrAfter date: CivilDate) throws(PembinaanError) -> CivilDate {
        var day = date
        while try !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    // MARK: - Periods

    /// The number of working days `d` with `start < d <= end`: the count that makes `end` the
    /// deadline of that many hari kerja after a receipt on `start` (convention A). Negative
    /// when `end` is before `start`.
    public func workingDays(after start: CivilDate, through end: CivilDate) throws(PembinaanError) -> Int {
        if end < start { return -(try workingDays(after: end, through: start)) }
        _ = try status(of: start)
        var count = 0
        var day = start
        while day < end {
            day = day.adding(days: 1)
            if try isWorkingDay(day) { count += 1 }
        }
        return count
    }

    /// The data versions of the calendar files covering `start` through `end`, joined by `+`:
    /// `2024.1`, or `2024.1+2025.1` when the period crosses a year.
    public func calendarVersion(from start: CivilDate, through end: CivilDate) throws(PembinaanError) -> String {
        var versions: [String] = []
        for year in min(start.year, end.year)...max(start.year, end.year) {
            do {
                versions.append(try holidays.version(of: year))
            } catch {
                throw notCovered(year: year, date: nil)
            }
        }
        return versions.joined(separator: "+")
    }

    /// The error for a year no calendar file covers.
    func notCovered(year: Int, date: CivilDate?) -> PembinaanError {
        PembinaanError(code: .notCovered, detail: .notCovered(year: year, date: date, folder: holidays.directory,
                                                              coverage: holidays.coverageDescription), date: date)
    }
}
