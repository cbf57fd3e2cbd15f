import Foundation

/// A calendar day (`2026-11-25`) in the LPSE's zone, without a time.
///
/// Arithmetic is on day numbers (days since 1970-01-01), proleptic Gregorian, so it never
/// depends on the machine's time zone or calendar settings.
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, refusing days that do not exist (`2026-02-30`).
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        guard (1...12).contains(month), day >= 1, CivilDate(dayNumber: date.dayNumber) == date else { return nil }
        self = date
    }

    /// The day containing `instant` in a zone `offsetSeconds` east of UTC.
    public init(instant: Date, offsetSeconds: Int) {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        self.init(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
    }

    /// The day `dayNumber` days after 1970-01-01 (Howard Hinnant's civil_from_days).
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Days since 1970-01-01 (days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// 31 December of this date's year.
    public var endOfYear: CivilDate { CivilDate(year: year, month: 12, day: 31) }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The document date a file name carries: the last `_YYYY-MM-DD` in it (the convention
    /// `<prefix>-<words>_<YYYY-MM-DD>[_vN].<ext>`), if it is a real day.
    public static func inFileName(_ name: String) -> CivilDate? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count >= 11 else { return nil }
        for start in stride(from: scalars.count - 11, through: 0, by: -1) where scalars[start] == "_" {
            let candidate = String(String.UnicodeScalarView(scalars[(start + 1)...(start + 10)]))
            if let date = CivilDate(iso: candidate) { return date }
        }
        return nil
    }
}
