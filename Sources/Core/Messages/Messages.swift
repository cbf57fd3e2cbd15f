/// Every user-facing sentence of Patuh, looked up by key in the catalog of one language.
///
/// The catalogs live in `Messages/id/` and `Messages/en/`, one file per concern; each file adds
/// a table to ``MessageCatalog``. Both languages have exactly the same keys, and every key is
/// used somewhere in `Sources/` (a test checks both). A message names its values in braces,
/// `{file}`, and ``text(_:_:)`` fills them in.
///
/// ## Topics
/// - ``init(_:)``
/// - ``text(_:_:)``
public struct Messages: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The message `key` with its `{name}` placeholders replaced by `values`. A key missing from
    /// the catalog comes back as the key itself, which the catalog test makes impossible.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        let template = MessageCatalog.table(language)[key] ?? key
        guard !values.isEmpty, template.contains("{") else { return template }
        return Messages.fill(template, values)
    }

    /// `text(key, values)` for a language chosen at the call.
    public static func text(_ key: String, _ language: Language, _ values: [String: String] = [:]) -> String {
        Messages(language).text(key, values)
    }

    /// Replaces each `{name}` whose name is in `values`; other braces stay as they are.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

/// The message tables, assembled from the files under `Messages/id/` and `Messages/en/`.
public enum MessageCatalog {
    /// Every key and its message in `language`.
    public static func table(_ language: Language) -> [String: String] {
        switch language {
        case .id: indonesian
        case .en: english
        }
    }

    /// The Indonesian catalog.
    static let indonesian: [String: String] = merge(indonesianParts)

    /// The English catalog.
    static let english: [String: String] = merge(englishParts)

    static func merge(_ parts: [[String: String]]) -> [String: String] {
        parts.reduce(into: [:]) { result, part in
            result.merge(part) { first, _ in first }
        }
    }
}
