import Catalog
public import Core
public import Pembinaan
import Store

/// Who records a case event, on which basis, and (for a new case) in which zone.
public struct CaseEventContext: Sendable {
    /// The actor's name, e.g. `Asesor LKPP`.
    public var actor: String
    public var role: Role
    /// The regulation articles and finding ids the act rests on (empty texts are dropped).
    public var basis: [String]
    /// The LPSE's zone for a new case or certificate (default: the workspace's). A case keeps
    /// the zone it was opened in: naming another one for an existing case is invalid input.
    public var zone: IndonesianZone?

    public init(actor: String, role: Role, basis: [String] = [], zone: IndonesianZone? = nil) {
        self.actor = actor
        self.role = role
        self.basis = basis
        self.zone = zone
    }
}

/// Which case (or LPSE) an event is about.
public enum CaseTarget: Sendable {
    /// An existing case.
    case existing(String)
    /// A new case for `lpse`, with `id` or the next free `K-YYYY-NNN`.
    case newCase(id: String?, lpse: String)
    /// An existing case when `id` names one, else a new case for `lpse` (an SLA breach).
    case existingOrNew(id: String?, lpse: String?)
    /// No case: the LPSE's certificates.
    case lpse(String)
}

/// An event appended to the log: the entry as stored and the case as it now stands.
public struct RecordedCaseEvent: Sendable {
    /// The event as the timeline shows it.
    public var entry: CaseTimelineEntry
    /// Where the case stands at the event's instant (`nil` for certificates).
    public var standing: CaseStanding?
    /// The register after the event.
    public var register: PembinaanRegister

    /// What the event did that a person must know although nothing was refused.
    public var warnings: [CaseWarning] {
        register.warnings(after: entry.event)
    }

    /// The keberatan this event filed, when it was recorded and refused as late.
    public var lateKeberatan: KeberatanRecord? {
        guard case .keberatanDiajukan = entry.event.payload, let record = entry.after?.keberatan.last,
              record.status == .late else { return nil }
        return record
    }

    /// The refusal a front end reports after showing the event: a keberatan recorded as late.
    public var refusal: WorkspaceError? {
        guard let late = lateKeberatan else { return nil }
        let days = register.rules.policy.keberatan.workingDays
        return WorkspaceError(.refused, "pembinaan.keberatan.late", [
            "filed": late.filedOn.description, "deadline": late.deadline.description, "days": String(days),
            "notice": late.notice,
        ])
    }
}

extension PatuhWorkspace {
    // MARK: - One use case per act

    /// LKPP opens a case from findings, imposing a rekomendasi with `notice`. The findings are
    /// checked against the catalog; the LPSE is `lpse` or the workspace's (`patuh.xml`).
    public func openCase(findings: [Finding], notice: Notice, lpse: String? = nil, caseId: String? = nil,
                         context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        let named: String? = if let lpse { lpse } else { try workspaceLPSE() }
        guard let lpse = named else { throw WorkspaceError(.invalidInput, "pembinaan.open.noLPSE") }
        if let empty = findings.first(where: { $0.description.allSatisfy(\.isWhitespace) }) {
            throw WorkspaceError(.invalidInput, "hardening.finding.emptyDescription", ["id": VisibleText.escape(empty.id, keepingStyle: false)])
        }
        let catalog = try catalog()
        do {
            try Finding.check(findings, against: catalog)
        } catch {
            throw WorkspaceError(.invalidInput) { language in error.message(language) }
        }
        var context = context
        context.basis += findings.map(\.id)
        return try record(.kasusDibuka(findings: findings, notice: notice), on: .newCase(id: caseId, lpse: lpse), context: context)
    }

    /// The date the LPSE received the current notice of case `id`.
    public func recordReceipt(_ id: String, on date: CivilDate, proof: String,
                              context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        try record(.pemberitahuanDiterima(date: date, proof: proof), on: .existing(id), context: context)
    }

    /// The LPSE files its follow-up of the current action.
    public func fileFollowUp(_ id: String, summary: String, context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        try record(.tindakLanjutDiajukan(summary: summary), on: .existing(id), context: context)
    }

