import ArgumentParser
import Core
import Reporting
import Workspace

/// `patuh harikerja cek DATE` (alias `workdays check`): whether a date is a working day, and why not.
struct CheckDayCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "cek",
        abstract: "Whether a date is a working day, and why not (alias: check).",
        discussion: """
        Examples:
          patuh harikerja cek 2024-02-14
          patuh harikerja cek 2025-04-02 --cuti-bersama kerja
          patuh workdays check 2024-01-06 --pekan-kerja senin,selasa,rabu,kamis,jumat,sabtu --format json
          patuh harikerja cek 2024-02-14 --lang en

        Exit codes: 0 answered (working day or not); 2 invalid date or a date outside the \
        calendar's years; 64 usage error.
        """,
        aliases: ["check"]
    )

    @Argument(help: ArgumentHelp("The date, YYYY-MM-DD.", valueName: "date"))
    var date: String

    @OptionGroup var calendarOptions: CalendarOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    var language: Language { calendarOptions.lang }

    func run() throws {
        let day = try dateArgument(date, option: "DATE")
        let check = try WorkingDays.check(day, settings: try calendarOptions.settings())
        let report = HariKerjaDay(check.status, cutiBersama: check.cutiBersama, calendarVersion: check.calendarVersion,
                                  language: language)
        Console.out(format == .json ? try Console.json(report) : report.text)
    }
}
