import Core
import Foundation

/// Writes to the terminal's streams. Output is buffered per call and written whole, with every
/// control character made visible (``VisibleText``): names from the file system and stored
/// values cannot drive the terminal or forge a line.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((VisibleText.escape(text) + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((VisibleText.escape(text) + "\n").utf8))
    }

    /// Writes `text` to stderr without a newline (a prompt).
    static func errorInline(_ text: String) {
        FileHandle.standardError.write(Data(VisibleText.escape(text).utf8))
    }

    /// Encodes a value as stable, human-readable JSON (sorted keys, no escaped slashes).
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
