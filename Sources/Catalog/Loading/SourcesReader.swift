import Core
import XMLSupport

/// Reads `Standards/sumber.xml` (`schema/sumber.xsd`), the documents the catalog cites.
enum SourcesReader {
    /// The namespace of `sumber.xml`.
    static let namespace = "urn:patuh:sumber:1"
    /// The file name under `Standards/`.
    static let fileName = "sumber.xml"
    /// The schema's path under `Standards/`.
    static let schemaPath = "schema/sumber.xsd"

    /// The sources of a schema-valid `<sumber>` root, in file order.
    static func read(_ root: XMLElement, file: String) -> [Source] {
        root.children(named: "source").map { element in
            let about = element.children(named: "about")
            return Source(
                id: element[attribute: "id"] ?? "",
                kind: SourceKind(rawValue: element[attribute: "kind"] ?? "") ?? .rujukan,
                citation: element.child("citation")?.normalizedText ?? "",
                short: element.child("short")?.normalizedText ?? "",
                about: about.isEmpty ? nil : LocalizedText(
                    id: about.first { $0[attribute: "lang"] == "id" }?.normalizedText ?? "",
                    en: about.first { $0[attribute: "lang"] == "en" }?.normalizedText),
                location: SourceLocation(file: file, line: element.line))
        }
    }
}
