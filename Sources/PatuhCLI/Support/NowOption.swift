import ArgumentParser
import Core
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

    /// The clock of this command: `--now`, else `PATUH_NOW`, else the system clock; exit 2 naming
    /// the bad value when one is given but is not an instant (or a date, taken as 00:00 WIB).
    func clock(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Clock {
        do {
            return try Clock.resolve(argument: value, environment: environment)
        } catch {
            throw LocalizedFailure(status: ExitStatus.invalidInput) { [error] language in [error.message(language)] }
        }
    }

    /// The instant to use, or exit 2 naming the bad value.
    func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date {
        try clock(environment: environment).now().date
    }
}
