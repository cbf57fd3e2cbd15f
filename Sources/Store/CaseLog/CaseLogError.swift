public import Pembinaan

/// Why an append to the event log did not happen: the state machine refused the event, or
/// the database could not be used (or its log is broken).
public enum CaseLogError: Error, Sendable, CustomStringConvertible {
    /// A guard of the state machine refused the event; nothing was stored.
    case refused(Refusal)
    /// The database failed, or its stored log is broken (``StoreError/Code/corrupt``).
    case store(StoreError)

    public var description: String {
        switch self {
        case .refused(let refusal): refusal.message
        case .store(let error): error.description
        }
    }
}
