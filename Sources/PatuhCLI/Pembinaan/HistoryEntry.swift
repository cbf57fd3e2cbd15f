import Catalog
import Core
import Pembinaan
import Store

/// One event of a case's timeline (`patuh pembinaan riwayat`), as stored, with what it did.
struct HistoryEntry: Encodable {
    struct NoticeView: Encodable {
        var nomor: String?
        var ditetapkan: String?
        var dikirim: String?
        var diterima: String?
    }

    var urutan: Int
    var kasus: String?
    var urutanKasus: Int?
    var lpse: String
    var peristiwa: String
    var oleh: String
    var peran: String
    var pada: String
    var zona: String
    var tanggal: String
    var surat: NoticeView
    var dasar: [String]
    var data: PembinaanEvent.Payload
    /// The stage of the case after the event.
    var tahapSetelah: String?
    var statusSetelah: String?
    /// What the event did, in words.
    var keterangan: String
    var hashSebelumnya: String
    var hash: String

    init(_ record: CaseEventRecord, event: PembinaanEvent, after state: CaseState?) {
        urutan = record.seq
        kasus = record.caseId
        urutanKasus = record.caseSeq
        lpse = record.lpse
        peristiwa = record.event
        oleh = record.actor
        peran = record.role
        pada = event.at.iso8601(in: event.zone)
        zona = record.zone
        tanggal = record.civilDate
        surat = NoticeView(nomor: record.noticeNumber, ditetapkan: record.noticeDitetapkan,
                           dikirim: record.noticeDikirim, diterima: record.noticeDiterima)
        dasar = event.basis
        data = event.payload
        tahapSetelah = state?.stage?.rawValue
        statusSetelah = state?.status.rawValue
        keterangan = HistoryEntry.explain(event.payload, after: state)
        hashSebelumnya = record.previousHash
        hash = record.hash
    }

    /// What an event did, in a sentence, with the deadlines it set.
    static func explain(_ payload: PembinaanEvent.Payload, after state: CaseState?) -> String {
        switch payload {
        case .sertifikatDiterbitkan(let standards, let version, let decision):
            return "sertifikat \(standards.joined(separator: ", ")) diterbitkan (\(decision.number), katalog \(version))"
        case .kasusDibuka(let findings, let notice):
            return "kasus dibuka, rekomendasi \(notice.number); temuan "
                + findings.map { "\($0.id) (\($0.control ?? $0.standard))" }.joined(separator: ", ")
        case .pemberitahuanDiterima(let date, let proof):
            guard let action = state?.current else { return "surat diterima \(date)" }
            return "surat \(action.notice.number) diterima \(date) (bukti: \(proof))"
                + (action.followUpDeadline.map { "; tenggat tindak lanjut \($0.date)" } ?? "")
                + (action.keberatanDeadline.map { "; batas keberatan \($0.date)" } ?? "")
        case .tindakLanjutDiajukan(let summary):
            return "tindak lanjut diajukan: \(summary)"
        case .perbaikanDiverifikasi(let accepted, let note):
            let restored = state?.actions.flatMap(\.revokedStandards) ?? []
            return "perbaikan \(accepted ? "diterima" : "ditolak"): \(note)"
                + (accepted && !restored.isEmpty ? "; sertifikat \(restored.joined(separator: ", ")) dipulihkan" : "")
        case .eskalasi(let stage, let notice):
            let revoked = state?.current?.revokedStandards ?? []
            return "eskalasi ke \(stage.rawValue) (\(notice.number))"
                + (revoked.isEmpty ? "" : "; sertifikat \(revoked.joined(separator: ", ")) dicabut")
        case .keberatanDiajukan(let reason):
            guard let record = state?.keberatan.last else { return "keberatan diajukan: \(reason)" }
            if record.status == .late {
                return "keberatan DITOLAK karena terlambat: diajukan \(record.filedOn), batas \(record.deadline); alasan: \(reason)"
            }
            return "keberatan diajukan tepat waktu (batas \(record.deadline)); putusan paling lambat "
                + "\(record.decisionDueBy?.description ?? "-"); alasan: \(reason)"
        case .keberatanDiputus(let decision, let note):
            return "keberatan diputus: \(CaseStatusReport.statusText(.decided(decision))) (\(note))"
        case .pelanggaranSLA(let description, let notice):
            return "pelanggaran SLA: \(description); penghentian layanan (\(notice.number))"
        case .pemulihan(let note):
            return "layanan dipulihkan: \(note)"
        }
    }
}
