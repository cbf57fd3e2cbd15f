import Catalog
public import Core

/// A legal step a case waits for: what has to (or may) happen next, who acts, and by or from
/// which day.
///
/// ``CaseStanding/nextSteps`` lists them most pressing first; the first is *the* next step.
public struct NextStep: Sendable, Hashable {
    /// The act.
    public enum Action: Sendable, Hashable {
        /// Record the date the LPSE received the current notice; no deadline runs without it.
        case recordReceipt
        /// LKPP decides the pending keberatan (filed on the date given).
        case decideKeberatan(filedOn: CivilDate)
        /// LKPP verifies the follow-up the LPSE filed on the date given.
        case verifyFollowUp(filedOn: CivilDate)
        /// LKPP may escalate the case to the next stage.
        case escalate(to: SanctionStage)
        /// The LPSE files its follow-up of the current action.
        case fileFollowUp
        /// The LPSE may object to the current action.
        case fileKeberatan
        /// LKPP may restore SPSE service (pemulihan), on its basis.
        case restore
    }

    public var action: Action
    /// The stage of the action in force.
    public var stage: SanctionStage
    /// Its notice's number.
    public var notice: String
    /// Who may record it (both roles for a receipt).
    public var actors: [Role]
    /// Whether the step is an obligation (`true`) or a right (`false`).
    public var required: Bool
    /// The last day to take it, when a deadline applies.
    public var by: CivilDate?
    /// The first day it may be taken, when it may not be taken yet or only from a day.
    public var from: CivilDate?
    /// Whether `by` has passed.
    public var overdue: Bool

    public init(action: Action, stage: SanctionStage, notice: String, actors: [Role], required: Bool,
                by: CivilDate? = nil, from: CivilDate? = nil, overdue: Bool = false) {
        self.action = action
        self.stage = stage
        self.notice = notice
        self.actors = actors
        self.required = required
        self.by = by
        self.from = from
        self.overdue = overdue
    }

    /// The step's code in JSON: `catat-tanda-terima`, `putus-keberatan`, `verifikasi-perbaikan`,
    /// `eskalasi`, `tindak-lanjut`, `keberatan`, `pemulihan`.
    public var code: String {
        switch action {
        case .recordReceipt: "catat-tanda-terima"
        case .decideKeberatan: "putus-keberatan"
        case .verifyFollowUp: "verifikasi-perbaikan"
        case .escalate: "eskalasi"
        case .fileFollowUp: "tindak-lanjut"
        case .fileKeberatan: "keberatan"
        case .restore: "pemulihan"
        }
    }
}
