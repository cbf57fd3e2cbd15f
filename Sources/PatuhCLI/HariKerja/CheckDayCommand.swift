import ArgumentParser
import Catalog
import Core
import Pembinaan

/// `patuh harikerja cek DATE` (alias `workdays check`): whether a date is a working day, and why not.
struct CheckDayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cek",
        abstract: "Whether a date is a working day, and why not (alias: check).",
        discussion: """
        Examples:
          patuh harikerja cek 2024-02-14
          patuh harikerja cek 2025-04-02 --cuti-bersama kerja
          patuh workdays check 2024-01-06 --pekan-kerja senin,selasa,rabu,kamis,jumat,sabtu --format json

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

    /// `--format json` output.
    struct Report: Encodable {
        var tanggal: String
        var hari: String
        var hariKerja: Bool
        var alasan: [String]
        var cutiBersama: String
        var cutiBersamaDihitungHariKerja: [String]
        var kalenderVersi: String
    }

    func run() throws {
        let day = try parseDateArgument(date, option: "DATE")
        let calendar = try calendarOptions.makeCalendar()
        let status = try withCalendarErrors { () throws(PembinaanError) in try calendar.status(of: day) }
        let version = try withCalendarErrors { () throws(PembinaanError) in
            try calendar.calendarVersion(from: day, through: day)
        }
        switch format {
        case .json:
            Console.out(try Console.json(Report(
                tanggal: day.description, hari: day.weekday.name, hariKerja: status.isWorkingDay,
                alasan: status.reasons.map(\.description), cutiBersama: calendar.cutiBersama.rawValue,
                cutiBersamaDihitungHariKerja: status.cutiBersamaCountedAsWorking, kalenderVersi: version)))
        case .text:
            Console.out(status.description)
            Console.out("Kalender versi \(version)")
        }
    }
}
