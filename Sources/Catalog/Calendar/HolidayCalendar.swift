import Core
import XMLSupport

/// The national holidays and cuti bersama days of every year Patuh has a calendar file for.
///
/// A calendar knows which years it **covers**. Asking about a date in any other year is an
/// error (``CatalogError/Code/notCovered``), never an answer of "no holiday": an unknown
/// year must not silently look holiday-free.
///
/// ## Topics
/// - ``covers(_:)``
/// - ``holidays(on:)``
/// - ``version(of:)``
public struct HolidayCalendar: Sendable, Hashable, Codable {
    /// The covered years in ascending order.
    public private(set) var years: [HolidayYear]
    /// The folder the calendar was loaded from (named in errors).
    public var directory: String
    private var byDate: [CivilDate: [Holiday]]

    /// A calendar of these years. Two entries for the same year: the later one wins.
    public init(years: [HolidayYear], directory: String = "") {
        var unique: [Int: HolidayYear] = [:]
        for year in years { unique[year.year] = year }
        self.years = unique.values.sorted { $0.year < $1.year }
        self.directory = directory
        byDate = Dictionary(grouping: self.years.flatMap(\.holidays), by: \.date)
    }

    /// Whether a calendar file for `year` was loaded.
    public func covers(_ year: Int) -> Bool {
        years.contains { $0.year == year }
    }

    /// The covered years, e.g. `2020–2027`, or `2020, 2022` when there are gaps.
    public var coverageDescription: String {
        let numbers = years.map(\.year)
        guard let first = numbers.first, let last = numbers.last else { return "no year" }
        if numbers.count == last - first + 1 { return first == last ? "\(first)" : "\(first)–\(last)" }
        return numbers.map(String.init).joined(separator: ", ")
    }

    /// The decreed days falling on `date` (usually none, sometimes two).
    /// - Throws: ``CatalogError`` with code ``CatalogError/Code/notCovered`` when no file covers the year.
    public func holidays(on date: CivilDate) throws(CatalogError) -> [Holiday] {
        try requireCoverage(of: date)
        return byDate[date] ?? []
    }

    /// The data version of the file covering `year`, e.g. `2025.1`.
    public func version(of year: Int) throws(CatalogError) -> String {
        guard let entry = years.first(where: { $0.year == year }) else {
            throw notCoveredError(year: year, subject: "the year \(year)")
        }
        return entry.version
    }

    /// Throws ``CatalogError/Code/notCovered`` unless the year of `date` has a calendar file.
    public func requireCoverage(of date: CivilDate) throws(CatalogError) {
        guard covers(date.year) else { throw notCoveredError(year: date.year, subject: "the date \(date)") }
    }

    private func notCoveredError(year: Int, subject: String) -> CatalogError {
        let folder = directory.isEmpty ? "the holiday calendar" : directory
        let message = "no holiday calendar for \(year): \(subject) cannot be counted, because \(folder) covers "
            + "\(coverageDescription) only; add \(year).xml from the SKB 3 Menteri on hari libur nasional "
            + "and cuti bersama for \(year) (an unknown year is never treated as holiday-free)"
        return CatalogError(code: .notCovered, diagnostics: [XMLDiagnostic(file: folder, message: message)])
    }
}

extension ErrorCode where Domain == CatalogError {
    /// A date falls in a year that no holiday calendar file covers.
    public static var notCovered: Self { Self("not-covered") }
}

extension CatalogError {
    /// The messages of every diagnostic, without their locations, joined by `; `.
    public var summary: String {
        diagnostics.map(\.message).joined(separator: "; ")
    }
}
