import Catalog
public import Core

/// One event of a case's life as recorded, with the case as it stood after it: what
/// `patuh pembinaan riwayat` and the pembinaan report list.
public struct CaseTimelineEntry: Sendable, Hashable {
    /// The event's position in the whole log, from 1.
    public var sequence: Int
    /// Its position in the case, from 1 (`nil` outside a case).
    public var caseSequence: Int?
    public var event: PembinaanEvent
    /// The notice the event issues or concerns, as recorded.
    public var notice: Notice?
    /// The receipt date it records (`pemberitahuan-diterima`).
    public var received: CivilDate?
    /// The case after the event.
    public var after: CaseState?
    /// The hash of the record before it in the log's chain, and its own.
    public var previousHash: String
    public var hash: String

    public init(sequence: Int, caseSequence: Int?, event: PembinaanEvent, notice: Notice?, received: CivilDate?,
                after: CaseState?, previousHash: String, hash: String) {
        self.sequence = sequence
        self.caseSequence = caseSequence
        self.event = event
        self.notice = notice
        self.received = received
        self.after = after
        self.previousHash = previousHash
        self.hash = hash
    }
}

extension PembinaanRegister {
    /// Replays `events` in order and gives, for each event of `caseId`, its index in `events`
    /// and the case as it stood after it.
    /// - Throws: the ``FoldError`` of the first event refused.
    public static func replay(_ events: [PembinaanEvent], rules: CaseRules,
                              keeping caseId: String) throws(FoldError) -> [(index: Int, after: CaseState?)] {
        var register = PembinaanRegister(rules: rules)
        var kept: [(index: Int, after: CaseState?)] = []
        for (index, event) in events.enumerated() {
            do {
                try register.apply(event)
            } catch {
                throw FoldError(index: index, event: event, refusal: error)
            }
            if event.caseId == caseId { kept.append((index, register.cases[caseId])) }
        }
        return kept
    }

    /// ``fold(_:rules:)`` that also gives, for each event, the state of its case right after
    /// it (`nil` for an event outside a case): every case's timeline from one pass over the log.
    /// - Throws: the ``FoldError`` of the first event refused.
    public static func foldKeepingCases(_ events: [PembinaanEvent],
                                        rules: CaseRules) throws(FoldError) -> (register: PembinaanRegister, after: [CaseState?]) {
        var register = PembinaanRegister(rules: rules)
        var after: [CaseState?] = []
        after.reserveCapacity(events.count)
        for (index, event) in events.enumerated() {
            do {
                try register.apply(event)
            } catch {
                throw FoldError(index: index, event: event, refusal: error)
            }
            after.append(event.caseId.flatMap { register.cases[$0] })
        }
        return (register, after)
    }

    /// The notice `event` issues or concerns, and the receipt date it records, judged on the
    /// register as it stood before the event.
    public func noticeConcerned(by event: PembinaanEvent) -> (notice: Notice?, received: CivilDate?) {
        let concerned = event.caseId.flatMap { cases[$0]?.current?.notice }
        switch event.payload {
        case .sertifikatDiterbitkan(_, _, let decision, _): return (decision, nil)
        case .kasusDibuka(_, let notice), .eskalasi(_, let notice), .pelanggaranSLA(_, let notice): return (notice, nil)
        case .keberatanDiputus(.diubah(_, let notice), _): return (notice, nil)
        case .pemberitahuanDiterima(let date, _): return (concerned, date)
        default: return (concerned, nil)
        }
    }
}
