import Core
/// A name a standard went by, and the source that used it.
public struct Alias: Sendable, Hashable, Codable {
    public var name: String
    /// The ``Source/id`` of the document that uses the name, if known.
    public var sourceId: String?

    public init(name: String, sourceId: String? = nil) {
        self.name = name
        self.sourceId = sourceId
    }
}

/// One of LKPP's 17 LPSE standards (standar).
public struct Standard: Sendable, Hashable, Codable, Identifiable {
    /// `S01` to `S17`.
    public var id: String
    /// 1 to 17, the order of Keputusan Deputi 152/2022 §2.1.b.
    public var number: Int
    /// The version of this standard's definition.
    public var version: String
    /// The evidence folder name: the id and a slug, e.g. `S03-aset`.
    public var folder: String
    public var name: LocalizedText
    /// Older names the standard went by.
    public var aliases: [Alias]
    public var purpose: LocalizedText
    /// The role responsible for the standard.
    public var role: LocalizedText
    /// The instrument that appoints that role.
    public var instrument: LocalizedText
    /// Further definitions the controls refer to (registers, methods), in Indonesian and English.
    public var notes: [LocalizedText]
    public var controls: [Control]
    public var source: SourceLocation

    public init(
        id: String, number: Int, version: String = "1.0", folder: String? = nil, name: LocalizedText,
        aliases: [Alias] = [], purpose: LocalizedText = LocalizedText(id: ""), role: LocalizedText = LocalizedText(id: ""),
        instrument: LocalizedText = LocalizedText(id: ""), notes: [LocalizedText] = [], controls: [Control],
        source: SourceLocation = .unknown
    ) {
        self.id = id
        self.number = number
        self.version = version
        self.folder = folder ?? id
        self.name = name
        self.aliases = aliases
        self.purpose = purpose
        self.role = role
        self.instrument = instrument
        self.notes = notes
        self.controls = controls
        self.source = source
    }

    /// The mandatory (wajib) controls.
    public var mandatoryControls: [Control] { controls.filter(\.mandatory) }

    /// Every evidence rule of every control, in order.
    public var evidenceRules: [EvidenceRule] { controls.flatMap(\.evidenceRules) }
}
