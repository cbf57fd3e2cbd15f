public import Assessment

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
