import Catalog
public import Core

/// Where a case stands at an instant: every deadline it has set with its standing (running,
/// due, overdue or closed), the next legal steps, and what keeps a deadline from being counted.
///
/// This is the one answer to "what is open, due or overdue today, and what happens next": a
/// pure function of the case (the fold of its events) and the instant. `patuh pembinaan
/// status`, `patuh laporan pembinaan` and any other front end show it; none decides it.
///
/// ## Topics
/// - ``CaseState/standing(at:)``
/// - ``PembinaanRegister/standings(at:lpse:)``
/// - ``openDeadlines``
/// - ``nextSteps``
public struct CaseStanding: Sendable, Hashable {
    /// Something a person must know that is neither a deadline nor a step.
    public enum Note: Sendable, Hashable {
        /// The receipt of the current notice is not recorded: its follow-up and keberatan
        /// deadlines cannot be counted yet.
        case receiptNotRecorded(stage: SanctionStage, notice: String)
        /// SPSE service is stopped (penghentian): only pemulihan by LKPP ends it.
        case serviceStopped
    }

    /// The case as its events left it.
    public var state: CaseState
    /// The instant asked about.
    public var asOf: Instant
    /// Its civil date in the case's zone.
    public var today: CivilDate
    /// Every deadline the case has set, action by action (follow-up, keberatan, then LKPP's
    /// decision of each keberatan filed on time against it), each with its standing.
    public var deadlines: [CaseDeadline]
    /// What happens next, most pressing first; empty when the case is closed.
    public var nextSteps: [NextStep]
    public var notes: [Note]

    /// The deadlines that still bind: running, due or overdue.
    public var openDeadlines: [CaseDeadline] {
        deadlines.filter(\.standing.isOpen)
    }

    /// The open deadlines whose last day has passed.
    public var overdueDeadlines: [CaseDeadline] {
        deadlines.filter(\.standing.isOverdue)
    }

    /// The next legal step, if any.
    public var nextStep: NextStep? { nextSteps.first }
}

extension CaseState {
    /// Where the case stands at `instant` (its civil date in the case's zone decides).
    public func standing(at instant: Instant) -> CaseStanding {
        let today = zone.civilDate(of: instant)
        var notes: [CaseStanding.Note] = []
        if status == .aktif, let current, current.receivedOn == nil {
            notes.append(.receiptNotRecorded(stage: current.stage, notice: current.notice.number))
        }
        if status == .aktif, stage == .penghentian {
            notes.append(.serviceStopped)
        }
        return CaseStanding(state: self, asOf: instant, today: today, deadlines: deadlines(on: today),
                            nextSteps: nextSteps(on: today), notes: notes)
    }

    // MARK: - Deadlines

    /// Every deadline, in the order they were set, with its standing on `today`.
    func deadlines(on today: CivilDate) -> [CaseDeadline] {
        var result: [CaseDeadline] = []
        var placed: Set<Int> = []
        for (index, action) in actions.enumerated() {
            let inForce = index == actions.count - 1
            if let deadline = action.followUpDeadline {
                result.append(make(.followUp, action.stage, action.notice.number, deadline, today: today,
                                   closure: followUpClosure(action, inForce: inForce)))
            }
            if let deadline = action.keberatanDeadline {
                result.append(make(.keberatan, action.stage, action.notice.number, deadline, today: today,
                                   closure: keberatanClosure(action, inForce: inForce)))
            }
            for (recordIndex, record) in keberatan.enumerated() where record.notice == action.notice.number {
                placed.insert(recordIndex)
                if let decision = decisionDeadline(record, inForce: inForce, today: today) { result.append(decision) }
            }
        }
        // Keberatan against actions no longer in force (changed or cancelled on that keberatan).
        for (recordIndex, record) in keberatan.enumerated() where !placed.contains(recordIndex) {
            if let decision = decisionDeadline(record, inForce: false, today: today) { result.append(decision) }
        }
        return result
    }