    /// LKPP verifies the follow-up; accepted closes the case. Accepted at pencabutan, it is a
    /// passed penilaian ulang: the recorded penilaian faktual dated `penilaianUlang`, else the
    /// latest not after today, which the state machine checks.
    /// - Throws: `invalidInput` when `penilaianUlang` names a date with no recorded penilaian faktual.
    public func verifyRemedy(_ id: String, accepted: Bool, note: String, penilaianUlang: CivilDate? = nil,
                             context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        var faktual: RecordedFaktual?
        if accepted, let state = try pembinaanRecord().register.cases[id], state.stage == .pencabutan {
            faktual = try recordedFaktual(of: state.lpse, dated: penilaianUlang, on: state.zone.civilDate(of: now))
        }
        return try record(.perbaikanDiverifikasi(accepted: accepted, note: note, penilaianUlang: faktual),
                          on: .existing(id), context: context)
    }

    /// LKPP escalates the case one stage up.
    public func escalate(_ id: String, to stage: SanctionStage, notice: Notice,
                         context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        try record(.eskalasi(to: stage, notice: notice), on: .existing(id), context: context)
    }

    /// The LPSE objects to the current action. A late keberatan is recorded (see
    /// ``RecordedCaseEvent/lateKeberatan``).
    public func fileKeberatan(_ id: String, reason: String, context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        try record(.keberatanDiajukan(reason: reason), on: .existing(id), context: context)
    }

    /// LKPP decides the pending keberatan.
    public func decideKeberatan(_ id: String, decision: KeberatanDecision, note: String,
                                context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        try record(.keberatanDiputus(decision: decision, note: note), on: .existing(id), context: context)
    }

    /// LKPP records an SLA breach: penghentian for the open case `id`, or a new case for `lpse`.
    public func recordSLABreach(_ id: String?, lpse: String?, description: String, notice: Notice,
                                context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        try record(.pelanggaranSLA(description: description, notice: notice), on: .existingOrNew(id: id, lpse: lpse),
                   context: context)
    }

    /// LKPP restores SPSE service after penghentian, on its basis.
    public func restore(_ id: String, note: String, context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        try record(.pemulihan(note: note), on: .existing(id), context: context)
    }

    // MARK: - Appending

    /// Appends the event `payload` about `target`, checked by the state machine inside the log's
    /// write transaction.
    /// - Throws: `refused` when a guard refuses it (nothing is stored), `invalidInput` for input
    ///   the calendar cannot count or a zone or LPSE that does not fit the case.
    public func record(_ payload: PembinaanEvent.Payload, on target: CaseTarget,
                       context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        guard !context.actor.allSatisfy(\.isWhitespace) else { throw WorkspaceError(.invalidInput, "pembinaan.actor.empty") }
        try FreeTextInput.checkAll(context.actor)
        try FreeTextInput.checkAll(context.basis)
        try FreeTextInput.checkAll(payload)
        switch target {
        case .existing(let id):
            try FreeTextInput.checkIdentifier(id, what: "hardening.what.case")
        case .newCase(let id, let lpse):
            if let id { try FreeTextInput.checkIdentifier(id, what: "hardening.what.case") }
            try FreeTextInput.checkIdentifier(lpse, what: "hardening.what.lpse")
        case .existingOrNew(let id, let lpse):
            if let id { try FreeTextInput.checkIdentifier(id, what: "hardening.what.case") }
            if let lpse { try FreeTextInput.checkIdentifier(lpse, what: "hardening.what.lpse") }
        case .lpse(let lpse):
            try FreeTextInput.checkIdentifier(lpse, what: "hardening.what.lpse")
        }
        let rules = try caseRules()
        let log = try caseLog()
        let now = self.now
        let defaultZone = context.zone ?? workspaceZone
        var inputProblem: WorkspaceError?
        let appended: CaseLog.Appended
        do {
            appended = try log.append(rules: rules) { (register) throws(Refusal) -> PembinaanEvent in
                let resolved: (lpse: String, caseId: String?, zone: IndonesianZone)
                switch Self.resolve(target, in: register, zone: context.zone, defaultZone: defaultZone, now: now) {
                case .success(let value): resolved = value
                case .failure(.refusal(let refusal)): throw refusal
                case .failure(.input(let problem)):
                    inputProblem = problem
                    throw Refusal(.missing("input"))
                }
                return PembinaanEvent(lpse: resolved.lpse, caseId: resolved.caseId, actor: context.actor, role: context.role,
                                      at: now, zone: resolved.zone, basis: context.basis.filter { !$0.isEmpty }, payload: payload)
            }
        } catch {
            if let inputProblem { throw inputProblem }
            throw Self.caseLogFailure(error)
        }
        let state = appended.event.caseId.flatMap { appended.register.cases[$0] }
        let (notice, received) = (appended.record.recordedNotice, appended.record.noticeDiterima.flatMap(CivilDate.init(iso:)))
        let entry = CaseTimelineEntry(sequence: appended.record.seq, caseSequence: appended.record.caseSeq,
                                      event: appended.event, notice: notice, received: received, after: state,
                                      previousHash: appended.record.previousHash, hash: appended.record.hash)
        return RecordedCaseEvent(entry: entry, standing: state?.standing(at: now), register: appended.register)
    }

