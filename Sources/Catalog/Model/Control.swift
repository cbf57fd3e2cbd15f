import Core

/// Where a control's requirement comes from.
public enum BasisKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A rule in one of the source regulations.
    case regulasi
    /// Confirmed LPSE practice.
    case praktik
    /// Derived (inferred) from ISO/ITSM practice.
    case turunan
}

/// One source a control rests on.
public struct Basis: Sendable, Hashable, Codable {
    public var kind: BasisKind
    public var text: String

    public init(kind: BasisKind, text: String) {
        self.kind = kind
        self.text = text
    }
}

/// A clause of ISO/IEC 20000-1:2018 or 27001:2022 a control maps to.
public struct ISOMapping: Sendable, Hashable, Codable {
    /// `ISO/IEC 20000-1:2018` or `ISO/IEC 27001:2022`.
    public var standard: String
    /// A clause (`8.2.5`) or an Annex A control (`A.5.9`).
    public var clause: String
    /// No source maps the LPSE standards to ISO: every mapping so far is inferred.
    public var inferred: Bool

    public init(standard: String, clause: String, inferred: Bool) {
        self.standard = standard
        self.clause = clause
        self.inferred = inferred
    }
}

/// A checkable requirement inside a standard (kontrol).
public struct Control: Sendable, Hashable, Codable, Identifiable {
    /// The control id, prefixed by its standard's id: `S03.2`.
    public var id: String
    public var title: LocalizedText
    public var requirement: LocalizedText
    /// What the assessor looks for (fakta).
    public var guidance: String
    /// 1 to 3; 3 marks a core control.
    public var weight: Int
    /// A mandatory (wajib) control must be met for its standard to be terpenuhi.
    public var mandatory: Bool
    /// The control concerns servers the LPSE runs itself.
    public var infra: Bool
    public var bases: [Basis]
    public var isoMappings: [ISOMapping]
    public var evidenceRules: [EvidenceRule]
    public var source: SourceLocation

    public init(
        id: String, title: LocalizedText, requirement: LocalizedText, guidance: String = "",
        weight: Int, mandatory: Bool, infra: Bool = false, bases: [Basis] = [], isoMappings: [ISOMapping] = [],
        evidenceRules: [EvidenceRule] = [], source: SourceLocation = .unknown
    ) {
        self.id = id
        self.title = title
        self.requirement = requirement
        self.guidance = guidance
        self.weight = weight
        self.mandatory = mandatory
        self.infra = infra
        self.bases = bases
        self.isoMappings = isoMappings
        self.evidenceRules = evidenceRules
        self.source = source
    }
}
