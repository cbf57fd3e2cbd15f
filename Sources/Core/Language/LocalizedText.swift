/// A text in Indonesian, with an English version where the source gives one.
public struct LocalizedText: Sendable, Hashable, Codable {
    /// The Indonesian text (always present).
    public var id: String
    /// The English text, if any.
    public var en: String?

    public init(id: String, en: String? = nil) {
        self.id = id
        self.en = en
    }

    /// The text in `language`, falling back to Indonesian.
    public func text(_ language: Language) -> String {
        switch language {
        case .id: id
        case .en: en ?? id
        }
    }
}
