import Core

/// Where a control's requirement comes from: the kind of its source, or `turunan` when it is
/// inferred.
public enum BasisKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A rule in a legal instrument.
    case regulasi
    /// An LPSE's or LKPP's practice document, SOP or application.
    case praktik
    /// A press report (facts only).
    case berita
    /// An explanatory or academic text.
    case rujukan
    /// Inferred by the catalog's authors (from ISO/ITSM practice), with no source.
    case turunan

    /// The source kind a cited basis of this kind must have; `nil` for ``turunan``.
    public var sourceKind: SourceKind? {
        SourceKind(rawValue: rawValue)
    }
}

/// One source a control rests on: a ``Source`` of the catalog and the place in it (article,
/// paragraph, page, menu), or, for ``BasisKind/turunan``, one Indonesian sentence saying what
/// was inferred and why.
public struct Basis: Sendable, Hashable, Codable {
    public var kind: BasisKind
    /// The ``Source/id`` cited; `nil` for a turunan basis.
    public var sourceId: String?
    /// Where in the source: `Pasal 10 ayat (1) huruf a`, `Lampiran §2.1.e.5`, `menu standar 12`.
    public var at: String?
    /// The sentence of a turunan basis; empty for a cited one.
    public var text: String
    public var location: SourceLocation

    public init(kind: BasisKind, sourceId: String? = nil, at: String? = nil, text: String = "",
                location: SourceLocation = .unknown) {
        self.kind = kind
        self.sourceId = sourceId
        self.at = at
        self.text = text
        self.location = location
    }

    /// The basis in full: the source's citation and the place in it, or the turunan sentence.
    public func citation(in catalog: StandardsCatalog) -> String {
        guard let sourceId else { return text }
        let cited = catalog.source(sourceId)?.citation ?? sourceId
        return at.map { cited + ", " + $0 } ?? cited
    }

    /// The basis in short: the source's short name and the place in it.
    public func shortCitation(in catalog: StandardsCatalog) -> String {
        guard let sourceId else { return text }
        let cited = catalog.source(sourceId)?.short ?? sourceId
        return at.map { cited + ", " + $0 } ?? cited
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
    /// What the assessor looks for (fakta), in Indonesian and English.
    public var guidance: LocalizedText
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
        id: String, title: LocalizedText, requirement: LocalizedText, guidance: LocalizedText = LocalizedText(id: ""),
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
