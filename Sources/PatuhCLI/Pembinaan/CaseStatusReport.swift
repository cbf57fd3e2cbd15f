import Catalog
import Core
import Pembinaan

/// What `patuh pembinaan status` shows of one case on a given day: its stage, the actions in
/// force, every open deadline with an overdue flag, and its keberatan.
struct CaseStatusReport: Encodable {
    struct FindingView: Encodable {
        var id: String
        var standar: String
        var kontrol: String?
        var uraian: String
        var tingkat: String?
        var rekomendasi: String?
    }

    struct ActionView: Encodable {
        var tahap: String
        var surat: String
        var ditetapkan: String?
        var dikirim: String?
        var dikenakan: String
        var diterima: String?
        var tindakLanjutDiajukan: String?
        var perbaikanDiterima: Bool
        var sertifikatDicabut: [String]
        var pelanggaranSLA: Bool
    }

    /// An open deadline; `lewat` is true once the day after it has begun in the LPSE's zone.
    struct DeadlineView: Encodable {
        var jenis: String
        var tahap: String
        var surat: String
        var tanggal: String
        var berakhirPada: String
        var lewat: Bool
    }

    struct KeberatanView: Encodable {
        var tahap: String
        var surat: String
        var diajukan: String
        var batas: String
        var status: String
        var putusanPalingLambat: String?
        var alasan: String
    }

    var kasus: String
    var lpse: String
    var zona: String
    var perTanggal: String
    var status: String
    var tahap: String?
    var temuan: [FindingView]
    var tindakan: [ActionView]
    var tenggatTerbuka: [DeadlineView]
    var keberatan: [KeberatanView]
    var keberatanTertunda: KeberatanView?
    var catatan: [String]

    init(_ state: CaseState, now: Instant) {
        let today = state.zone.civilDate(of: now)
        kasus = state.id
        lpse = state.lpse
        zona = state.zone.rawValue
        perTanggal = today.description
        status = state.status.rawValue
        tahap = state.stage?.rawValue
        temuan = state.findings.map {
            FindingView(id: $0.id, standar: $0.standard, kontrol: $0.control, uraian: $0.description,
                        tingkat: $0.severity, rekomendasi: $0.rekomendasi)
        }
        tindakan = state.actions.map(CaseStatusReport.view)
        keberatan = state.keberatan.map(CaseStatusReport.view)
        keberatanTertunda = state.pendingKeberatan.map(CaseStatusReport.view)
        tenggatTerbuka = []
        catatan = []
        if state.status == .aktif { collectOpenDeadlines(state, today: today) }
    }

    private mutating func collectOpenDeadlines(_ state: CaseState, today: CivilDate) {
        guard let action = state.current else { return }
        let zone = state.zone
        func add(_ kind: String, _ date: CivilDate) {
            tenggatTerbuka.append(DeadlineView(jenis: kind, tahap: action.stage.rawValue, surat: action.notice.number,
                                               tanggal: date.description, berakhirPada: zone.endOfDay(date).iso8601(in: zone),
                                               lewat: today > date))
        }
        if action.receivedOn == nil {
            catatan.append("tanda terima surat \(action.notice.number) (\(action.stage.rawValue)) belum dicatat: "
                + "tenggat tindak lanjut dan keberatan belum dapat dihitung (patuh pembinaan terima)")
        }
        if let deadline = action.followUpDeadline, !action.remedyAccepted {
            add("tindak-lanjut", deadline.date)
        }
        let filed = state.keberatan.contains { $0.notice == action.notice.number && $0.status != .late }
        if let deadline = action.keberatanDeadline, !filed {
            add("keberatan", deadline.date)
        }
        if let pending = state.pendingKeberatan, let due = pending.decisionDueBy {
            add("putusan-keberatan", due)
        }
        if action.stage == .penghentian {
            catatan.append("layanan SPSE dihentikan: hanya pemulihan oleh LKPP yang mengakhirinya")
        }
    }

    static func view(_ action: SanctionAction) -> ActionView {
        ActionView(tahap: action.stage.rawValue, surat: action.notice.number,
                   ditetapkan: action.notice.issuedOn?.description, dikirim: action.notice.sentOn?.description,
                   dikenakan: action.imposedOn.description, diterima: action.receivedOn?.description,
                   tindakLanjutDiajukan: action.followUpFiledOn?.description, perbaikanDiterima: action.remedyAccepted,
                   sertifikatDicabut: action.revokedStandards, pelanggaranSLA: action.forSLABreach)
    }

    static func view(_ record: KeberatanRecord) -> KeberatanView {
        KeberatanView(tahap: record.stage.rawValue, surat: record.notice, diajukan: record.filedOn.description,
                      batas: record.deadline.description, status: statusText(record.status),
                      putusanPalingLambat: record.decisionDueBy?.description, alasan: record.reason)
    }

    static func statusText(_ status: KeberatanRecord.Status) -> String {
        switch status {
        case .pending: "menunggu-putusan"
        case .late: "ditolak-terlambat"
        case .decided(.dikuatkan): "dikuatkan"
        case .decided(.diubah(let stage, _)): "diubah-menjadi-\(stage.rawValue)"
        case .decided(.dibatalkan): "dibatalkan"
        }
    }

    // MARK: - Text

    /// The report as text.
    var text: String {
        var lines = ["Kasus \(kasus) · \(lpse) · zona \(zona) · per \(perTanggal)",
                     "Status : \(status)" + (tahap.map { ", tahap \($0)" } ?? "")]
        for finding in temuan {
            lines.append("Temuan : \(finding.id) \(finding.standar)" + (finding.kontrol.map { "/\($0)" } ?? "")
                + " \(finding.uraian)" + (finding.tingkat.map { " [\($0)]" } ?? ""))
        }
        var actions = TextTable(["Tahap", "Surat", "Dikenakan", "Diterima", "Tindak lanjut", "Dicabut"])
        for action in tindakan {
            actions.add([action.tahap + (action.pelanggaranSLA ? " (SLA)" : ""), action.surat, action.dikenakan,
                         action.diterima ?? "belum dicatat",
                         action.perbaikanDiterima ? "diterima" : (action.tindakLanjutDiajukan.map { "diajukan \($0)" } ?? "-"),
                         action.sertifikatDicabut.joined(separator: ",")])
        }
        lines += ["", "Tindakan yang berlaku:", actions.render()]
        if !tenggatTerbuka.isEmpty {
            var table = TextTable(["Tenggat", "Tahap", "Surat", "Tanggal", "Berakhir pada", "Keadaan"])
            for deadline in tenggatTerbuka {
                table.add([deadline.jenis, deadline.tahap, deadline.surat, deadline.tanggal, deadline.berakhirPada,
                           deadline.lewat ? "LEWAT" : "berjalan"])
            }
            lines += ["", "Tenggat terbuka:", table.render()]
        }
        if !keberatan.isEmpty {
            var table = TextTable(["Keberatan", "Surat", "Diajukan", "Batas", "Status", "Putusan paling lambat"])
            for record in keberatan {
                table.add([record.tahap, record.surat, record.diajukan, record.batas, record.status,
                           record.putusanPalingLambat ?? "-"])
            }
            lines += ["", table.render()]
        }
        lines += catatan.map { "Catatan: " + $0 }
        return lines.joined(separator: "\n")
    }
}
