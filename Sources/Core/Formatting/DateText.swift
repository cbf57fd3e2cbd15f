/// Dates and times as a document of each language writes them: `25 November 2026` and
/// `25 November 2026, 09.00 WIB` in Indonesian, `25 November 2026, 09:00 WIB` in English.
///
/// ## Topics
/// - ``date(_:_:)``
/// - ``dateTime(_:zone:_:)``
/// - ``date(iso:_:)``
/// - ``dateTime(iso:_:)``
public enum DateText {
    static let indonesianMonths = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                                   "September", "Oktober", "November", "Desember"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December"]

    /// `25 November 2026`.
    public static func date(_ date: CivilDate, _ language: Language) -> String {
        let months = language == .en ? englishMonths : indonesianMonths
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `25 November 2026, 09.00 WIB`: the instant's civil date and time in `zone`.
    public static func dateTime(_ instant: Instant, zone: IndonesianZone, _ language: Language) -> String {
        let day = zone.civilDate(of: instant)
        let seconds = instant.secondsSinceEpoch - zone.startOfDay(day).secondsSinceEpoch
        let minutes = Int(seconds / 60)
        let clock = pad(minutes / 60) + (language == .en ? ":" : ".") + pad(minutes % 60)
        return "\(date(day, language)), \(clock) \(zone.rawValue)"
    }

    /// A `YYYY-MM-DD` text in words, or the text itself when it is not a date.
    public static func date(iso text: String, _ language: Language) -> String {
        guard let day = CivilDate(iso: String(text.prefix(10))), text.count == 10 else { return text }
        return date(day, language)
    }

    /// An ISO 8601 date-time with offset in words, in the zone of its own offset (WIB, WITA or
    /// WIT), or the text itself when it cannot be read.
    public static func dateTime(iso text: String, _ language: Language) -> String {
        if text.count == 10 { return date(iso: text, language) }
        guard text.count >= 25,
              let zone = IndonesianZone.allCases.first(where: { text.hasSuffix($0.isoOffset) }),
              let day = CivilDate(iso: String(text.prefix(10))) else { return text }
        let clock = Array(text)[11..<16].map { $0 == ":" && language != .en ? "." : $0 }
        let time = String(clock)
        return "\(date(day, language)), \(time) \(zone.rawValue)"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
