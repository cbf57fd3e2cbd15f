import Catalog
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
    public var description: String { text(.id) }

    /// The reason in `language`, from the message catalog; holiday names stay as decreed.
    public func text(_ language: Language) -> String {
        let words = Messages(language)
        return switch self {
        case .outsideWorkingWeek(let weekday): words.text("harikerja.reason.weekday", ["day": weekday.name(language)])
        case .liburNasional(let name): words.text("harikerja.reason.liburNasional", ["name": name])
        case .cutiBersama(let name): words.text("harikerja.reason.cutiBersama", ["name": name])
        case .extra(let name): words.text("harikerja.reason.extra", ["name": name])
        }
    }
}

extension Weekday {
    /// The weekday's name in `language`: `Sabtu` or `Saturday`.
    public func name(_ language: Language) -> String {
        language == .en ? englishName : name
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
    public var reasonText: String { reasonText(.id) }

    /// The reasons joined, in `language`.
    public func reasonText(_ language: Language) -> String {
        reasons.map { $0.text(language) }.joined(separator: "; ")
    }

    /// `2024-01-11 (Kamis): hari kerja` or `2024-02-14 (Rabu): bukan hari kerja (libur nasional: ...)`.
    public var description: String { text(.id) }

    /// The status in a line, in `language`.
    public func text(_ language: Language) -> String {
        let words = Messages(language)
        let values = ["date": date.description, "day": date.weekday.name(language)]
        if isWorkingDay {
            guard !cutiBersamaCountedAsWorking.isEmpty else { return words.text("harikerja.day.working", values) }
            return words.text("harikerja.day.workingCuti", values.merging(
                ["names": cutiBersamaCountedAsWorking.joined(separator: "; ")]) { $1 })
        }
        return words.text("harikerja.day.notWorking", values.merging(["reasons": reasonText(language)]) { $1 })
    }
}
