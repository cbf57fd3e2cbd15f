import ArgumentParser
import Foundation

/// `--now INSTANT`: the current instant, injected for tests and reproducible reports.
///
/// Without the option Patuh reads `PATUH_NOW`, then the system clock. An instant is ISO 8601
/// with a zone (`2026-11-25T09:00:00+07:00`, `2026-11-25T02:00:00Z`); a bare date
/// (`2026-11-25`) means the start of that day in UTC+7 (WIB).
struct NowOption: ParsableArguments {
    @Option(name: .customLong("now"),
            help: ArgumentHelp("The current instant (ISO 8601, e.g. 2026-11-25T09:00:00+07:00). Default: $PATUH_NOW, else the clock.",
                               valueName: "instant"))
    var value: String?

    /// The instant to use, or exit 2 naming the bad value.
    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date {
        if let value {
            guard let date = Self.parse(value) else {
                throw CommandFailure.invalidInput("patuh: --now '\(value)' is not an ISO 8601 instant (e.g. 2026-11-25T09:00:00+07:00) or date (2026-11-25)")
            }
            return date
        }
        if let value = environment["PATUH_NOW"], !value.isEmpty {
            guard let date = Self.parse(value) else {
                throw CommandFailure.invalidInput("patuh: PATUH_NOW '\(value)' is not an ISO 8601 instant or date")
            }
            return date
        }
        return Date()
    }

    /// Parses an ISO 8601 instant with a zone, or a bare date taken as 00:00 WIB.
    static func parse(_ text: String) -> Date? {
        let instant = ISO8601DateFormatter()
        instant.formatOptions = [.withInternetDateTime]
        if let date = instant.date(from: text) { return date }
        instant.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = instant.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        day.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        guard text.count == 10, let date = day.date(from: text) else { return nil }
        return date
    }
}
