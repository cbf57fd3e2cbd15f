import Catalog
import Core
import Pembinaan

/// What `patuh harikerja tenggat` prints: the JSON shape (keys as the issue fixes them) and the text.
struct DeadlineReport: Encodable {
    /// One skipped day.
    struct Skipped: Encodable {
        var tanggal: String
        var alasan: String
    }

    /// One line of the day-by-day explanation (only with `--jelaskan`).
    struct Line: Encodable {
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

    init(_ deadline: Deadline, zone: IndonesianZone, explain: Bool) {
        diterima = deadline.receipt.description
        hari = deadline.workingDays
        tenggat = deadline.date.description
        berakhirPada = deadline.endsAt(in: zone).iso8601(in: zone)
        konvensi = deadline.convention.rawValue
        cutiBersama = deadline.cutiBersama.rawValue
        zona = zone.rawValue
        kalenderVersi = deadline.calendarVersion
        dilewati = deadline.skipped.map { Skipped(tanggal: $0.date.description, alasan: $0.reasonText) }
        penjelasan = explain ? deadline.trace.map { DeadlineReport.line($0, deadline: deadline) } : nil
    }

    static func line(_ step: Deadline.Step, deadline: Deadline) -> Line {
        let status = step.status
        var note: String
        switch step.role {
        case .receipt:
            note = "diterima (hari ke-0, tidak dihitung)"
            if !status.isWorkingDay { note += "; bukan hari kerja: " + status.reasonText }
        case .deemedReceipt:
            note = "dianggap diterima (konvensi B; hari ke-0, tidak dihitung)"
        case .counted(let index):
            note = "hari kerja ke-\(index)"
            if status.date == deadline.receipt { note += " (hari diterima, konvensi C)" }
            if !status.cutiBersamaCountedAsWorking.isEmpty {
                note += " (cuti bersama dihitung hari kerja: " + status.cutiBersamaCountedAsWorking.joined(separator: "; ") + ")"
            }
            if status.date == deadline.date { note += " = tenggat" }
        case .skipped:
            note = "dilewati: " + status.reasonText
        }
        return Line(tanggal: status.date.description, hari: status.date.weekday.name, keterangan: note)
    }

    /// The text output; `receivedAt` is the receipt instant in the zone, when one was given.
    func text(receivedAt: String?) -> String {
        var lines = [
            "Diterima      : \(diterima) (\(weekday(diterima))), zona \(zona)" + (receivedAt.map { " (diterima pada \($0))" } ?? ""),
            "Jangka waktu  : \(hari) hari kerja (konvensi \(konvensi), cuti bersama \(cutiBersama == "libur" ? "libur" : "dihitung hari kerja"))",
            "Tenggat       : \(tenggat) (\(weekday(tenggat))), berakhir pada \(berakhirPada)",
            "Kalender      : versi \(kalenderVersi)",
        ]
        if dilewati.isEmpty {
            lines.append("Dilewati      : tidak ada")
        } else {
            for (index, day) in dilewati.enumerated() {
                let label = index == 0 ? "Dilewati      : " : "                "
                lines.append(label + "\(day.tanggal) (\(weekday(day.tanggal))) \(day.alasan)")
            }
        }
        if let penjelasan {
            var table = TextTable(["Tanggal", "Hari", "Keterangan"])
            for line in penjelasan { table.add([line.tanggal, line.hari, line.keterangan]) }
            lines += ["", table.render()]
        }
        return lines.joined(separator: "\n")
    }

    private func weekday(_ text: String) -> String {
        CivilDate(iso: text)?.weekday.name ?? "?"
    }
}
