/// The language of user-facing text: Indonesian by default, English with `--lang en`.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case id
    case en
}
