import Catalog
public import Core

/// One deadline a case has set, and where it stands on a given day.
///
/// A case sets three kinds of deadline, each counted in hari kerja on the policy's calendar:
/// the LPSE's follow-up (tindak lanjut) of an action, the LPSE's window to object to it
/// (keberatan), and LKPP's target for deciding a keberatan filed on time (putusan keberatan,
/// informational). ``CaseState/standing(at:)`` lists every one of them with its ``Standing``,
/// so every front end shows the same answer.
///
/// ## Topics
/// - ``Kind``
/// - ``Standing``
/// - ``Closure``
public struct CaseDeadline: Sendable, Hashable {
    /// What the deadline is for.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The LPSE's follow-up of an action (policy: 20, 10 or 60 hari kerja by stage).
        case followUp = "tindak-lanjut"
        /// The LPSE's window to object to an action (5 hari kerja [reg]).
        case keberatan
        /// LKPP's target for deciding a keberatan filed on time (policy, informational).
        case keberatanDecision = "putusan-keberatan"

        /// Who must act by the deadline.
        public var actor: Role {
            self == .keberatanDecision ? .lkpp : .lpse
        }
    }

    /// Where a deadline stands on a day (in the LPSE's zone).
    public enum Standing: Sendable, Hashable {
        /// Its last day has not come yet.
        case running
        /// Today is its last day: the act is still on time until the end of the day.
        case due
        /// Its last day has passed and what it was for has not happened.
        case overdue
        /// It no longer binds anyone, and why.
        case closed(Closure)

        /// Whether the deadline still binds (running, due or overdue).
        public var isOpen: Bool {
            if case .closed = self { return false }
            return true
        }

        /// Whether it is overdue.
        public var isOverdue: Bool { self == .overdue }

        /// The standing's code in JSON: `berjalan`, `hari-terakhir`, `lewat` or `selesai`.
        public var code: String {
            switch self {
            case .running: "berjalan"
            case .due: "hari-terakhir"
            case .overdue: "lewat"
            case .closed: "selesai"
            }
        }
    }

    /// Why a deadline no longer binds.
    public enum Closure: Sendable, Hashable {
        /// LKPP accepted the remedy (follow-up).
        case remedyAccepted
        /// The LPSE filed its follow-up on this date; LKPP has to verify it.
        case followUpFiled(CivilDate)
        /// The LPSE filed a keberatan on time on this date.
        case keberatanFiled(CivilDate)
        /// LKPP decided the keberatan.
        case decided
        /// The action is no longer in force: the case was escalated, or the action was changed
        /// or cancelled on keberatan, or penghentian was imposed for an SLA breach.
        case superseded
        /// The case is closed.
        case caseClosed(CaseStatus)
    }

    public var kind: Kind
    /// The stage of the action the deadline belongs to.
    public var stage: SanctionStage
    /// The number of that action's notice.
    public var notice: String
    /// How the date was counted: receipt (or filing) date, hari kerja, trace, calendar version.
    public var deadline: Deadline
    /// The end of the last day in the LPSE's zone.
    public var endsAt: Instant
    public var standing: Standing

    public init(kind: Kind, stage: SanctionStage, notice: String, deadline: Deadline, endsAt: Instant, standing: Standing) {
        self.kind = kind
        self.stage = stage
        self.notice = notice
        self.deadline = deadline
        self.endsAt = endsAt
        self.standing = standing
    }

    /// The last day the act is on time.
    public var date: CivilDate { deadline.date }

    /// Who must act by the deadline.
    public var actor: Role { kind.actor }

    /// The standing of an open deadline ending on `date`, judged on `today`.
    static func standing(of date: CivilDate, on today: CivilDate) -> Standing {
        if today < date { return .running }
        return today == date ? .due : .overdue
    }
}
