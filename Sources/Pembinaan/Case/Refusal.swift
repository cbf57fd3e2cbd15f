public import Catalog
public import Core

/// Why the state machine refuses an event: a guard of `pembinaan.md` is not met.
///
/// Each reason carries what a person needs to act on it (which deadline, its date), and
/// ``message`` says it in a sentence.
public struct Refusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// The guard that failed.
    public enum Reason: Sendable, Hashable {
        /// The role may not record this event.
        case wrongRole(event: String, required: Role, given: Role)
        /// No case with this id (or one already exists when opening).
        case unknownCase(String)
        case caseExists(String)
        /// The case is closed (selesai, dipulihkan, dibatalkan).
        case caseClosed(status: CaseStatus)
        /// Escalation skips a stage (only an SLA breach may).
        case notOneStep(from: SanctionStage, to: SanctionStage)
        /// Penghentian has no next stage and no follow-up; only pemulihan ends it.
        case atPenghentian(event: String)
        /// The event needs the current stage to be penghentian (pemulihan).
        case notAtPenghentian(stage: SanctionStage)
        /// The receipt of the current notice is not recorded, so no deadline can be computed.
        case receiptNotRecorded(stage: SanctionStage, notice: String)
        /// The receipt of the current notice was already recorded.
        case receiptAlreadyRecorded(date: CivilDate)
        /// A receipt date before the notice was issued, or after the moment of recording.
        case receiptDateImpossible(date: CivilDate, reason: String)
        /// The follow-up deadline of the current stage has not passed yet.
        case deadlineNotPassed(stage: SanctionStage, deadline: CivilDate, endsAt: Instant, zone: IndonesianZone)
        /// A keberatan against the current stage is pending.
        case keberatanPending(stage: SanctionStage, filedOn: CivilDate)
        /// A keberatan against this action was already filed on time.
        case keberatanAlreadyFiled(stage: SanctionStage, filedOn: CivilDate)
        /// There is no pending keberatan to decide.
        case noPendingKeberatan
        /// A keberatan may only change the action to a lighter stage.
        case notLighter(from: SanctionStage, to: SanctionStage)
        /// There is no follow-up awaiting verification.
        case noFollowUp(stage: SanctionStage)
        /// A remedy was already accepted.
        case remedyAccepted
        /// A follow-up of the current stage was filed and not yet verified: it must be verified
        /// (and rejected) before the stage is escalated.
        case followUpUnverified(stage: SanctionStage, filedOn: CivilDate)
        /// A certificate for an LPSE whose SPSE service is stopped (a case at penghentian).
        case underPenghentian(caseId: String)
        /// A certificate for a standard whose case is still at pencabutan.
        case pencabutanOpen(caseId: String, standard: String)
        /// No recorded penilaian faktual was given (after `after`, the date of a pencabutan, when set).
        case noRecordedFaktual(standards: [String], after: CivilDate?)
        /// The penilaian faktual concerns another LPSE.
        case faktualOfAnotherLPSE(faktual: String, lpse: String)
        /// The penilaian faktual is dated after the event that rests on it.
        case faktualAfterEvent(faktualDate: CivilDate, eventDate: CivilDate)
        /// The standard is not terpenuhi in the penilaian faktual.
        case standardNotTerpenuhi(standard: String, faktualDate: CivilDate)
        /// The standard was revoked on `revokedOn` and the penilaian faktual is not later: it is
        /// no penilaian ulang.
        case penilaianUlangBeforeRevocation(standard: String, revokedOn: CivilDate, notice: String?, faktualDate: CivilDate)
        /// A required text (basis, standards) is missing or wrong.
        case missing(String)
        /// The holiday calendar cannot count the deadline (a year it does not cover).
        case calendar(PembinaanError)
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// Whether the refusal comes from unusable input (the calendar) rather than a guard.
    public var isInputError: Bool {
        if case .calendar = reason { return true }
        return false
    }

    /// The refusal in a sentence.
    public var message: String {
        switch reason {
        case .wrongRole(let event, let required, let given):
            "only role \(required.rawValue) may record \(event); the actor has role \(given.rawValue)"
        case .unknownCase(let id): "no case '\(id)'"
        case .caseExists(let id): "a case '\(id)' already exists"
        case .caseClosed(let status): "the case is closed (\(status.rawValue)); nothing more can happen in it"
        case .notOneStep(let from, let to):
            "escalation goes one step at a time: from \(from.rawValue) the next stage is "
                + "\(from.next?.rawValue ?? "none"), not \(to.rawValue) (only an SLA breach jumps to penghentian)"
        case .atPenghentian(let event):
            "the case is at penghentian: \(event) is not possible; only pemulihan decided by LKPP ends it"
        case .notAtPenghentian(let stage): "pemulihan ends a penghentian; the case is at \(stage.rawValue)"
        case .receiptNotRecorded(let stage, let notice):
            "the receipt of the \(stage.rawValue) notice \(notice) is not recorded: no deadline can be computed; record it first (terima)"
        case .receiptAlreadyRecorded(let date): "the receipt of the current notice is already recorded as \(date)"
        case .receiptDateImpossible(let date, let why): "receipt date \(date) is impossible: \(why)"
        case .deadlineNotPassed(let stage, let deadline, let endsAt, let zone):
            "the follow-up deadline of \(stage.rawValue) has not passed: it is \(deadline) and ends at "
                + "\(endsAt.iso8601(in: zone)); escalation is possible from \(deadline.adding(days: 1))"
        case .keberatanPending(let stage, let filedOn):
            "a keberatan against \(stage.rawValue), filed \(filedOn), is pending: LKPP must decide it first "
                + "(Kepdep LKPP 152/2022 §2.3: its result decides what happens to the action)"
        case .keberatanAlreadyFiled(let stage, let filedOn):
            "a keberatan against this \(stage.rawValue) was already filed on \(filedOn)"
        case .noPendingKeberatan: "there is no pending keberatan to decide"
        case .notLighter(let from, let to):
            "a keberatan may change \(from.rawValue) only to a lighter stage; \(to.rawValue) is not lighter"
        case .noFollowUp(let stage): "the LPSE has filed no follow-up of the \(stage.rawValue) to verify"
        case .remedyAccepted: "a remedy was already accepted"
        case .followUpUnverified(let stage, let filedOn):
            "the LPSE filed a follow-up of the \(stage.rawValue) on \(filedOn) that is not verified yet: a stage is "
                + "escalated only when the LPSE did not remedy (Kepdep LKPP 152/2022 §2.2), so LKPP verifies the "
                + "follow-up first and escalates only after rejecting it (verifikasi-perbaikan --hasil ditolak)"
        case .underPenghentian(let caseId):
            "the SPSE service of this LPSE is stopped (penghentian, case \(caseId)): no certificate can be issued "
                + "until LKPP restores it (pemulihan) (Kepdep LKPP 152/2022 §2.2.d)"
        case .pencabutanOpen(let caseId, let standard):
            "the certificate of \(standard) is revoked in case \(caseId), which is still at pencabutan: it is restored "
                + "only by a passed penilaian ulang verified in that case (Kepdep LKPP 152/2022 §2.2.c)"
        case .noRecordedFaktual(let standards, let after):
            (after.map { "after the pencabutan of \($0) the remedy is a passed penilaian ulang of "
                + "\(standards.joined(separator: ", ")) (Kepdep LKPP 152/2022 §2.2.c)" }
                ?? "a certificate for \(standards.joined(separator: ", ")) is issued only to an LPSE that met the "
                + "penilaian faktual (Kepdep LKPP 152/2022 §2.1.e.5)")
                + ": no recorded penilaian faktual of this LPSE"
                + (after.map { " after \($0)" } ?? "") + " was given; score it first (patuh penilaian nilai FILE)"
        case .faktualOfAnotherLPSE(let faktual, let lpse):
            "the penilaian faktual concerns \(faktual), not \(lpse)"
        case .faktualAfterEvent(let faktualDate, let eventDate):
            "the penilaian faktual of \(faktualDate) is dated after this event (\(eventDate))"
        case .standardNotTerpenuhi(let standard, let faktualDate):
            "\(standard) is not terpenuhi in the penilaian faktual of \(faktualDate): a certificate or a passed "
                + "penilaian ulang needs the standard terpenuhi there (Kepdep LKPP 152/2022 §2.1.e.5, §2.2.c)"
        case .penilaianUlangBeforeRevocation(let standard, let revokedOn, let notice, let faktualDate):
            "\(standard) was revoked on \(revokedOn)" + (notice.map { " (pencabutan \($0))" } ?? "")
                + ": it needs a penilaian ulang after that date (Kepdep LKPP 152/2022 §2.2.c); "
                + "the penilaian faktual given is of \(faktualDate)"
        case .missing(let what): what
        case .calendar(let error): error.message
        }
    }

    public var description: String { message }

    /// The refusal in a sentence in `language`: Indonesian for the people who act on it, English
    /// as ``message`` gives it.
    public func message(_ language: Language) -> String {
        language == .en ? message : indonesian
    }

    private var indonesian: String {
        switch reason {
        case .wrongRole(let event, let required, let given):
            "hanya peran \(required.rawValue) yang boleh mencatat \(event); pelaku berperan \(given.rawValue)"
        case .unknownCase(let id): "tidak ada kasus '\(id)'"
        case .caseExists(let id): "kasus '\(id)' sudah ada"
        case .caseClosed(let status): "kasus sudah ditutup (\(status.rawValue)); tidak ada lagi yang dapat dicatat"
        case .notOneStep(let from, let to):
            "eskalasi hanya satu tahap: dari \(from.rawValue) tahap berikutnya adalah "
                + "\(from.next?.rawValue ?? "tidak ada"), bukan \(to.rawValue) (hanya pelanggaran SLA yang langsung ke penghentian)"
        case .atPenghentian(let event):
            "kasus pada tahap penghentian: \(event) tidak dapat dicatat; hanya pemulihan yang diputuskan LKPP yang mengakhirinya"
        case .notAtPenghentian(let stage): "pemulihan mengakhiri penghentian; kasus berada pada tahap \(stage.rawValue)"
        case .receiptNotRecorded(let stage, let notice):
            "tanda terima surat \(stage.rawValue) \(notice) belum dicatat: tenggat belum dapat dihitung; catat dahulu (terima)"
        case .receiptAlreadyRecorded(let date): "tanda terima surat yang berlaku sudah tercatat pada \(date)"
        case .receiptDateImpossible(let date, let why): "tanggal terima \(date) tidak mungkin: \(why)"
        case .deadlineNotPassed(let stage, let deadline, let endsAt, let zone):
            "tenggat tindak lanjut \(stage.rawValue) belum lewat: jatuh pada \(deadline) dan berakhir "
                + "\(endsAt.iso8601(in: zone)); eskalasi dapat dilakukan mulai \(deadline.adding(days: 1))"
        case .keberatanPending(let stage, let filedOn):
            "keberatan atas \(stage.rawValue) yang diajukan \(filedOn) belum diputus: LKPP harus memutusnya dahulu "
                + "(Kepdep LKPP 152/2022 §2.3: hasilnya menjadi dasar tindak lanjut atas tindakan pembinaan)"
        case .keberatanAlreadyFiled(let stage, let filedOn):
            "keberatan atas \(stage.rawValue) ini sudah diajukan pada \(filedOn)"
        case .noPendingKeberatan: "tidak ada keberatan yang menunggu putusan"
        case .notLighter(let from, let to):
            "putusan keberatan hanya dapat mengubah \(from.rawValue) ke tahap yang lebih ringan; \(to.rawValue) tidak lebih ringan"
        case .noFollowUp(let stage): "LPSE belum mengajukan tindak lanjut \(stage.rawValue) untuk diverifikasi"
        case .remedyAccepted: "perbaikan sudah diterima"
        case .followUpUnverified(let stage, let filedOn):
            "LPSE telah mengajukan tindak lanjut \(stage.rawValue) pada \(filedOn) yang belum diverifikasi: eskalasi "
                + "hanya dikenakan bila LPSE tidak melakukan perbaikan (Kepdep LKPP 152/2022 §2.2), sehingga LKPP "
                + "memverifikasi tindak lanjut itu dahulu dan baru dapat mengeskalasi setelah menolaknya "
                + "(verifikasi-perbaikan --hasil ditolak)"
        case .underPenghentian(let caseId):
            "layanan SPSE LPSE ini dihentikan (penghentian, kasus \(caseId)): sertifikat tidak dapat diterbitkan "
                + "sebelum LKPP memulihkannya (pemulihan) (Kepdep LKPP 152/2022 §2.2.d)"
        case .pencabutanOpen(let caseId, let standard):
            "sertifikat \(standard) dicabut dalam kasus \(caseId) yang masih pada tahap pencabutan: sertifikat hanya "
                + "dipulihkan oleh penilaian ulang yang lulus dan diverifikasi dalam kasus itu (Kepdep LKPP 152/2022 §2.2.c)"
        case .noRecordedFaktual(let standards, let after):
            (after.map { "setelah pencabutan tanggal \($0), perbaikan berupa penilaian ulang yang lulus atas "
                + "\(standards.joined(separator: ", ")) (Kepdep LKPP 152/2022 §2.2.c)" }
                ?? "sertifikat \(standards.joined(separator: ", ")) hanya diterbitkan bagi LPSE yang memenuhi "
                + "penilaian faktual (Kepdep LKPP 152/2022 §2.1.e.5)")
                + ": tidak ada penilaian faktual LPSE ini yang tercatat"
                + (after.map { " setelah \($0)" } ?? "") + "; nilai dahulu (patuh penilaian nilai BERKAS)"
        case .faktualOfAnotherLPSE(let faktual, let lpse):
            "penilaian faktual itu mengenai \(faktual), bukan \(lpse)"
        case .faktualAfterEvent(let faktualDate, let eventDate):
            "penilaian faktual tanggal \(faktualDate) bertanggal sesudah peristiwa ini (\(eventDate))"
        case .standardNotTerpenuhi(let standard, let faktualDate):
            "\(standard) tidak terpenuhi dalam penilaian faktual tanggal \(faktualDate): sertifikat atau penilaian "
                + "ulang yang lulus mensyaratkan standar itu terpenuhi (Kepdep LKPP 152/2022 §2.1.e.5, §2.2.c)"
        case .penilaianUlangBeforeRevocation(let standard, let revokedOn, let notice, let faktualDate):
            "\(standard) dicabut pada \(revokedOn)" + (notice.map { " (pencabutan \($0))" } ?? "")
                + ": diperlukan penilaian ulang sesudah tanggal itu (Kepdep LKPP 152/2022 §2.2.c); "
                + "penilaian faktual yang diberikan bertanggal \(faktualDate)"
        case .missing(let what): what
        case .calendar(let error): error.message
        }
    }
}
