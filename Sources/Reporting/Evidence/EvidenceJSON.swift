import Foundation

/// The JSON of the evidence outputs: pretty, keys sorted, slashes unescaped, so the same
/// inputs give the same bytes.
enum EvidenceJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
