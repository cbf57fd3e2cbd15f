import Core

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
    public var aliases: [String]
    public var purpose: LocalizedText
    /// The role responsible for the standard.
    public var role: String
    /// The instrument that appoints that role.
    public var instrument: String
    /// Further definitions the controls refer to (registers, methods).
    public var notes: [String]
    public var controls: [Control]
    public var source: SourceLocation

    public init(
        id: String, number: Int, version: String = "1.0", folder: String? = nil, name: LocalizedText,
        aliases: [String] = [], purpose: LocalizedText = LocalizedText(id: ""), role: String = "",
        instrument: String = "", notes: [String] = [], controls: [Control], source: SourceLocation = .unknown
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
