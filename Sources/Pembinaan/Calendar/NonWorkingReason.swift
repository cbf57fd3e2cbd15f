public import Catalog
public import Core

/// Why a date is not a working day. A date can have several reasons (a holiday on a Sunday).
public enum NonWorkingReason: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The weekday is outside the working week (Saturday and Sunday by default).
    case outsideWorkingWeek(Weekday)
    /// A libur nasional, with its decreed name.
    case liburNasional(String)
    /// A cuti bersama day, with its decreed name, counted as non-working.
    case cutiBersama(String)
    /// An extra non-working day given for the receiving office (a regional holiday, a one-off Keppres).
    case extra(String)

    /// The reason in Indonesian, e.g. `libur nasional: Hari Suci Nyepi` or `hari Sabtu`.
    public var description: String {
        switch self {
        case .outsideWorkingWeek(let weekday): "hari \(weekday.name)"
        case .liburNasional(let name): "libur nasional: \(name)"
        case .cutiBersama(let name): "cuti bersama: \(name)"
        case .extra(let name): "hari libur tambahan: \(name)"
        }
    }
}

/// What a calendar says about one date: working or not, and why.
public struct DayStatus: Sendable, Hashable, Codable, CustomStringConvertible {
    public var date: CivilDate
    /// Every reason the date is not a working day; empty on a working day.
    public var reasons: [NonWorkingReason]
    /// Cuti bersama days on this date that were counted as working (``CutiBersamaRule/kerja``).
    public var cutiBersamaCountedAsWorking: [String]

    public init(date: CivilDate, reasons: [NonWorkingReason], cutiBersamaCountedAsWorking: [String] = []) {
        self.date = date
        self.reasons = reasons
        self.cutiBersamaCountedAsWorking = cutiBersamaCountedAsWorking
    }

    /// Whether the date is a working day.
    public var isWorkingDay: Bool { reasons.isEmpty }

    /// The reasons joined: `hari Minggu; libur nasional: Kebangkitan Yesus Kristus`.
    public var reasonText: String {
        reasons.map(\.description).joined(separator: "; ")
    }

    /// `2024-01-11 (Kamis): hari kerja` or `2024-02-14 (Rabu): bukan hari kerja (libur nasional: ...)`.
    public var description: String {
        let head = "\(date) (\(date.weekday.name))"
        if isWorkingDay {
            let note = cutiBersamaCountedAsWorking.isEmpty ? ""
                : " (cuti bersama dihitung hari kerja: " + cutiBersamaCountedAsWorking.joined(separator: "; ") + ")"
            return head + ": hari kerja" + note
        }
        return head + ": bukan hari kerja (" + reasonText + ")"
    }
}
