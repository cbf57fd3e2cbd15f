/// libxml2's XSD messages, for the files people edit (`patuh.xml`, `bukti.xml`, answer files),
/// said again as one sentence in the user's language with the expected form: an unknown
/// value with the allowed ones, a value of the wrong shape with an example, a date in another
/// order with the same day written right, a missing namespace, a missing or unexpected element.
/// Messages of other shapes stay as libxml2 wrote them.
///
/// ## Topics
/// - ``translate(_:_:)``
public enum SchemaMessage {
    /// The sentence for `message` in `language`, or `nil` when it is not one of the common cases.
    public static func translate(_ message: String, _ language: Language) -> String? {
        let messages = Messages(language)
        guard let parsed = Parsed(message) else { return nil }
        let subject = parsed.attribute.map { messages.text("xsd.attribute", ["attribute": $0, "element": parsed.element]) }
            ?? "<\(parsed.element)>"
        let rest = parsed.rest
        if rest.hasPrefix("No matching global declaration available for the validation root") {
            let namespace = namespaces[parsed.element] ?? "urn:patuh:…"
            return messages.text("xsd.namespace", ["element": parsed.element, "namespace": namespace])
        }
        if rest.hasPrefix("[facet 'enumeration']"), let value = quoted(rest, after: "The value "),
           let open = rest.firstIndex(of: "{"), let close = rest.lastIndex(of: "}") {
            let allowed = rest[rest.index(after: open)..<close].split(separator: ",")
                .map { $0.trimmingCharacters(" '") }
            let guess = allowed.first { $0.lowercased() == value.lowercased() }
            let values = ["value": value, "subject": subject, "allowed": allowed.joined(separator: ", ")]
            if let guess { return messages.text("xsd.enumeration.guess", values.merging(["guess": guess]) { a, _ in a }) }
            return messages.text("xsd.enumeration", values)
        }
        if rest.hasPrefix("[facet 'pattern']"), let value = quoted(rest, after: "The value "),
           let pattern = quoted(rest, after: "by the pattern ") {
            let values = ["value": value, "subject": subject]
            if pattern == "[a-z0-9]+(-[a-z0-9]+)*" { return messages.text("xsd.pattern.id", values) }
            if pattern.hasPrefix("S(0[1-9]|1[0-7])") { return messages.text("xsd.pattern.rule", values) }
            if pattern == ".*\\S.*" { return messages.text("xsd.empty", ["subject": subject]) }
            if pattern == "[0-9]{4}-[0-9]{2}-[0-9]{2}" { return date(value, subject: subject, messages) }
            return messages.text("xsd.pattern", values.merging(["pattern": pattern]) { a, _ in a })
        }
        if rest.hasPrefix("[facet 'minLength']") {
            return messages.text("xsd.empty", ["subject": subject])
        }
        if let value = quoted(rest, after: ""), rest.contains("is not a valid value of the atomic type") {
            let type = quoted(rest, after: "atomic type ") ?? ""
            if type.hasSuffix("Tanggal") || type.hasSuffix("date") { return date(value, subject: subject, messages) }
            if type.hasSuffix("dateTime") { return messages.text("xsd.dateTime", ["value": value, "subject": subject]) }
            if type.hasSuffix("Teks") { return messages.text("xsd.empty", ["subject": subject]) }
            return messages.text("xsd.type", ["value": value, "subject": subject, "type": localName(type)])
        }
        if let value = quoted(rest, after: ""), rest.contains("is not a valid value of the list type") {
            return messages.text("xsd.list", ["value": value, "subject": subject])
        }
        if rest.hasPrefix("Missing child element(s).") {
            return messages.text("xsd.missing", ["element": parsed.element, "expected": expected(rest)])
        }
        if rest.hasPrefix("This element is not expected.") {
            let expectation = expected(rest)
            if expectation.isEmpty { return messages.text("xsd.unexpected.none", ["element": parsed.element]) }
            return messages.text("xsd.unexpected", ["element": parsed.element, "expected": expectation])
        }
        if rest.hasPrefix("The attribute"), rest.contains("is required but missing"), let name = quoted(rest, after: "The attribute ") {
            return messages.text("xsd.attribute.missing", ["attribute": name, "element": parsed.element])
        }
        if rest.hasPrefix("The attribute"), rest.contains("is not allowed"), let name = quoted(rest, after: "The attribute ") {
            return messages.text("xsd.attribute.unexpected", ["attribute": name, "element": parsed.element])
        }
        return nil
    }