    private enum ResolveFailure: Error {
        case refusal(Refusal)
        case input(WorkspaceError)
    }

    /// The LPSE, case id and zone of an event, read from the register inside the transaction.
    private static func resolve(_ target: CaseTarget, in register: PembinaanRegister, zone: IndonesianZone?,
                                defaultZone: IndonesianZone, now: Instant)
        -> Result<(lpse: String, caseId: String?, zone: IndonesianZone), ResolveFailure> {
        func existing(_ state: CaseState, lpse: String?) -> Result<(lpse: String, caseId: String?, zone: IndonesianZone), ResolveFailure> {
            if let zone, zone != state.zone {
                return .failure(.input(WorkspaceError(.invalidInput, "pembinaan.zone.mismatch",
                                                      ["zone": zone.rawValue, "id": state.id, "caseZone": state.zone.rawValue])))
            }
            if let lpse, lpse != state.lpse {
                return .failure(.input(WorkspaceError(.invalidInput, "pembinaan.lpse.mismatch",
                                                      ["lpse": lpse, "id": state.id, "caseLPSE": state.lpse])))
            }
            return .success((state.lpse, state.id, state.zone))
        }
        let nextId = { register.nextCaseId(on: defaultZone.civilDate(of: now)) }
        switch target {
        case .existing(let id):
            guard let state = register.cases[id] else { return .failure(.refusal(Refusal(.unknownCase(id)))) }
            return existing(state, lpse: nil)
        case .newCase(let id, let lpse):
            return .success((lpse, id ?? nextId(), defaultZone))
        case .existingOrNew(let id, let lpse):
            if let id, let state = register.cases[id] { return existing(state, lpse: lpse) }
            guard let lpse else {
                return .failure(.input(id.map { WorkspaceError(.invalidInput, "pembinaan.sla.noCase", ["id": $0]) }
                                       ?? WorkspaceError(.invalidInput, "pembinaan.sla.noTarget")))
            }
            return .success((lpse, id ?? nextId(), defaultZone))
        case .lpse(let lpse):
            return .success((lpse, nil, defaultZone))
        }
    }

    // MARK: - Failures

    /// A failure of the case log as the front ends show it: a refusal, invalid input the
    /// calendar cannot count, a broken log, or an unusable database.
    static func caseLogFailure(_ error: CaseLogError) -> WorkspaceError {
        switch error {
        case .refused(let refusal):
            return WorkspaceError(refusal.isInputError ? .invalidInput : .refused) { language in
                Messages(language).text("pembinaan.refused", ["reason": refusal.message(language)])
            }
        default:
            // A broken or unfoldable log is an answer about the log (corrupt); a value the database
            // cannot give back (StoreError) is the database being unusable: exit 70 naming table and row.
            let kind: WorkspaceError.Kind = if case .store = error { .unavailable } else { error.isCorrupt ? .corrupt : .unavailable }
            return WorkspaceError(kind) { language in
                Messages(language).text("pembinaan.failure", ["detail": error.message(language)])
            }
        }
    }
}
