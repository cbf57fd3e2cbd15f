/// The decreed holidays of one year, as one calendar file (`Standards/kalender/YYYY.xml`) gives them.
public struct HolidayYear: Sendable, Hashable, Codable {
    public var year: Int
    /// The data version, `YYYY.N`: raised whenever the file changes (an amended SKB, say).
    public var version: String
    /// The decrees the days come from: the SKB 3 Menteri for the year, its amendments, Keppres.
    public var legalBasis: [String]
    /// The days in date order; a date may appear twice when two holidays fall on it.
    public var holidays: [Holiday]
    /// The file the year was read from.
    public var file: String

    public init(year: Int, version: String, legalBasis: [String], holidays: [Holiday], file: String = "") {
        self.year = year
        self.version = version
        self.legalBasis = legalBasis
        self.holidays = holidays.sorted { $0.date < $1.date }
        self.file = file
    }
}
