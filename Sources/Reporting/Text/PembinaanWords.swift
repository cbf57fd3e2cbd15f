public import Core
public import Pembinaan

/// The words of pembinaan in one language, from the message catalog: labels of statuses,
/// events, deadlines and steps, and the sentences that explain an event or a step.
///
/// Codes (`aktif`, `tindak-lanjut`, `kasus-dibuka`) stay codes in JSON; these are the words a
/// person reads. In Indonesian most labels are the codes themselves, as the log writes them.
public struct PembinaanWords: Sendable {
    public let language: Language
    private let words: Core.Messages

    public init(_ language: Language) {
        self.language = language
        words = Core.Messages(language)
    }

    /// The catalog's message `key` with `values`.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        words.text(key, values)
    }

    // MARK: - Labels

    /// The status of a case.
    public func status(_ status: CaseStatus) -> String {
        switch status {
        case .aktif: text("pembinaan.status.aktif")
        case .selesai: text("pembinaan.status.selesai")
        case .dipulihkan: text("pembinaan.status.dipulihkan")
        case .dibatalkan: text("pembinaan.status.dibatalkan")
        }
    }

    /// The name of an event.
    public func event(_ payload: PembinaanEvent.Payload) -> String {
        switch payload {
        case .sertifikatDiterbitkan: text("pembinaan.event.sertifikatDiterbitkan")
        case .kasusDibuka: text("pembinaan.event.kasusDibuka")
        case .pemberitahuanDiterima: text("pembinaan.event.pemberitahuanDiterima")
        case .tindakLanjutDiajukan: text("pembinaan.event.tindakLanjutDiajukan")
        case .perbaikanDiverifikasi: text("pembinaan.event.perbaikanDiverifikasi")
        case .eskalasi: text("pembinaan.event.eskalasi")
        case .keberatanDiajukan: text("pembinaan.event.keberatanDiajukan")
        case .keberatanDiputus: text("pembinaan.event.keberatanDiputus")
        case .pelanggaranSLA: text("pembinaan.event.pelanggaranSLA")
        case .pemulihan: text("pembinaan.event.pemulihan")
        }
    }

    /// What a deadline is for.
    public func deadlineKind(_ kind: CaseDeadline.Kind) -> String {
        switch kind {
        case .followUp: text("pembinaan.deadline.followUp")
        case .keberatan: text("pembinaan.deadline.keberatan")
        case .keberatanDecision: text("pembinaan.deadline.keberatanDecision")
        }
    }

    /// Where a deadline stands: running, last day, OVERDUE, or why it is closed.
    public func standing(_ standing: CaseDeadline.Standing) -> String {
        switch standing {
        case .running: text("pembinaan.standing.running")
        case .due: text("pembinaan.standing.due")
        case .overdue: text("pembinaan.standing.overdue")
        case .closed(let closure): closed(closure)
        }
    }

    /// Why a deadline no longer binds.
    public func closed(_ closure: CaseDeadline.Closure) -> String {
        switch closure {
        case .remedyAccepted: text("pembinaan.closed.remedyAccepted")
        case .followUpFiled(let date): text("pembinaan.closed.followUpFiled", ["date": date.description])
        case .keberatanFiled(let date): text("pembinaan.closed.keberatanFiled", ["date": date.description])
        case .decided: text("pembinaan.closed.decided")
        case .superseded: text("pembinaan.closed.superseded")
        case .caseClosed(let status): text("pembinaan.closed.caseClosed", ["status": self.status(status)])
        }
    }

    /// The code of a keberatan's status in JSON: `menunggu-putusan`, `ditolak-terlambat`,
    /// `dikuatkan`, `diubah-menjadi-<stage>`, `dibatalkan`.
    public static func keberatanCode(_ status: KeberatanRecord.Status) -> String {
        switch status {
        case .pending: "menunggu-putusan"
        case .late: "ditolak-terlambat"
        case .decided(.dikuatkan): "dikuatkan"
        case .decided(.diubah(let stage, _)): "diubah-menjadi-\(stage.rawValue)"
        case .decided(.dibatalkan): "dibatalkan"
        }
    }

    /// A keberatan's status in words.
    public func keberatan(_ status: KeberatanRecord.Status) -> String {
        switch status {
        case .pending: text("pembinaan.keberatan.pending")
        case .late: text("pembinaan.keberatan.lateStatus")
        case .decided(.dikuatkan): text("pembinaan.keberatan.dikuatkan")
        case .decided(.diubah(let stage, _)): text("pembinaan.keberatan.diubah", ["stage": stage.rawValue])
        case .decided(.dibatalkan): text("pembinaan.keberatan.dibatalkan")
        }
    }

    /// A certificate's status.
    public func certificate(_ status: Certificate.Status) -> String {
        switch status {
        case .berlaku: text("sertifikat.status.berlaku")
        case .dicabut: text("sertifikat.status.dicabut")
        case .kedaluwarsa: text("sertifikat.status.kedaluwarsa")
        }
    }

    /// The decision behind a certificate's change.
    public func decision(_ change: Certificate.Change) -> String {
        change.basis?.text(language) ?? change.decision
    }

    /// `tanggal` is yes/no words for a remedy verification.
    private func accepted(_ accepted: Bool) -> String {
        accepted ? text("pembinaan.remedy.accepted") : text("pembinaan.remedy.rejected")
    }

    // MARK: - Sentences

    /// What an event did, in a sentence, with the deadlines it set.
    public func explain(_ payload: PembinaanEvent.Payload, after state: CaseState?) -> String {
        switch payload {
        case .sertifikatDiterbitkan(let standards, let version, let decision, let faktual):
            return text("pembinaan.explain.certificates", ["standards": standards.joined(separator: ", "),
                                                             "decision": decision.number, "version": version])
                + (faktual.map { text("pembinaan.explain.certificatesBasis", ["reference": $0.reference]) } ?? "")
        case .kasusDibuka(let findings, let notice):
            return text("pembinaan.explain.opened", [
                "notice": notice.number,
                "findings": findings.map { "\($0.id) (\($0.control ?? $0.standard))" }.joined(separator: ", "),
            ])
        case .pemberitahuanDiterima(let date, let proof):
            guard let action = state?.current else { return text("pembinaan.explain.receivedBare", ["date": date.description]) }
            return text("pembinaan.explain.received", ["notice": action.notice.number, "date": date.description, "proof": proof])
                + (action.followUpDeadline.map { text("pembinaan.explain.followUpDue", ["date": $0.date.description]) } ?? "")
                + (action.keberatanDeadline.map { text("pembinaan.explain.keberatanDue", ["date": $0.date.description]) } ?? "")
        case .tindakLanjutDiajukan(let summary):
            return text("pembinaan.explain.followUp", ["summary": summary])
        case .perbaikanDiverifikasi(let isAccepted, let note, let penilaianUlang):
            let restored = state?.actions.flatMap(\.revokedStandards) ?? []
            return text("pembinaan.explain.verified", ["outcome": accepted(isAccepted), "note": note])
                + (penilaianUlang.map { text("pembinaan.explain.penilaianUlang", ["reference": $0.reference]) } ?? "")
                + (isAccepted && !restored.isEmpty
                   ? text("pembinaan.explain.restoredCertificates", ["standards": restored.joined(separator: ", ")]) : "")
        case .eskalasi(let stage, let notice):
            let revoked = state?.current?.revokedStandards ?? []
            let uncertified = state?.current?.uncertifiedStandards ?? []
            return text("pembinaan.explain.escalated", ["stage": stage.rawValue, "notice": notice.number])
                + (revoked.isEmpty ? "" : text("pembinaan.explain.revokedCertificates", ["standards": revoked.joined(separator: ", ")]))
                + (uncertified.isEmpty ? "" : text("pembinaan.explain.uncertified", ["standards": uncertified.joined(separator: ", ")]))
        case .keberatanDiajukan(let reason):
            guard let record = state?.keberatan.last else { return text("pembinaan.explain.keberatanBare", ["reason": reason]) }
            if record.status == .late {
                return text("pembinaan.explain.keberatanLate", ["filed": record.filedOn.description,
                                                                 "deadline": record.deadline.description, "reason": reason])
            }
            return text("pembinaan.explain.keberatanOnTime", ["deadline": record.deadline.description,
                                                               "due": record.decisionDueBy?.description ?? "-", "reason": reason])
        case .keberatanDiputus(let decision, let note):
            return text("pembinaan.explain.decided", ["decision": keberatan(.decided(decision)), "note": note])
        case .pelanggaranSLA(let description, let notice):
            return text("pembinaan.explain.sla", ["description": description, "notice": notice.number])
        case .pemulihan(let note):
            return text("pembinaan.explain.restored", ["note": note])
        }
    }

    /// A next step in a sentence: who acts, what, and by or from when.
    public func nextStep(_ step: NextStep) -> String {
        let stage = step.stage.rawValue
        let sentence: String = switch step.action {
        case .recordReceipt:
            text("pembinaan.step.recordReceipt", ["notice": step.notice, "stage": stage])
        case .decideKeberatan(let filed):
            text("pembinaan.step.decideKeberatan", ["filed": filed.description, "by": step.by?.description ?? "-"])
        case .verifyFollowUp(let filed):
            text("pembinaan.step.verifyFollowUp", ["filed": filed.description])
        case .escalate(let to):
            text("pembinaan.step.escalate", ["to": to.rawValue, "from": step.from?.description ?? "-"])
        case .fileFollowUp:
            text("pembinaan.step.fileFollowUp", ["stage": stage, "by": step.by?.description ?? "-"])
        case .fileKeberatan:
            text("pembinaan.step.fileKeberatan", ["stage": stage, "by": step.by?.description ?? "-"])
        case .restore:
            text("pembinaan.step.restore")
        }
        return step.overdue ? sentence + text("pembinaan.step.overdue") : sentence
    }

    /// A note of the standing in a sentence.
    public func note(_ note: CaseStanding.Note) -> String {
        switch note {
        case .receiptNotRecorded(let stage, let notice):
            text("pembinaan.note.receiptNotRecorded", ["notice": notice, "stage": stage.rawValue])
        case .serviceStopped:
            text("pembinaan.note.serviceStopped")
        }
    }
}
