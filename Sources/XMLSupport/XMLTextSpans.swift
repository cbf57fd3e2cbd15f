/// Where each element of an XML text lies, byte for byte, so that one element can be replaced
/// while every other byte of the file (comments, white space, attribute order, the other
/// elements) stays exactly as it was.
///
/// The scanner is meant for a document that ``XMLDocument`` has already accepted (well-formed,
/// no DOCTYPE): it skips comments, processing instructions and CDATA sections, reads start tags
/// with their attributes (quoted values may hold `>`), and pairs end tags by nesting. On text
/// that is not well-formed it returns what it found so far and never traps.
///
/// ## Topics
/// - ``scan(_:)``
/// - ``Span``
/// - ``replacing(_:with:in:)``
public struct XMLTextSpans: Sendable {
    /// One element of the text.
    public struct Span: Sendable, Hashable {
        /// The qualified name as written (`dokumen`, `p:control`).
        public var name: String
        /// The local name (after any prefix).
        public var localName: String {
            name.split(separator: ":").last.map(String.init) ?? name
        }
        /// Attributes as written, values with the five predefined entities and character
        /// references decoded.
        public var attributes: [(name: String, value: String)]
        /// Depth below the document element (the document element is 0).
        public var depth: Int
        /// The index of the parent span, `nil` for the document element.
        public var parent: Int?
        /// From the `<` of the start tag to just after the `>` of the end tag (or of the empty tag).
        public var outer: Range<Int>
        /// Between the start tag and the end tag (empty for an empty-element tag).
        public var inner: Range<Int>
        /// Whether the element was written as `<name/>`.
        public var selfClosing: Bool
        /// The 1-based line of the start tag.
        public var line: Int

        /// The value of attribute `name` (matched on the local name).
        public subscript(attribute name: String) -> String? {
            attributes.first { $0.name == name || $0.name.split(separator: ":").last.map(String.init) == name }?.value
        }

        public static func == (lhs: Span, rhs: Span) -> Bool {
            lhs.name == rhs.name && lhs.outer == rhs.outer && lhs.depth == rhs.depth
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(name)
            hasher.combine(outer.lowerBound)
            hasher.combine(outer.upperBound)
        }
    }

    /// Every element, in document order.
    public var spans: [Span]

    /// Scans `bytes` (UTF-8).
    public static func scan(_ bytes: [UInt8]) -> XMLTextSpans {
        var scanner = Scanner(bytes: bytes)
        scanner.run()
        return XMLTextSpans(spans: scanner.spans)
    }

    /// The children of the span at `index`, in order.
    public func children(of index: Int) -> [Int] {
        spans.indices.filter { spans[$0].parent == index }
    }

    /// The first child of the span at `index` whose local name is `name`.
    public func child(of index: Int, named name: String) -> Int? {
        spans.indices.first { spans[$0].parent == index && spans[$0].localName == name }
    }

    /// The leading white space of the line the span at `index` starts on (its indentation), when
    /// only white space precedes it on that line.
    public func indentation(of index: Int, in bytes: [UInt8]) -> String {
        var start = spans[index].outer.lowerBound
        var indent: [UInt8] = []
        while start > 0 {
            let byte = bytes[start - 1]
            if byte == UInt8(ascii: "\n") { break }
            guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") else { return "" }
            indent.insert(byte, at: 0)
            start -= 1
        }
        return String(decoding: indent, as: UTF8.self)
    }

    /// `bytes` with `range` replaced by `replacement`.
    public static func replacing(_ range: Range<Int>, with replacement: String, in bytes: [UInt8]) -> [UInt8] {
        Array(bytes[..<range.lowerBound]) + Array(replacement.utf8) + Array(bytes[range.upperBound...])
    }

    /// Decodes the predefined entities and character references of an attribute value or text.
    public static func unescape(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { out += rest[amp...]; return out }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let scalar: Unicode.Scalar?
                if entity.hasPrefix("#x") {
                    scalar = UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if entity.hasPrefix("#") {
                    scalar = UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init)
                } else {
                    scalar = nil
                }
                if let scalar { out.unicodeScalars.append(scalar) } else { out += rest[amp...semicolon] }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }

    // MARK: - Scanning

    private struct Scanner {
        let bytes: [UInt8]
        var position = 0
        var line = 1
        var spans: [Span] = []
        var open: [Int] = []

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func run() {
            while position < bytes.count {
                guard bytes[position] == UInt8(ascii: "<") else { advance(); continue }
                if starts(with: "<!--") {
                    skip(past: "-->")
                } else if starts(with: "<![CDATA[") {
                    skip(past: "]]>")
                } else if starts(with: "<?") {
                    skip(past: "?>")
                } else if starts(with: "<!") {
                    skip(past: ">")
                } else if starts(with: "</") {
                    guard endTag() else { return }
                } else {
                    guard startTag() else { return }
                }
            }
        }

        private mutating func advance() {
            if bytes[position] == UInt8(ascii: "\n") { line += 1 }
            position += 1
        }

        private func starts(with text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            return text.withUTF8Buffer { buffer in
                (0..<count).allSatisfy { bytes[position + $0] == buffer[$0] }
            }
        }

        private mutating func skip(past text: StaticString) {
            while position < bytes.count, !starts(with: text) { advance() }
            for _ in 0..<text.utf8CodeUnitCount where position < bytes.count { advance() }
        }

        private static func isNameByte(_ byte: UInt8) -> Bool {
            !(byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "="))
        }

        private mutating func name() -> String {
            let start = position
            while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        private mutating func skipSpace() {
            while position < bytes.count, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")]
                .contains(bytes[position]) { advance() }
        }

        private mutating func startTag() -> Bool {
            let start = position
            let startLine = line
            position += 1
            let tag = name()
            guard !tag.isEmpty else { return false }
            var attributes: [(name: String, value: String)] = []
            while true {
                skipSpace()
                guard position < bytes.count else { return false }
                if bytes[position] == UInt8(ascii: ">") {
                    position += 1
                    spans.append(Span(name: tag, attributes: attributes, depth: open.count, parent: open.last,
                                      outer: start..<start, inner: position..<position, selfClosing: false, line: startLine))
                    open.append(spans.count - 1)
                    return true
                }
                if starts(with: "/>") {
                    position += 2
                    spans.append(Span(name: tag, attributes: attributes, depth: open.count, parent: open.last,
                                      outer: start..<position, inner: position..<position, selfClosing: true, line: startLine))
                    return true
                }
                let attribute = name()
                guard !attribute.isEmpty else { return false }
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { return false }
                position += 1
                skipSpace()
                guard position < bytes.count else { return false }
                let quote = bytes[position]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return false }
                position += 1
                let valueStart = position
                while position < bytes.count, bytes[position] != quote { advance() }
                guard position < bytes.count else { return false }
                let raw = String(decoding: bytes[valueStart..<position], as: UTF8.self)
                position += 1
                attributes.append((attribute, XMLTextSpans.unescape(raw)))
            }
        }

        private mutating func endTag() -> Bool {
            let start = position
            position += 2
            let tag = name()
            skipSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ">"), let index = open.popLast(),
                  spans[index].name == tag else { return false }
            position += 1
            let opened = spans[index]
            spans[index].inner = opened.inner.lowerBound..<start
            spans[index].outer = opened.outer.lowerBound..<position
            return true
        }
    }
}
