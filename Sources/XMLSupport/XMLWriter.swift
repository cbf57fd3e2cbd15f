/// Writes XML as text, one element per line, indented by two spaces.
///
/// Patuh never builds a DOM to write XML: every writer of an XML file (the exports, seal files,
/// paket manifests, answer templates, JUnit reports, `patuh.xml`) appends elements here or escapes
/// through ``escape(_:attribute:)``: this type is the one place that escapes text and attribute values. Characters XML 1.0 forbids (control
/// characters other than tab, line feed and carriage return) are dropped; in attribute values,
/// tab, line feed and carriage return are written as character references so that a reader
/// gets them back unchanged.
///
/// ## Topics
/// - ``open(_:_:)``
/// - ``close(_:)``
/// - ``element(_:_:text:)``
/// - ``empty(_:_:)``
public struct XMLWriter: Sendable {
    /// The lines written so far.
    public private(set) var lines: [String] = []
    private var depth = 0

    /// Starts a document with the XML declaration.
    public init(declaration: Bool = true) {
        if declaration { lines.append(#"<?xml version="1.0" encoding="UTF-8"?>"#) }
    }

    // MARK: - Elements

    /// `<name a="v">` on its own line; the following elements are nested one level deeper.
    public mutating func open(_ name: String, _ attributes: [(String, String?)] = []) {
        lines.append(indent + "<" + name + Self.attributes(attributes) + ">")
        depth += 1
    }

    /// `</name>`, one level shallower.
    public mutating func close(_ name: String) {
        depth -= 1
        lines.append(indent + "</" + name + ">")
    }

    /// `<name a="v">text</name>` on one line (the text escaped, its line breaks kept).
    public mutating func element(_ name: String, _ attributes: [(String, String?)] = [], text: String) {
        lines.append(indent + "<" + name + Self.attributes(attributes) + ">" + Self.escape(text) + "</" + name + ">")
    }

    /// `<name a="v"/>`.
    public mutating func empty(_ name: String, _ attributes: [(String, String?)] = []) {
        lines.append(indent + "<" + name + Self.attributes(attributes) + "/>")
    }

    /// A comment (any `--` in the text is split so the comment stays well-formed).
    public mutating func comment(_ text: String) {
        lines.append(indent + "<!-- " + Self.commentText(text) + " -->")
    }

    /// A blank line, for readability between large blocks.
    public mutating func blank() {
        lines.append("")
    }

    /// The document, ending with a line break.
    public var text: String { lines.joined(separator: "\n") + "\n" }

    private var indent: String { String(repeating: "  ", count: max(depth, 0)) }

    // MARK: - Escaping

    /// Attributes as ` a="v" b="w"`; a `nil` value leaves the attribute out.
    public static func attributes(_ attributes: [(String, String?)]) -> String {
        var out = ""
        for (name, value) in attributes {
            guard let value else { continue }
            out += " " + name + "=\"" + escape(value, attribute: true) + "\""
        }
        return out
    }

    /// Text safe in element content (`attribute: false`) or in a double-quoted attribute value.
    public static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Whether every character of `text` is one XML 1.0 can carry (writers that must not drop a
    /// character, such as the seal file, refuse a value for which this is false).
    public static func isRepresentable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isAllowed)
    }

    /// Whether XML 1.0 allows the character at all (§2.2 Char).
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Text safe inside a comment: no `--`, no trailing `-`, only allowed characters.
    public static func commentText(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            if scalar == "-" && out.unicodeScalars.last == "-" { out += " " }
            out.unicodeScalars.append(scalar)
        }
        if out.hasSuffix("-") { out += " " }
        return out
    }
}
