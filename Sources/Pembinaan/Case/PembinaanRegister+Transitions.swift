import Catalog

extension PembinaanRegister {
    mutating func dispatch(_ event: PembinaanEvent) throws(Refusal) {
        try Self.checkNoticeDates(event)
        switch event.payload {
        case .sertifikatDiterbitkan(let standards, let version, let decision, let faktual):
            try require(event, .lkpp)
            try issueCertificates(standards, version: version, decision: decision, faktual: faktual, event: event)
        case .kasusDibuka(let findings, let notice):
            try require(event, .lkpp)
            try open(event, findings: findings, action: SanctionAction(stage: .rekomendasi, notice: notice, imposedOn: event.civilDate))
        case .pelanggaranSLA(_, let notice):
            try require(event, .lkpp)
            let action = SanctionAction(stage: .penghentian, notice: notice, imposedOn: event.civilDate, forSLABreach: true)
            if let id = event.caseId, cases[id] != nil {
                var state = try activeCase(event)
                guard state.stage != .penghentian else { throw Refusal(.atPenghentian(event: event.name)) }
                state.actions.append(action)
                store(state)
            } else {
                try open(event, findings: [], action: action)
            }
        default:
            var state = try activeCase(event)
            try transition(&state, event)
            store(state)
        }
    }

    private mutating func transition(_ state: inout CaseState, _ event: PembinaanEvent) throws(Refusal) {
        switch event.payload {
        case .pemberitahuanDiterima(let date, _):
            try receive(&state, date: date, event: event)
        case .tindakLanjutDiajukan:
            try require(event, .lpse)
            try notAtPenghentian(state, event)
            state.actions[state.actions.count - 1].followUpFiledOn = event.civilDate
        case .perbaikanDiverifikasi(let accepted, let note, let penilaianUlang):
            try require(event, .lkpp)
            try verify(&state, accepted: accepted, note: note, penilaianUlang: penilaianUlang, event: event)
        case .eskalasi(let stage, let notice):
            try require(event, .lkpp)
            try escalate(&state, to: stage, notice: notice, event: event)
        case .keberatanDiajukan(let reason):
            try require(event, .lpse)
            try fileKeberatan(&state, reason: reason, event: event)
        case .keberatanDiputus(let decision, _):
            try require(event, .lkpp)
            try decideKeberatan(&state, decision: decision, event: event)
        case .pemulihan:
            try require(event, .lkpp)
            guard state.stage == .penghentian else { throw Refusal(.notAtPenghentian(stage: state.stage ?? .rekomendasi)) }
            // A pending keberatan is decided before the case closes, or it would wait forever.
            if let pending = state.pendingKeberatan {
                throw Refusal(.keberatanPending(stage: pending.stage, filedOn: pending.filedOn))
            }
            guard event.basis.contains(where: { !$0.isEmpty }) else {
                throw Refusal(.noBasis)
            }
            state.status = .dipulihkan
        case .sertifikatDiterbitkan, .kasusDibuka, .pelanggaranSLA:
            break
        }
    }

    // MARK: - Opening and updating

    private mutating func open(_ event: PembinaanEvent, findings: [Finding], action: SanctionAction) throws(Refusal) {
        guard let id = event.caseId, !id.isEmpty else { throw Refusal(.noCaseId) }
        guard cases[id] == nil else { throw Refusal(.caseExists(id)) }
        if case .kasusDibuka = event.payload, findings.isEmpty {
            throw Refusal(.noFindings)
        }
        cases[id] = CaseState(id: id, lpse: event.lpse, zone: event.zone, findings: findings, status: .aktif,
                              actions: [action], keberatan: [], eventCount: 1)
    }

    private func activeCase(_ event: PembinaanEvent) throws(Refusal) -> CaseState {
        guard let id = event.caseId, let state = cases[id] else { throw Refusal(.unknownCase(event.caseId ?? "")) }
        guard state.status == .aktif else { throw Refusal(.caseClosed(status: state.status)) }
        return state
    }

    private mutating func store(_ state: CaseState) {
        var state = state
        state.eventCount += 1
        cases[state.id] = state
    }

    // MARK: - Guards shared by several events

    func require(_ event: PembinaanEvent, _ role: Role) throws(Refusal) {
        guard event.role == role else { throw Refusal(.wrongRole(event: event.name, required: role, given: event.role)) }
    }

    private func notAtPenghentian(_ state: CaseState, _ event: PembinaanEvent) throws(Refusal) {
        if state.stage == .penghentian { throw Refusal(.atPenghentian(event: event.name)) }
    }

    func counted<T>(_ body: () throws(PembinaanError) -> T) throws(Refusal) -> T {
        do {
            return try body()
        } catch {
            throw Refusal(.calendar(error))
        }
    }

    /// A notice cannot be signed or sent after the day its event is recorded, nor sent before it
    /// was signed: a deadline counted from it would start in the future.
    static func checkNoticeDates(_ event: PembinaanEvent) throws(Refusal) {
        let notice: Notice
        switch event.payload {
        case .kasusDibuka(_, let given), .eskalasi(_, let given), .pelanggaranSLA(_, let given): notice = given
        case .sertifikatDiterbitkan(_, _, let decision, _): notice = decision
        default: return
        }
        let recorded = event.civilDate
        for date in [notice.issuedOn, notice.sentOn].compactMap({ $0 }) where date > recorded {
            throw Refusal(.noticeDateImpossible(notice: notice.number, date: date, recordedOn: recorded, sentBeforeIssued: false))
        }
        if let issued = notice.issuedOn, let sent = notice.sentOn, sent < issued {
            throw Refusal(.noticeDateImpossible(notice: notice.number, date: sent, recordedOn: issued, sentBeforeIssued: true))
        }
    }
}
