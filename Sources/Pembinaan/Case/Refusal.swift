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
            "a keberatan against \(stage.rawValue), filed \(filedOn), is pending: LKPP must decide it first"
        case .keberatanAlreadyFiled(let stage, let filedOn):
            "a keberatan against this \(stage.rawValue) was already filed on \(filedOn)"
        case .noPendingKeberatan: "there is no pending keberatan to decide"
        case .notLighter(let from, let to):
            "a keberatan may change \(from.rawValue) only to a lighter stage; \(to.rawValue) is not lighter"
        case .noFollowUp(let stage): "the LPSE has filed no follow-up of the \(stage.rawValue) to verify"
        case .remedyAccepted: "a remedy was already accepted"
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
            "keberatan atas \(stage.rawValue) yang diajukan \(filedOn) belum diputus: LKPP harus memutusnya dahulu"
        case .keberatanAlreadyFiled(let stage, let filedOn):
            "keberatan atas \(stage.rawValue) ini sudah diajukan pada \(filedOn)"
        case .noPendingKeberatan: "tidak ada keberatan yang menunggu putusan"
        case .notLighter(let from, let to):
            "putusan keberatan hanya dapat mengubah \(from.rawValue) ke tahap yang lebih ringan; \(to.rawValue) tidak lebih ringan"
        case .noFollowUp(let stage): "LPSE belum mengajukan tindak lanjut \(stage.rawValue) untuk diverifikasi"
        case .remedyAccepted: "perbaikan sudah diterima"
        case .missing(let what): what
        case .calendar(let error): error.message
        }
    }
}
