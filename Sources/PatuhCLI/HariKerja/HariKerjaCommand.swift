import ArgumentParser

/// `patuh harikerja` (alias `workdays`): the Indonesian working-day calendar.
struct HariKerjaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harikerja",
        abstract: "Count hari kerja deadlines and check working days (alias: workdays).",
        discussion: """
        A working day is Monday to Friday, not a libur nasional and (by default) not a cuti \
        bersama day. The holidays come from Standards/kalender/YYYY.xml, one file per year, \
        each naming the decree (SKB 3 Menteri, Keppres) it comes from. A date in a year without \
        a file is refused (exit 2), never treated as holiday-free.

        Examples:
          patuh harikerja tenggat --diterima 2024-01-04 --hari 5
          patuh harikerja cek 2024-02-14
        """,
        subcommands: [DeadlineCommand.self, CheckDayCommand.self],
        aliases: ["workdays"]
    )
}
