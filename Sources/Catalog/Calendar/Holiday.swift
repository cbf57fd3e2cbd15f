import Core

/// One decreed day off: a **libur nasional** (national holiday) or a **cuti bersama**
/// (collective leave day for civil servants, decreed alongside the holidays).
public struct Holiday: Sendable, Hashable, Codable {
    /// The two kinds of decreed day, spelled as in the calendar files.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A national holiday: never a working day.
        case liburNasional = "libur-nasional"
        /// A collective leave day: not a working day by default, but some procedures count it.
        case cutiBersama = "cuti-bersama"

        /// How the kind reads in a sentence: `libur nasional`, `cuti bersama`.
        public var label: String {
            switch self {
            case .liburNasional: "libur nasional"
            case .cutiBersama: "cuti bersama"
            }
        }
    }

    public var date: CivilDate
    public var kind: Kind
    /// The name as decreed, e.g. `Hari Raya Idul Fitri`.
    public var name: String
    /// Where the day is defined.
    public var source: SourceLocation

    public init(date: CivilDate, kind: Kind, name: String, source: SourceLocation = .unknown) {
        self.date = date
        self.kind = kind
        self.name = name
        self.source = source
    }
}
