public import Core
public import Pembinaan

/// What `patuh harikerja tenggat` prints: the JSON shape (keys as documented in
/// `docs/naming.md`) and the text, in one language.
public struct HariKerjaDeadline: Encodable, Sendable {
    /// One skipped day.
    public struct Skipped: Encodable, Sendable {
        var tanggal: String
        var alasan: String
    }

    /// One line of the day-by-day explanation (only with `--jelaskan`).
    public struct Line: Encodable, Sendable {
        var tanggal: String
        var hari: String
        var keterangan: String
    }

    var diterima: String
    var hari: Int
    var tenggat: String
    var berakhirPada: String
    var konvensi: String
    var cutiBersama: String
    var zona: String
    var kalenderVersi: String
    var dilewati: [Skipped]
    var penjelasan: [Line]?

    private let language: Language
    private let receipt: CivilDate
    private let due: CivilDate

    enum CodingKeys: String, CodingKey {
        case diterima, hari, tenggat, berakhirPada, konvensi, cutiBersama, zona, kalenderVersi, dilewati, penjelasan
    }

    public init(_ deadline: Deadline, zone: IndonesianZone, explain: Bool, language: Language) {
        self.language = language
        receipt = deadline.receipt
        due = deadline.date
        diterima = deadline.receipt.description
        hari = deadline.workingDays
        tenggat = deadline.date.description
        berakhirPada = deadline.endsAt(in: zone).iso8601(in: zone)
        konvensi = deadline.convention.rawValue
        cutiBersama = deadline.cutiBersama.rawValue
        zona = zone.rawValue
        kalenderVersi = deadline.calendarVersion
        dilewati = deadline.skipped.map { Skipped(tanggal: $0.date.description, alasan: $0.reasonText(language)) }
        penjelasan = explain ? deadline.trace.map { Self.line($0, deadline: deadline, language: language) } : nil
    }

    static func line(_ step: Deadline.Step, deadline: Deadline, language: Language) -> Line {
        let words = Core.Messages(language)
        let status = step.status
        var note: String
        switch step.role {
        case .receipt:
            note = words.text("harikerja.trace.receipt")
            if !status.isWorkingDay { note += words.text("harikerja.trace.receiptNotWorking", ["reasons": status.reasonText(language)]) }
        case .deemedReceipt:
            note = words.text("harikerja.trace.deemedReceipt")
        case .counted(let index):
            note = words.text("harikerja.trace.counted", ["n": String(index)])
            if status.date == deadline.receipt { note += words.text("harikerja.trace.receiptCountedC") }
            if !status.cutiBersamaCountedAsWorking.isEmpty {
                note += words.text("harikerja.trace.cutiCounted", ["names": status.cutiBersamaCountedAsWorking.joined(separator: "; ")])
            }
            if status.date == deadline.date { note += words.text("harikerja.trace.isDeadline") }
        case .skipped:
            note = words.text("harikerja.trace.skipped", ["reasons": status.reasonText(language)])
        }
        return Line(tanggal: status.date.description, hari: status.date.weekday.name(language), keterangan: note)
    }

    /// The text output; `receivedAt` is the receipt instant in the zone, when one was given.
    public func text(receivedAt: String?) -> String {
        let words = Core.Messages(language)
        let labels = ["harikerja.label.received", "harikerja.label.period", "harikerja.label.deadline",
                      "harikerja.label.calendar", "harikerja.label.skipped"].map { words.text($0) }
        let width = max(14, labels.map(\.count).max() ?? 0)
        func label(_ index: Int) -> String {
            labels[index] + String(repeating: " ", count: width - labels[index].count) + ": "
        }
        let cuti = cutiBersama == CutiBersamaRule.libur.rawValue ? words.text("harikerja.text.cutiLibur")
            : words.text("harikerja.text.cutiKerja")
        var lines = [
            label(0) + words.text("harikerja.text.received", ["date": diterima, "day": receipt.weekday.name(language), "zone": zona])
                + (receivedAt.map { words.text("harikerja.text.receivedAt", ["instant": $0]) } ?? ""),
            label(1) + words.text("harikerja.text.period", ["days": String(hari), "convention": konvensi, "cuti": cuti]),
            label(2) + words.text("harikerja.text.deadline", ["date": tenggat, "day": due.weekday.name(language), "endsAt": berakhirPada]),
            label(3) + words.text("harikerja.text.calendar", ["version": kalenderVersi]),
        ]
        if dilewati.isEmpty {
            lines.append(label(4) + words.text("harikerja.text.noneSkipped"))
        } else {
            let indent = String(repeating: " ", count: width + 2)
            for (index, day) in dilewati.enumerated() {
                let weekday = CivilDate(iso: day.tanggal)?.weekday.name(language) ?? "?"
                lines.append((index == 0 ? label(4) : indent) + "\(day.tanggal) (\(weekday)) \(day.alasan)")
            }
        }
        if let penjelasan {
            var table = TextTable(["harikerja.column.date", "harikerja.column.day", "harikerja.column.note"].map { words.text($0) })
            for line in penjelasan { table.add([line.tanggal, line.hari, line.keterangan]) }
            lines += ["", table.render()]
        }
        return lines.joined(separator: "\n")
    }
}

/// What `patuh harikerja cek` prints: the JSON shape and the text, in one language.
public struct HariKerjaDay: Encodable, Sendable {
    var tanggal: String
    var hari: String
    var hariKerja: Bool
    var alasan: [String]
    var cutiBersama: String
    var cutiBersamaDihitungHariKerja: [String]
    var kalenderVersi: String

    private let line: String
    private let versionLine: String

    enum CodingKeys: String, CodingKey {
        case tanggal, hari, hariKerja, alasan, cutiBersama, cutiBersamaDihitungHariKerja, kalenderVersi
    }

    public init(_ status: DayStatus, cutiBersama rule: CutiBersamaRule, calendarVersion: String, language: Language) {
        tanggal = status.date.description
        hari = status.date.weekday.name(language)
        hariKerja = status.isWorkingDay
        alasan = status.reasons.map { $0.text(language) }
        cutiBersama = rule.rawValue
        cutiBersamaDihitungHariKerja = status.cutiBersamaCountedAsWorking
        kalenderVersi = calendarVersion
        line = status.text(language)
        versionLine = Core.Messages(language).text("harikerja.text.calendarVersion", ["version": calendarVersion])
    }

    /// The text output: the day's status, then the calendar version.
    public var text: String {
        line + "\n" + versionLine
    }
}
