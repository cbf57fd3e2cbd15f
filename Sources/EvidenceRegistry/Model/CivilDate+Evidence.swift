public import Catalog
public import Core

extension CivilDate {
    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// 31 December of this date's year.
    public var endOfYear: CivilDate { CivilDate(year: year, month: 12, day: 31) ?? self }

    /// The document date a file name carries: the last `_YYYY-MM-DD` in it (the convention
    /// `<prefix>-<words>_<YYYY-MM-DD>[_vN].<ext>`), if it is a real day.
    public static func inFileName(_ name: String) -> CivilDate? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count >= 11 else { return nil }
        for start in stride(from: scalars.count - 11, through: 0, by: -1) where scalars[start] == "_" {
            var candidate = String.UnicodeScalarView()
            candidate.append(contentsOf: scalars[(start + 1)...(start + 10)])
            if let date = CivilDate(iso: String(candidate)) { return date }
        }
        return nil
    }
}
