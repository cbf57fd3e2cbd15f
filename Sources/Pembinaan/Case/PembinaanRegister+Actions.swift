import Catalog
import Core

extension PembinaanRegister {
    // MARK: - Receipt

    mutating func receive(_ state: inout CaseState, date: CivilDate, event: PembinaanEvent) throws(Refusal) {
        let index = state.actions.count - 1
        let action = state.actions[index]
        if let recorded = action.receivedOn { throw Refusal(.receiptAlreadyRecorded(date: recorded)) }
        let earliest = action.notice.sentOn ?? action.notice.issuedOn ?? action.imposedOn
        guard date >= earliest else {
            throw Refusal(.receiptDateImpossible(date: date, reason: .beforeNotice(notice: action.notice.number, datedOn: earliest)))
        }
        guard date <= event.civilDate else {
            throw Refusal(.receiptDateImpossible(date: date, reason: .afterRecording(recordedOn: event.civilDate)))
        }
        let rules = self.rules
        state.actions[index].receivedOn = date
        state.actions[index].followUpDeadline = try counted { () throws(PembinaanError) in
            try rules.followUpDeadline(action.stage, receipt: date)
        }
        state.actions[index].keberatanDeadline = try counted { () throws(PembinaanError) in
            try rules.keberatanDeadline(receipt: date)
        }
    }

    // MARK: - Remedy

    mutating func verify(_ state: inout CaseState, accepted: Bool, note: String, penilaianUlang: RecordedFaktual?,
                         event: PembinaanEvent) throws(Refusal) {
        let index = state.actions.count - 1
        let action = state.actions[index]
        if action.stage == .penghentian { throw Refusal(.atPenghentian(event: event.name)) }
        guard action.followUpFiledOn != nil else { throw Refusal(.noFollowUp(stage: action.stage)) }
        guard !action.remedyAccepted else { throw Refusal(.remedyAccepted) }
        if accepted && action.stage == .pencabutan {
            // §2.2.c: after pencabutan the remedy is a passed penilaian ulang of the revoked standards.
            try checkPenilaianUlang(penilaianUlang, standards: state.standards, lpse: state.lpse,
                                    after: action.imposedOn, event: event)
        }
        state.actions[index].followUpFiledOn = nil
        guard accepted else { return }
        state.actions[index].remedyAccepted = true
        state.status = .selesai
        if action.stage == .pencabutan {
            let revoked = state.actions.flatMap(\.revokedStandards)
            reissue(revoked, lpse: state.lpse, on: event.civilDate,
                    basis: .penilaianUlang(caseId: state.id, note: note, faktual: penilaianUlang?.reference))
        }
    }

    // MARK: - Escalation

    mutating func escalate(_ state: inout CaseState, to stage: SanctionStage, notice: Notice,
                           event: PembinaanEvent) throws(Refusal) {
        guard let action = state.current else { throw Refusal(.unknownCase(state.id)) }
        guard action.stage != .penghentian else { throw Refusal(.atPenghentian(event: event.name)) }
        guard stage == action.stage.next else { throw Refusal(.notOneStep(from: action.stage, to: stage)) }
        guard action.receivedOn != nil, let deadline = action.followUpDeadline else {
            throw Refusal(.receiptNotRecorded(stage: action.stage, notice: action.notice.number))
        }
        guard !action.remedyAccepted else { throw Refusal(.remedyAccepted) }
        // §2.2.b–d: a stage is escalated only when the LPSE did not remedy; a follow-up it filed
        // must be examined (and rejected) first, or it would be left unverified under the new stage.
        if let filed = action.followUpFiledOn {
            throw Refusal(.followUpUnverified(stage: action.stage, filedOn: filed))
        }
        if let pending = state.pendingKeberatan {
            throw Refusal(.keberatanPending(stage: pending.stage, filedOn: pending.filedOn))
        }
        guard event.civilDate > deadline.date else {
            throw Refusal(.deadlineNotPassed(stage: action.stage, deadline: deadline.date,
                                             endsAt: deadline.endsAt(in: state.zone), zone: state.zone))
        }
        var next = SanctionAction(stage: stage, notice: notice, imposedOn: event.civilDate)
        if stage == .pencabutan {
            next.revokedStandards = revoke(state.standards, lpse: state.lpse, on: event.civilDate,
                                           basis: .pencabutan(notice: notice.number, caseId: state.id))
            next.uncertifiedStandards = state.standards.filter { !next.revokedStandards.contains($0) }
            track(state.standards, revoked: next.revokedStandards, caseId: state.id, notice: notice.number,
                  lpse: state.lpse, on: event.civilDate)
        }
        state.actions.append(next)
    }

    // MARK: - Keberatan

    mutating func fileKeberatan(_ state: inout CaseState, reason: String, event: PembinaanEvent) throws(Refusal) {
        guard let action = state.current else { throw Refusal(.unknownCase(state.id)) }
        guard action.receivedOn != nil, let deadline = action.keberatanDeadline else {
            throw Refusal(.receiptNotRecorded(stage: action.stage, notice: action.notice.number))
        }
        if let earlier = state.keberatan.first(where: { $0.notice == action.notice.number && $0.status != .late }) {
            throw Refusal(.keberatanAlreadyFiled(stage: earlier.stage, filedOn: earlier.filedOn))
        }
        let filed = event.civilDate
        var record = KeberatanRecord(stage: action.stage, notice: action.notice.number, filedOn: filed,
                                     deadline: deadline.date, reason: reason, status: .late)
        if deadline.isOnTime(filed) {
            let rules = self.rules
            record.status = .pending
            let decision = try counted { () throws(PembinaanError) in try rules.decisionDeadline(filed: filed) }
            record.decisionDueBy = decision.date
            record.decisionDeadline = decision
        }
        state.keberatan.append(record)
    }

    mutating func decideKeberatan(_ state: inout CaseState, decision: KeberatanDecision,
                                  event: PembinaanEvent) throws(Refusal) {
        guard let pending = state.pendingKeberatan,
              let recordIndex = state.keberatan.lastIndex(of: pending),
              let action = state.current else { throw Refusal(.noPendingKeberatan) }
        switch decision {
        case .dikuatkan:
            break
        case .diubah(let stage, let notice):
            guard stage < action.stage else { throw Refusal(.notLighter(from: action.stage, to: stage)) }
            undo(state.actions.removeLast(), caseId: state.id, lpse: state.lpse, on: event.civilDate,
                 basis: .keberatanChanged(to: stage, notice: notice.number))
            state.actions.append(SanctionAction(stage: stage, notice: notice, imposedOn: event.civilDate))
        case .dibatalkan:
            undo(state.actions.removeLast(), caseId: state.id, lpse: state.lpse, on: event.civilDate,
                 basis: .keberatanCancelled(stage: action.stage, notice: action.notice.number))
            if state.actions.isEmpty { state.status = .dibatalkan }
        }
        state.keberatan[recordIndex].status = .decided(decision)
    }

    private mutating func undo(_ action: SanctionAction, caseId: String, lpse: String, on date: CivilDate,
                               basis: Certificate.Basis) {
        untrack(notice: action.notice.number, caseId: caseId, lpse: lpse)
        for standard in action.revokedStandards {
            certificatesByLPSE[lpse]?[standard]?.revoked = false
            certificatesByLPSE[lpse]?[standard]?.history.append(Certificate.Change(date: date, status: .berlaku, basis: basis))
        }
    }
}
