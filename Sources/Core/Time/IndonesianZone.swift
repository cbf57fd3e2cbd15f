/// The three Indonesian time zones. None observes daylight saving time.
///
/// A deadline in hari kerja ends at the end of the working day in the receiving office's zone,
/// and an instant late in the evening WIB is already the next day in WITA and WIT.
public enum IndonesianZone: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waktu Indonesia Barat, UTC+7 (Sumatra, Java, West and Central Kalimantan).
    case wib = "WIB"
    /// Waktu Indonesia Tengah, UTC+8 (Bali, Nusa Tenggara, Sulawesi, East, North and South Kalimantan).
    case wita = "WITA"
    /// Waktu Indonesia Timur, UTC+9 (Maluku, Papua).
    case wit = "WIT"

    /// The offset from UTC in seconds.
    public var offsetSeconds: Int64 {
        switch self {
        case .wib: 7 * 3600
        case .wita: 8 * 3600
        case .wit: 9 * 3600
        }
    }

    /// The offset as ISO 8601 writes it: `+07:00`.
    public var isoOffset: String {
        "+0\(offsetSeconds / 3600):00"
    }

    /// Finds a zone by its abbreviation, ignoring case.
    public init?(name: String) {
        self.init(rawValue: name.uppercased())
    }
}

