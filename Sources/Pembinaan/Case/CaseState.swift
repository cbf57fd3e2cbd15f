import Catalog
public import Core

/// Where a case stands.
public enum CaseStatus: String, Sendable, Hashable, Codable {
    /// Open: an action is in force.
    case aktif
    /// Closed by a verified remedy (or a passed penilaian ulang after pencabutan).
    case selesai
    /// Closed by pemulihan after penghentian.
    case dipulihkan
    /// Closed because the keberatan cancelled the only action.
    case dibatalkan
}

/// One tindakan pembinaan imposed in a case, with its notice, receipt and follow-up.
public struct SanctionAction: Sendable, Hashable, Codable {
    public var stage: SanctionStage
    public var notice: Notice
    /// The civil date the action was imposed (the event's date in the LPSE's zone).
    public var imposedOn: CivilDate
    /// The date the LPSE received the notice, once recorded.
    public var receivedOn: CivilDate?
    /// The follow-up deadline, once the receipt is recorded (none for penghentian).
    public var followUpDeadline: Deadline?
    /// The keberatan deadline, once the receipt is recorded.
    public var keberatanDeadline: Deadline?
    /// The date of the latest follow-up filed and not yet verified.
    public var followUpFiledOn: CivilDate?
    /// Whether a follow-up was accepted.
    public var remedyAccepted: Bool
    /// The standards whose certificates this action revoked (pencabutan).
    public var revokedStandards: [String]
    /// The standards a pencabutan named that had no certificate in force to revoke (recorded with
    /// a warning; see ``PembinaanRegister/revocations(of:)``).
    public var uncertifiedStandards: [String]
    /// Whether the action was imposed for an SLA breach.
    public var forSLABreach: Bool

    public init(stage: SanctionStage, notice: Notice, imposedOn: CivilDate, forSLABreach: Bool = false) {
        self.stage = stage
        self.notice = notice
        self.imposedOn = imposedOn
        self.remedyAccepted = false
        self.revokedStandards = []
        self.uncertifiedStandards = []
        self.forSLABreach = forSLABreach
    }
}

/// A keberatan (objection) against an action.
public struct KeberatanRecord: Sendable, Hashable, Codable {
    /// What happened to it.
    public enum Status: Sendable, Hashable, Codable {
        /// Filed on time, awaiting LKPP's decision (due by `decisionDueBy`, informational).
        case pending
        /// Filed after the deadline: recorded and refused as late.
        case late
        /// Decided by LKPP.
        case decided(KeberatanDecision)
    }

    public var stage: SanctionStage
    public var notice: String
    public var filedOn: CivilDate
    /// The last day it could be filed.
    public var deadline: CivilDate
    public var reason: String
    public var status: Status
    /// LKPP's target date for the decision.
    public var decisionDueBy: CivilDate?
    /// How that target was counted from the filing date (keberatan filed on time only).
    public var decisionDeadline: Deadline?
}

/// A case (kasus pembinaan) as the fold of its events.
public struct CaseState: Sendable, Hashable, Codable {
    public var id: String
    public var lpse: String
    public var zone: IndonesianZone
    public var findings: [Finding]
    public var status: CaseStatus
    /// The actions in force, oldest first; the last one is current. A keberatan that cancels an
    /// action removes it, returning the case to the one before.
    public var actions: [SanctionAction]
    public var keberatan: [KeberatanRecord]
    /// The number of events folded into this case.
    public var eventCount: Int

    /// The action in force.
    public var current: SanctionAction? { actions.last }

    /// The current stage.
    public var stage: SanctionStage? { current?.stage }

    /// The standards the findings concern, sorted.
    public var standards: [String] {
        Array(Set(findings.map(\.standard))).sorted()
    }

    /// The pending keberatan against the current action, if any.
    public var pendingKeberatan: KeberatanRecord? {
        keberatan.last { $0.status == .pending && $0.notice == current?.notice.number }
    }
}