    /// The namespace of each document element people write.
    static let namespaces = ["lpse": "urn:patuh:workspace:1", "bukti": "urn:patuh:bukti:1", "penilaian": "urn:patuh:penilaian:1"]

    private static func date(_ value: String, subject: String, _ messages: Messages) -> String {
        let bytes = Array(value.utf8)
        if bytes.count == 10, bytes[2] == bytes[5], bytes[2] == UInt8(ascii: "-") || bytes[2] == UInt8(ascii: "/") {
            let swapped = String(decoding: bytes[6..<10], as: UTF8.self) + "-" + String(decoding: bytes[3..<5], as: UTF8.self)
                + "-" + String(decoding: bytes[0..<2], as: UTF8.self)
            if CivilDate(iso: swapped) != nil {
                return messages.text("xsd.date.swapped", ["value": value, "subject": subject, "date": swapped])
            }
        }
        return messages.text("xsd.date", ["value": value, "subject": subject])
    }

    /// `( {ns}a, {ns}b )` as `<a>, <b>`.
    private static func expected(_ rest: String) -> String {
        guard let open = rest.find("( "), let close = rest.find(" )", from: open.upperBound) else { return "" }
        return rest[open.upperBound..<close.lowerBound].split(separator: ",")
            .map { "<" + localName(String($0).trimmingCharacters(" ")) + ">" }.joined(separator: ", ")
    }

    /// `{urn:x}name` → `name`.
    static func localName(_ name: String) -> String {
        name.split(separator: "}").last.map(String.init) ?? name
    }

    /// The text inside the first pair of single quotes after `marker`.
    private static func quoted(_ text: String, after marker: String) -> String? {
        let start: String.Index
        if marker.isEmpty {
            start = text.startIndex
        } else {
            guard let found = text.find(marker) else { return nil }
            start = found.upperBound
        }
        guard let open = text[start...].firstIndex(of: "'") else { return nil }
        guard let close = text[text.index(after: open)...].firstIndex(of: "'") else { return nil }
        return String(text[text.index(after: open)..<close])
    }

    /// `Element '{ns}name'[, attribute 'a']: rest`.
    struct Parsed {
        var element: String
        var attribute: String?
        var rest: String

        init?(_ message: String) {
            guard message.hasPrefix("Element '"), let colon = message.find("': ") else { return nil }
            let head = message[message.index(message.startIndex, offsetBy: 9)..<colon.lowerBound]
            if let comma = String(head).find("', attribute '") {
                let text = String(head)
                element = SchemaMessage.localName(String(text[..<comma.lowerBound]))
                attribute = String(text[comma.upperBound...])
            } else {
                element = SchemaMessage.localName(String(head))
                attribute = nil
            }
            rest = String(message[colon.upperBound...])
        }
    }
}

extension Diagnostic {
    /// The diagnostic with an XSD message said as ``SchemaMessage`` says it in `language`
    /// (file, line and column kept); any other message unchanged.
    public func translated(_ language: Language) -> Diagnostic {
        guard let sentence = SchemaMessage.translate(message, language) else { return self }
        return Diagnostic(file: file, line: line, column: column, message: sentence)
    }
}

extension String {
    /// The first range of `needle` at or after `start`.
    fileprivate func find(_ needle: String, from start: String.Index? = nil) -> Range<String.Index>? {
        var index = start ?? startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
            index = self.index(after: index)
        }
        return nil
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(_ characters: String) -> String {
        let set = Set(characters)
        return String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
