import Catalog
public import Core

/// The pembinaan record of every LPSE: cases and certificates, recomputed as the fold of the
/// events in order.
///
/// ``apply(_:)`` is the state machine: it checks the event against the guards of
/// `pembinaan.md` and either folds it in or throws a ``Refusal`` saying why, leaving the
/// register unchanged. It reads no clock: "now" is the event's own instant.
///
/// ## Topics
/// - ``fold(_:rules:)``
/// - ``apply(_:)``
/// - ``certificates(of:)``
/// - ``revocations(of:)``
/// - ``warnings(after:)``
/// - ``surveillanceDue(for:)``
public struct PembinaanRegister: Sendable {
    public let rules: CaseRules
    /// Cases by id.
    public internal(set) var cases: [String: CaseState] = [:]
    /// Certificates by LPSE, then standard.
    var certificatesByLPSE: [String: [String: Certificate]] = [:]
    /// Standards named in a pencabutan and not certified since, by LPSE, then standard.
    var revocationsByLPSE: [String: [String: Revocation]] = [:]

    /// An empty register judged by `rules`.
    public init(rules: CaseRules) {
        self.rules = rules
    }

    /// The register after `events`, in order.
    /// - Throws: the ``Refusal`` of the first event that breaks a guard, with its index.
    public static func fold(_ events: [PembinaanEvent], rules: CaseRules) throws(FoldError) -> PembinaanRegister {
        var register = PembinaanRegister(rules: rules)
        for (index, event) in events.enumerated() {
            do {
                try register.apply(event)
            } catch {
                throw FoldError(index: index, event: event, refusal: error)
            }
        }
        return register
    }

    /// Folds `event` in, or throws why it is refused (the register is then unchanged).
    public mutating func apply(_ event: PembinaanEvent) throws(Refusal) {
        var next = self
        try next.dispatch(event)
        self = next
    }

    /// The certificates of `lpse`, by standard.
    public func certificates(of lpse: String) -> [Certificate] {
        (certificatesByLPSE[lpse] ?? [:]).values.sorted { $0.standard < $1.standard }
    }

    /// The standards of `lpse` named in a pencabutan and not certified again since, by standard:
    /// they stay listed after their case closes (pemulihan included) until re-certified.
    public func revocations(of lpse: String) -> [Revocation] {
        (revocationsByLPSE[lpse] ?? [:]).values.sorted { $0.standard < $1.standard }
    }

    /// Every LPSE holding or having held a certificate, sorted.
    public var certifiedLPSEs: [String] {
        certificatesByLPSE.keys.sorted()
    }

    /// When the next surveillance of `lpse` is due: the policy's interval after the latest
    /// issue of a certificate still in force on `date`; `nil` when none is.
    public func surveillanceDue(for lpse: String, asOf date: CivilDate) -> CivilDate? {
        let inForce = certificates(of: lpse).filter { $0.status(on: date) == .berlaku }
        return inForce.map(\.issuedOn).max()?.adding(months: rules.policy.surveillanceIntervalMonths)
    }

    /// The cases of `lpse` (all LPSEs when `nil`), by id.
    public func cases(of lpse: String? = nil) -> [CaseState] {
        cases.values.filter { lpse == nil || $0.lpse == lpse }.sorted { $0.id < $1.id }
    }
}

/// An event log that cannot be folded: the event at ``index`` is refused.
public struct FoldError: Error, Sendable, CustomStringConvertible {
    public var index: Int
    public var event: PembinaanEvent
    public var refusal: Refusal

    public var description: String {
        "event \(index + 1) (\(event.name), case \(event.caseId ?? "-")) is refused: \(refusal.message)"
    }
}