    private func make(_ kind: CaseDeadline.Kind, _ stage: SanctionStage, _ notice: String, _ deadline: Deadline,
                      today: CivilDate, closure: CaseDeadline.Closure?) -> CaseDeadline {
        let standing = closure.map(CaseDeadline.Standing.closed) ?? CaseDeadline.standing(of: deadline.date, on: today)
        return CaseDeadline(kind: kind, stage: stage, notice: notice, deadline: deadline,
                            endsAt: deadline.endsAt(in: zone), standing: standing)
    }

    private func followUpClosure(_ action: SanctionAction, inForce: Bool) -> CaseDeadline.Closure? {
        if action.remedyAccepted { return .remedyAccepted }
        if inForce, let filed = action.followUpFiledOn { return .followUpFiled(filed) }
        return commonClosure(inForce: inForce)
    }

    private func keberatanClosure(_ action: SanctionAction, inForce: Bool) -> CaseDeadline.Closure? {
        if let filed = keberatan.first(where: { $0.notice == action.notice.number && $0.status != .late }) {
            return .keberatanFiled(filed.filedOn)
        }
        return commonClosure(inForce: inForce)
    }

    private func decisionDeadline(_ record: KeberatanRecord, inForce: Bool, today: CivilDate) -> CaseDeadline? {
        guard let deadline = record.decisionDeadline else { return nil }
        let closure: CaseDeadline.Closure? = switch record.status {
        case .decided: .decided
        case .late: commonClosure(inForce: false)
        case .pending: commonClosure(inForce: inForce)
        }
        return make(.keberatanDecision, record.stage, record.notice, deadline, today: today, closure: closure)
    }

    private func commonClosure(inForce: Bool) -> CaseDeadline.Closure? {
        if status != .aktif { return .caseClosed(status) }
        return inForce ? nil : .superseded
    }

    // MARK: - Next steps

    /// The legal steps the case waits for on `today`, most pressing first.
    func nextSteps(on today: CivilDate) -> [NextStep] {
        guard status == .aktif, let action = current else { return [] }
        func step(_ kind: NextStep.Action, _ actors: [Role], required: Bool, by: CivilDate? = nil,
                  from: CivilDate? = nil) -> NextStep {
            NextStep(action: kind, stage: action.stage, notice: action.notice.number, actors: actors, required: required,
                     by: by, from: from, overdue: by.map { today > $0 } ?? false)
        }
        var steps: [NextStep] = []
        if action.receivedOn == nil {
            steps.append(step(.recordReceipt, [.lkpp, .lpse], required: true))
        }
        let pending = pendingKeberatan
        if let pending {
            steps.append(step(.decideKeberatan(filedOn: pending.filedOn), [.lkpp], required: true, by: pending.decisionDueBy))
        }
        if action.stage != .penghentian, let filed = action.followUpFiledOn, !action.remedyAccepted {
            steps.append(step(.verifyFollowUp(filedOn: filed), [.lkpp], required: true))
        }
        if let deadline = action.followUpDeadline, !action.remedyAccepted, action.followUpFiledOn == nil {
            let escalation = step(.escalate(to: action.stage.next ?? .penghentian), [.lkpp], required: false,
                                  from: deadline.date.adding(days: 1))
            let followUp = step(.fileFollowUp, [.lpse], required: true, by: deadline.date)
            if today > deadline.date, pending == nil, action.stage.next != nil {
                steps += [escalation, followUp]
            } else {
                steps.append(followUp)
            }
        }
        if let deadline = action.keberatanDeadline, today <= deadline.date,
           !keberatan.contains(where: { $0.notice == action.notice.number && $0.status != .late }) {
            steps.append(step(.fileKeberatan, [.lpse], required: false, by: deadline.date))
        }
        if action.stage == .penghentian {
            steps.append(step(.restore, [.lkpp], required: false))
        }
        return steps
    }
}

extension PembinaanRegister {
    /// The standing of every case of `lpse` (every case when `nil`) at `instant`, by case id.
    public func standings(at instant: Instant, lpse: String? = nil) -> [CaseStanding] {
        cases(of: lpse).map { $0.standing(at: instant) }
    }
}
