public import Core

/// Something the state machine accepted that a person must still be told about; it is part of
/// the folded state, so it is shown again whenever the event is.
public struct CaseWarning: Sendable, Hashable {
    /// What the warning is about.
    public enum Reason: Sendable, Hashable {
        /// A pencabutan named standards with no certificate in force to revoke. The pencabutan is
        /// recorded and the standards stay listed as revoked until certified again.
        case revokedWithoutCertificate(standards: [String], notice: String, caseId: String)
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// The warning in a sentence in `language`, from the message catalog.
    public func message(_ language: Language) -> String {
        switch reason {
        case .revokedWithoutCertificate(let standards, let notice, let caseId):
            Messages(language).text("pembinaan.warning.revokedWithoutCertificate",
                                    ["list": standards.joined(separator: ", "), "notice": notice, "case": caseId])
        }
    }
}

extension PembinaanRegister {
    /// The warnings of `event` once folded into this register: what it did that a person must
    /// know although nothing was refused.
    public func warnings(after event: PembinaanEvent) -> [CaseWarning] {
        guard case .eskalasi(.pencabutan, let notice) = event.payload, let id = event.caseId,
              let action = cases[id]?.actions.last(where: { $0.notice == notice }),
              !action.uncertifiedStandards.isEmpty else { return [] }
        return [CaseWarning(.revokedWithoutCertificate(standards: action.uncertifiedStandards,
                                                       notice: notice.number, caseId: id))]
    }
}
