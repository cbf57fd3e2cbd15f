/// A day of the week, numbered as ISO 8601 does: Monday (Senin) is 1, Sunday (Minggu) is 7.
public enum Weekday: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case senin = 1, selasa, rabu, kamis, jumat, sabtu, minggu

    /// The Indonesian name: `Senin` ... `Minggu`.
    public var name: String {
        switch self {
        case .senin: "Senin"
        case .selasa: "Selasa"
        case .rabu: "Rabu"
        case .kamis: "Kamis"
        case .jumat: "Jumat"
        case .sabtu: "Sabtu"
        case .minggu: "Minggu"
        }
    }

    /// The English name: `Monday` ... `Sunday`.
    public var englishName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][rawValue - 1]
    }

    /// Finds a weekday by its Indonesian or English name or their first three letters,
    /// ignoring case: `sabtu`, `Sab`, `saturday`, `sat`.
    public init?(name: String) {
        let wanted = name.lowercased()
        let found = Weekday.allCases.first { day in
            [day.name.lowercased(), day.englishName.lowercased()].contains { $0 == wanted || (wanted.count == 3 && $0.hasPrefix(wanted)) }
        }
        guard let found else { return nil }
        self = found
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
