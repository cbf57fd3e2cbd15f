import ArgumentParser
import Core
import Pembinaan
import Reporting
import Workspace

/// `patuh harikerja tenggat` (alias `workdays deadline`): the deadline of N hari kerja after receipt.
struct DeadlineCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenggat",
        abstract: "The deadline N hari kerja after a notice is received (alias: deadline).",
        discussion: """
        Convention A (default): the day of receipt is day 0 and is not counted; from the next day \
        only working days count; the deadline is the N-th of them, and ends at 23:59:59 of that \
        day in the receiving office's zone. A notice received on a non-working day: counting \
        starts at the first working day after it. Convention B: a receipt on a non-working day is \
        deemed received on the next working day. Convention C: a receipt on a working day counts \
        as day 1.

        Examples:
          patuh harikerja tenggat --diterima 2024-01-04 --hari 5
          patuh harikerja tenggat --diterima 2025-03-21 --hari 5 --jelaskan
          patuh harikerja tenggat --diterima 2025-03-21 --hari 5 --cuti-bersama kerja
          patuh harikerja tenggat --diterima-pada 2024-01-04T23:30:00+07:00 --zona WITA --hari 5
          patuh workdays deadline --diterima 2024-02-10 --hari 5 --format json --lang en

        Exit codes: 0 computed; 2 invalid date, number or calendar, or a date outside the \
        calendar's years; 64 usage error.
        """,
        aliases: ["deadline"]
    )

    @Option(name: .customLong("diterima"), help: ArgumentHelp(
        "The date the notice was received, YYYY-MM-DD.", valueName: "date"))
    var receivedOn: String?

    @Option(name: .customLong("diterima-pada"), help: ArgumentHelp(
        "Instead of --diterima: the instant of receipt, ISO 8601 with offset; its date in --zona is used.",
        valueName: "instant"))
    var receivedAt: String?

    // `.unconditional`: '--hari -5' is a value the command explains, not a missing one.
    @Option(name: .customLong("hari"), parsing: .unconditional, help: ArgumentHelp("The period in hari kerja (N ≥ 1).", valueName: "n"))
    var days: String

    @Option(name: .customLong("konvensi"), help: ArgumentHelp(
        "How the day of receipt is treated: A (default), B or C.", valueName: "A|B|C"))
    var convention: DeadlineConvention = .a

    @Flag(name: .customLong("jelaskan"), help: "Explain the count day by day.")
    var explain = false

    @OptionGroup var calendarOptions: CalendarOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    var language: Language { calendarOptions.lang }

    func validate() throws {
        switch (receivedOn, receivedAt) {
        case (nil, nil): throw ValidationError(Core.Messages(language).text("harikerja.receipt.missing"))
        case (.some, .some): throw ValidationError(Core.Messages(language).text("harikerja.receipt.both"))
        default: break
        }
    }

    func run() throws {
        guard let n = Int(days), n >= 1 else {
            throw WorkspaceError(.invalidInput, "harikerja.days.invalid", ["value": days])
        }
        let zone = calendarOptions.zone
        let receipt: CivilDate
        var instant: Instant?
        if let receivedAt {
            let received: Instant
            do {
                received = try Instant.argument(receivedAt, zone: zone, source: "--diterima-pada")
            } catch {
                throw WorkspaceError(.invalidInput) { language in error.message(language) }
            }
            instant = received
            receipt = zone.civilDate(of: received)
        } else {
            receipt = try dateArgument(receivedOn ?? "", option: "--diterima")
        }
        let deadline = try WorkingDays.deadline(receivedOn: receipt, workingDays: n, convention: convention,
                                                settings: try calendarOptions.settings())
        let report = HariKerjaDeadline(deadline, zone: zone, explain: explain, language: language)
        switch format {
        case .json: Console.out(try Console.json(report))
        case .text: Console.out(report.text(receivedAt: instant.map { $0.iso8601(in: zone) }))
        }
    }
}
