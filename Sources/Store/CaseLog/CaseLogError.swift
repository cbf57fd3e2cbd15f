public import Core
public import Pembinaan

/// Why an append to (or a read of) the event log did not happen: the state machine refused the
/// event, the stored log is broken, or the database could not be used.
public enum CaseLogError: Error, Sendable, CustomStringConvertible {
    /// A guard of the state machine refused the event; nothing was stored.
    case refused(Refusal)
    /// The hash chain does not hold: nothing can be recorded until the log is restored.
    case broken(path: String, ChainReport.Break)
    /// A stored event cannot be read back.
    case unreadable(path: String, seq: Int, event: String)
    /// The stored events do not fold under the current policy (an event is refused).
    case doesNotFold(path: String, FoldError)
    /// The database failed.
    case store(StoreError)

    /// Whether the failure is stored data breaking an invariant (rather than the database
    /// being unusable or a refusal).
    public var isCorrupt: Bool {
        switch self {
        case .broken, .unreadable, .doesNotFold: true
        case .store(let error): error.code == .corrupt
        case .refused: false
        }
    }

    /// The failure in `language`, from the message catalog (a database fault keeps the
    /// database's own words).
    public func message(_ language: Language) -> String {
        let words = Messages(language)
        switch self {
        case .refused(let refusal):
            return refusal.message(language)
        case .broken(let path, let problem):
            return words.text("pembinaan.log.broken", ["path": path, "problem": problem.message(language)])
        case .unreadable(let path, let seq, let event):
            return words.text("pembinaan.log.unreadable", ["path": path, "seq": String(seq), "event": event])
        case .doesNotFold(let path, let error):
            return words.text("pembinaan.log.doesNotFold", [
                "path": path, "seq": String(error.index + 1), "event": error.event.name,
                "case": error.event.caseId ?? "-", "refusal": error.refusal.message(language),
            ])
        case .store(let error):
            return error.description
        }
    }

    public var description: String { message(.en) }
}
