import Catalog
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
        case receiptDateImpossible(date: CivilDate, reason: ReceiptProblem)
        /// The follow-up deadline of the current stage has not passed yet.
        case deadlineNotPassed(stage: SanctionStage, deadline: CivilDate, endsAt: Instant, zone: IndonesianZone)
        /// A notice (surat) dated after the day its event is recorded, or sent before it was signed.
        case noticeDateImpossible(notice: String, date: CivilDate, recordedOn: CivilDate, sentBeforeIssued: Bool)
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
        /// A case event without a case id.
        case noCaseId
        /// A case opened without any finding.
        case noFindings
        /// Pemulihan recorded without its basis.
        case noBasis
        /// Certificates issued for no standard.
        case noStandards
        /// A text that is not a standard id `S01` ... `S17`.
        case notAStandard(String)
        /// Certificates issued without the decision's number.
        case noDecisionNumber
        /// Any other required text that is missing or wrong, in words.
        case missing(String)
        /// The holiday calendar cannot count the deadline (a year it does not cover).
        case calendar(PembinaanError)
    }

    /// Why a receipt date cannot be true.
    public enum ReceiptProblem: Sendable, Hashable {
        /// The notice with this number dates from a later day.
        case beforeNotice(notice: String, datedOn: CivilDate)
        /// The receipt is after the day it is recorded on.
        case afterRecording(recordedOn: CivilDate)

        /// The problem in `language`.
        public func message(_ language: Language) -> String {
            switch self {
            case .beforeNotice(let notice, let date):
                Messages(language).text("pembinaan.refusal.receipt.beforeNotice", ["notice": notice, "date": date.description])
            case .afterRecording(let date):
                Messages(language).text("pembinaan.refusal.receipt.afterRecording", ["date": date.description])
            }
        }
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

    /// The refusal in a sentence, in English (see ``message(_:)``).
    public var message: String { message(.en) }

    public var description: String { message }
}
