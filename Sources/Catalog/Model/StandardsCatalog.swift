import Core

/// The whole set of standards Patuh assesses against, as loaded from `Standards/`.
///
/// ## Topics
/// - ``standard(_:)``
/// - ``control(_:)``
/// - ``rule(_:)``
/// - ``source(_:)``
public struct StandardsCatalog: Sendable, Hashable, Codable {
    /// The catalog version (answer files name it, so results stay comparable).
    public var version: String
    /// The date the catalog takes effect, `YYYY-MM-DD`.
    public var effective: String
    public var title: LocalizedText
    /// The standards in catalog order.
    public var standards: [Standard]
    /// The documents the catalog cites (`sumber.xml`), in file order.
    public var sources: [Source]
    /// What the catalog as a whole rests on (the 17 standards and their order).
    public var bases: [Basis]
    /// Notes on the catalog as a whole, in Indonesian and English.
    public var notes: [LocalizedText]

    public init(version: String, effective: String, title: LocalizedText = LocalizedText(id: "Standar LPSE"),
                standards: [Standard], sources: [Source] = [], bases: [Basis] = [], notes: [LocalizedText] = []) {
        self.version = version
        self.effective = effective
        self.title = title
        self.standards = standards
        self.sources = sources
        self.bases = bases
        self.notes = notes
    }

    /// The source with this id.
    public func source(_ id: String) -> Source? {
        sources.first { $0.id == id }
    }

    /// The standard with this id (case-insensitive: `s03` finds `S03`).
    public func standard(_ id: String) -> Standard? {
        let wanted = id.uppercased()
        return standards.first { $0.id == wanted }
    }

    /// The control with this id, and its standard.
    public func control(_ id: String) -> (standard: Standard, control: Control)? {
        for standard in standards {
            if let control = standard.controls.first(where: { $0.id == id }) { return (standard, control) }
        }
        return nil
    }

    /// The evidence rule with this id, with its control and standard.
    public func rule(_ id: String) -> (standard: Standard, control: Control, rule: EvidenceRule)? {
        for standard in standards {
            for control in standard.controls {
                if let rule = control.evidenceRules.first(where: { $0.id == id }) { return (standard, control, rule) }
            }
        }
        return nil
    }

    /// Every control in catalog order.
    public var controls: [Control] { standards.flatMap(\.controls) }
}
