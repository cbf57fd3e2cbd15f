public import Assessment

/// The constants of Patuh's OSCAL documents.
public enum OSCALNames {
    /// The OSCAL version the documents are written against.
    public static let version = "1.1.2"
    /// The namespace of Patuh's own props and parts (OSCAL's `ns`): an identifier in the LKPP domain
    /// (as the XCCDF ids use `id.go.lkpp`), not an address that must resolve.
    public static let namespace = "https://lkpp.go.id/ns/patuh/oscal"
    /// The kind of identifier an LPSE's id is (a POA&M's `system-id`).
    public static let lpseIdentifierType = "https://lkpp.go.id/ns/patuh/lpse"
}

/// What the evidence registry knows, for observations that cite evidence.
public struct EvidenceContext: Sendable, Hashable {
    /// The status and files of each evidence rule (files relative to the workspace).
    public var facts: EvidenceFacts
    /// The SHA-256 (lower-case hex) of each file, by path relative to the workspace (`Evidence/...`).
    public var hashes: [String: String]

    /// Creates a context.
    public init(facts: EvidenceFacts = EvidenceFacts(), hashes: [String: String] = [:]) {
        self.facts = facts
        self.hashes = hashes
    }
}
