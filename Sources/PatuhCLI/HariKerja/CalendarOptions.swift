import ArgumentParser
import Core
import Foundation
import Pembinaan
import Workspace
import XMLSupport

extension CutiBersamaRule: ExpressibleByArgument {}
extension IndonesianZone: ExpressibleByArgument {
    /// `WIB`, `wita`, `Wit`: any case.
    public init?(argument: String) {
        self.init(name: argument)
    }
}

extension DeadlineConvention: ExpressibleByArgument {
    /// `A`, `b`, `C`: any case.
    public init?(argument: String) {
        self.init(letter: argument)
    }
}

/// The options that make a working calendar: where the holidays are and how to count.
struct CalendarOptions: ParsableArguments {
    @Option(name: .customLong("kalender"), help: ArgumentHelp(
        "The holiday calendar folder, one YYYY.xml per year (default: Standards/kalender when present, else the calendar built into patuh).", valueName: "dir"))
    var directoryOption: String?

    /// The calendar folder: --kalender, else PATUH_STANDARDS/kalender, else ./Standards/kalender
    /// when present, else the calendar built into patuh.
    var directory: String {
        if let directoryOption { return directoryOption }
        let location = StandardsLocation.resolve(root: ".", explicit: nil)
        return ((try? location.directory()) ?? "Standards") + "/kalender"
    }

    @Option(name: .customLong("cuti-bersama"), help: ArgumentHelp(
        "Whether cuti bersama days are non-working (libur, the default) or working days (kerja).",
        valueName: "libur|kerja"))
    var cutiBersama: CutiBersamaRule = .libur

    @Option(name: .customLong("zona"), help: ArgumentHelp(
        "The receiving office's time zone: WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9).", valueName: "WIB|WITA|WIT"))
    var zone: IndonesianZone = .wib

    @Option(name: .customLong("pekan-kerja"), help: ArgumentHelp(
        "The working weekdays, comma-separated (default: senin,selasa,rabu,kamis,jumat).", valueName: "days"))
    var workingWeek: String?

    @Option(name: .customLong("libur-tambahan"), help: ArgumentHelp(
        "An extra non-working day of the receiving office, DATE or DATE=NAME (repeatable).", valueName: "date"))
    var extraDays: [String] = []

    @Option(help: "Language of the output and errors: id (Indonesian) or en (English).")
    var lang: Language = .id

    /// The settings of the calendar, or exit 2 naming the option at fault.
    func settings() throws -> WorkingDaySettings {
        WorkingDaySettings(directory: directory, cutiBersama: cutiBersama, workingWeek: try parseWeek(),
                           extraNonWorkingDays: try parseExtraDays())
    }

    private func parseWeek() throws -> Set<Weekday> {
        guard let workingWeek else { return WorkingCalendar.mondayToFriday }
        var days: Set<Weekday> = []
        for name in workingWeek.split(separator: ",").map({ String($0).trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let day = Weekday(name: name) else {
                throw WorkspaceError(.invalidInput, "harikerja.week.invalid", ["name": name])
            }
            days.insert(day)
        }
        return days
    }

    private func parseExtraDays() throws -> [CivilDate: String] {
        var days: [CivilDate: String] = [:]
        for entry in extraDays {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard let date = CivilDate(iso: parts.first ?? "") else {
                throw WorkspaceError(.invalidInput, "harikerja.extra.invalid", ["entry": entry])
            }
            days[date] = parts.count > 1 && !parts[1].isEmpty ? parts[1] : Core.Messages(lang).text("harikerja.extra.defaultName")
        }
        return days
    }
}
