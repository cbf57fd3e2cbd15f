/// What the evidence registry says about one evidence rule.
///
/// A small value of ``Assessment``'s own, so scoring does not depend on the registry: the CLI
/// fills it from the registry (or from `patuh periksa --format json`).
public struct EvidenceStatus: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    public var rawValue: String

    /// Creates a status from the registry's word for it (kept even when unknown here).
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The files are there and pass every check.
    public static let ok = EvidenceStatus(rawValue: "ok")
    /// No file matches the rule.
    public static let missing = EvidenceStatus(rawValue: "missing")
    /// The newest file is too old, or its validity window has ended.
    public static let expired = EvidenceStatus(rawValue: "expired")
    /// Still valid, but not for long.
    public static let expiring = EvidenceStatus(rawValue: "expiring")
    /// A document that must be signed is not.
    public static let unsigned = EvidenceStatus(rawValue: "unsigned")
    /// A file changed since it was registered.
    public static let tampered = EvidenceStatus(rawValue: "tampered")
    /// The files are there and current, but what is inside fails the rule's content check.
    public static let content = EvidenceStatus(rawValue: "content")

    /// The rule is satisfied for now (`ok` or `expiring`).
    public var isSatisfied: Bool { self == .ok || self == .expiring }

    /// The registry says the evidence is not there to support a claim (`missing` or `expired`).
    public var isAbsent: Bool { self == .missing || self == .expired }

    public var description: String { rawValue }
}

/// The registry's view of one evidence rule: its status, the files it matched, a message.
public struct RuleEvidence: Sendable, Hashable, Codable {
    /// The evidence rule id, e.g. `S03.2.E1`.
    public var ruleId: String
    public var status: EvidenceStatus
    /// The matched files, relative to the workspace.
    public var files: [String]
    /// The registry's explanation, if any.
    public var message: String?

    /// Creates a rule's evidence.
    public init(ruleId: String, status: EvidenceStatus, files: [String] = [], message: String? = nil) {
        self.ruleId = ruleId
        self.status = status
        self.files = files
        self.message = message
    }
}

/// Evidence status per rule, as the scorer and the template read it.
public struct EvidenceFacts: Sendable, Hashable, Codable {
    /// By rule id.
    public var rules: [String: RuleEvidence]

    /// Creates facts from a list of rules (a later entry for the same rule wins).
    public init(_ rules: [RuleEvidence] = []) {
        self.rules = Dictionary(rules.map { ($0.ruleId, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// What is known about a rule, if anything.
    public subscript(ruleId: String) -> RuleEvidence? { rules[ruleId] }

    /// No rule is known.
    public var isEmpty: Bool { rules.isEmpty }
}
