import Foundation

/// A point in time, to the second: seconds since 1970-01-01T00:00:00Z.
///
/// Patuh never reads the machine's clock or zone inside its core: an instant comes in from the
/// command line (`--now`, `--diterima-pada`) as ISO 8601 text with an explicit offset, and is
/// shown back in an Indonesian zone.
///
/// ## Topics
/// - ``init(iso8601:)``
/// - ``iso8601(in:)``
public struct Instant: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// Parses `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z`, `±HH:MM` or `±HHMM`, strictly:
    /// a day that does not exist (2026-02-30), trailing text, or an offset beyond ±14:00 is
    /// `nil`. Fractions of a second are dropped. A time without an offset is refused: it would
    /// depend on a zone nobody named. This is Patuh's one ISO 8601 parser.
    public init?(iso8601 text: String) {
        guard let parsed = Instant.parse(Array(text.utf8)) else { return nil }
        self = parsed
    }

    /// The instant of a Foundation date, to the second (rounded down).
    public init(_ date: Date) {
        self.init(secondsSinceEpoch: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// The Foundation date of this instant.
    public var date: Date {
        Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch))
    }

    /// The instant `seconds` later (earlier when negative).
    public func adding(seconds: Int64) -> Instant {
        Instant(secondsSinceEpoch: secondsSinceEpoch + seconds)
    }

    /// Splits the instant, shifted `offset` seconds east of UTC, into a day number and the
    /// seconds into that day: the one copy of the floor-to-day arithmetic.
    func split(offset: Int64) -> (day: Int, seconds: Int) {
        let local = secondsSinceEpoch + offset
        let days = local >= 0 ? local / 86_400 : -((-local + 86_399) / 86_400)
        return (Int(days), Int(local - days * 86_400))
    }

    /// The instant as ISO 8601 in `zone`, e.g. `2024-01-11T23:59:59+07:00`.
    public func iso8601(in zone: IndonesianZone) -> String {
        let (days, seconds) = split(offset: zone.offsetSeconds)
        let date = CivilDate(dayNumber: days)
        return "\(date)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))\(zone.isoOffset)"
    }

    /// ISO 8601 in UTC, e.g. `2024-01-11T16:59:59Z`.
    public var description: String {
        let (days, seconds) = split(offset: 0)
        return "\(CivilDate(dayNumber: days))T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    // MARK: - Codable as ISO 8601 text

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let instant = Instant(iso8601: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an ISO 8601 instant")
        }
        self = instant
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    // MARK: - Parsing

    private static func parse(_ bytes: [UInt8]) -> Instant? {
        guard bytes.count >= 17, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
              let date = CivilDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
              bytes[13] == UInt8(ascii: ":"),
              let hour = number(bytes[11..<13]), let minute = number(bytes[14..<16]),
              hour < 24, minute < 60 else { return nil }
        var index = 16
        var second = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard bytes.count >= index + 3, let value = number(bytes[(index + 1)..<(index + 3)]), value < 60 else { return nil }
            second = value
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
                index += 1
                let start = index
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                guard index > start else { return nil }
            }
        }
        guard let offset = parseOffset(bytes[index...]) else { return nil }
        let local = Int64(date.dayNumber) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return Instant(secondsSinceEpoch: local - offset)
    }

    private static func parseOffset(_ rest: ArraySlice<UInt8>) -> Int64? {
        let text = Array(rest)
        if text == [UInt8(ascii: "Z")] || text == [UInt8(ascii: "z")] { return 0 }
        guard let sign = text.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        let digits: ArraySlice<UInt8>
        if text.count == 6, text[3] == UInt8(ascii: ":") {
            digits = ArraySlice(text[1..<3] + text[4..<6])
        } else if text.count == 5 {
            digits = text[1..<5]
        } else {
            return nil
        }
        guard let hours = number(digits.prefix(2)), let minutes = number(digits.suffix(2)),
              hours <= 14, minutes < 60 else { return nil }
        let seconds = Int64(hours * 3600 + minutes * 60)
        return sign == UInt8(ascii: "-") ? -seconds : seconds
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in digits {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return digits.isEmpty ? nil : value
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

private func two(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
}

