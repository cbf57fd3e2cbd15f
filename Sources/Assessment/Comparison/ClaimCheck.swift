public import Catalog

/// A control claimed `memenuhi` whose required evidence the registry reports missing or expired.
public struct UnsupportedClaim: Sendable, Hashable, Codable {
    public var controlId: String
    /// The control's rules whose evidence is absent, with what the registry said.
    public var rules: [RuleEvidence]

    /// Creates a claim.
    public init(controlId: String, rules: [RuleEvidence]) {
        self.controlId = controlId
        self.rules = rules
    }
}

/// Finds claims without evidence. Pure.
public enum ClaimCheck {
    /// Every control the file claims `memenuhi` for which at least one of the control's evidence
    /// rules is reported missing or expired, in catalog order. Rules the registry does not know
    /// are not counted against the claim.
    public static func claimsWithoutEvidence(_ file: AnswerFile, catalog: StandardsCatalog,
                                             evidence: EvidenceFacts) -> [UnsupportedClaim] {
        guard !evidence.isEmpty else { return [] }
        let statuses = file.statuses
        return catalog.controls.compactMap { control in
            guard statuses[control.id] == .memenuhi else { return nil }
            let absent = control.evidenceRules.compactMap { evidence[$0.id] }.filter(\.status.isAbsent)
            return absent.isEmpty ? nil : UnsupportedClaim(controlId: control.id, rules: absent)
        }
    }
}
