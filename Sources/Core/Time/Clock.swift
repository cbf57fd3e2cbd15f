import Foundation

/// Where "now" comes from: the system clock, or one fixed instant (`--now`, `PATUH_NOW`).
///
/// Every use case takes its current instant from a clock handed to it, so tests and
/// reproducible reports pin time at the edge, once.
public struct Clock: Sendable {
    private let read: @Sendable () -> Instant

    public init(_ read: @escaping @Sendable () -> Instant) {
        self.read = read
    }

    /// The machine's clock, to the second.
    public static let system = Clock { Instant(Date()) }

    /// A clock that always reads `instant`.
    public static func fixed(_ instant: Instant) -> Clock {
        Clock { instant }
    }

    /// The current instant.
    public func now() -> Instant {
        read()
    }
}

extension Clock {
    /// The clock a command runs on: `argument` (the `--now` value) if given, else the
    /// environment's `PATUH_NOW` if set and not empty, else the system clock.
    ///
    /// An instant is ISO 8601 with an offset; a bare date `YYYY-MM-DD` is the start of that day
    /// in `zone` (WIB unless the workspace says otherwise). Anything else fails with the source
    /// named (`--now` or `PATUH_NOW`), so a mistyped value is never replaced by the clock.
    public static func resolve(argument: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                               zone: IndonesianZone = .wib) throws(TimeError) -> Clock {
        if let argument {
            return .fixed(try Instant.argument(argument, zone: zone, source: "--now"))
        }
        if let value = environment["PATUH_NOW"], !value.isEmpty {
            return .fixed(try Instant.argument(value, zone: zone, source: "PATUH_NOW"))
        }
        return .system
    }
}

extension Instant {
    /// An instant written on a command line: ISO 8601 with an offset, or a bare date meaning the
    /// start of that day in `zone`. Strict: `2026-02-30`, `+99:00` and trailing text are refused.
    public static func argument(_ text: String, zone: IndonesianZone, source: String) throws(TimeError) -> Instant {
        if let instant = Instant(iso8601: text) { return instant }
        if let day = CivilDate(iso: text) { return zone.startOfDay(day) }
        throw TimeError(source: source, value: text, expected: .instant)
    }
}

extension CivilDate {
    /// A date written on a command line: exactly `YYYY-MM-DD` and a day that exists.
    public static func argument(_ text: String, source: String) throws(TimeError) -> CivilDate {
        guard let date = CivilDate(iso: text) else { throw TimeError(source: source, value: text, expected: .date) }
        return date
    }

    /// A document's date as people write it: `YYYY-MM-DD`, or the Indonesian order
    /// `DD-MM-YYYY` (also `DD/MM/YYYY`); a day that exists. Stored canonically as `YYYY-MM-DD`.
    public static func documentArgument(_ text: String, source: String) throws(TimeError) -> CivilDate {
        if let date = CivilDate(iso: text) { return date }
        let bytes = Array(text.utf8)
        if bytes.count == 10, bytes[2] == bytes[5], bytes[2] == UInt8(ascii: "-") || bytes[2] == UInt8(ascii: "/") {
            let swapped = String(decoding: bytes[6..<10], as: UTF8.self) + "-" + String(decoding: bytes[3..<5], as: UTF8.self)
                + "-" + String(decoding: bytes[0..<2], as: UTF8.self)
            if let date = CivilDate(iso: swapped) { return date }
        }
        throw TimeError(source: source, value: text, expected: .documentDate)
    }
}

/// A time or date argument that cannot be read. Its message comes from the message catalog.
public struct TimeError: Error, Sendable, Hashable {
    /// What was expected.
    public enum Expected: String, Sendable, Hashable {
        case instant, date
        /// `YYYY-MM-DD` or `DD-MM-YYYY`.
        case documentDate
    }

    /// The option or variable the value came from (`--now`, `PATUH_NOW`, `--ditetapkan`).
    public var source: String
    /// The value as given.
    public var value: String
    public var expected: Expected

    public init(source: String, value: String, expected: Expected) {
        self.source = source
        self.value = value
        self.expected = expected
    }

    /// The message in `language`.
    public func message(_ language: Language) -> String {
        let key = switch expected {
        case .instant: "time.instant.invalid"
        case .date: "time.date.invalid"
        case .documentDate: "time.documentDate.invalid"
        }
        return Messages(language).text(key, ["source": source, "value": value])
    }
}
