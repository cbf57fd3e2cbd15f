/// A read-only element of a parsed document: what Patuh's loaders walk.
///
/// Only elements and their text are kept; comments and processing instructions are dropped.
/// Each element remembers the line it starts on, so later checks can point at it.
public struct XMLElement: Sendable, Hashable {
    /// The local name, without prefix.
    public var name: String
    /// The namespace URI, or `nil` for none.
    public var namespace: String?
    /// Attributes in document order, by local name (`xml:lang` is stored as `lang`).
    public var attributes: [Attribute]
    /// Child elements in document order.
    public var children: [XMLElement]
    /// The element's own text and CDATA, concatenated, untrimmed. In mixed content
    /// (`<p>a<span>b</span>c</p>`) this joins the text around the children (`ac`); walk
    /// ``leadingText`` and each child's ``tail`` to read it in document order.
    public var text: String
    /// The text and CDATA after this element's end tag, up to its next sibling element (or its
    /// parent's end): `c` of the `<span>` in `<p>a<span>b</span>c</p>`.
    public var tail: String
    /// The 1-based line where the element starts.
    public var line: Int

    /// One attribute of an element.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var namespace: String?
        public var value: String

        public init(name: String, namespace: String? = nil, value: String) {
            self.name = name
            self.namespace = namespace
            self.value = value
        }
    }

    public init(
        name: String, namespace: String? = nil, attributes: [Attribute] = [],
        children: [XMLElement] = [], text: String = "", tail: String = "", line: Int = 0
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
        self.tail = tail
        self.line = line
    }

    /// The text before the first child element (all of ``text`` when there is none): ``text``
    /// is this followed by the children's ``tail``s.
    public var leadingText: String {
        let tails = children.reduce(0) { $0 + $1.tail.utf8.count }
        guard tails > 0 else { return text }
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: max(utf8.count - tails, 0))
        return String(text[..<end])
    }

    // MARK: - Lookup

    /// The value of the attribute with this local name, if present.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The first child element with this local name.
    public func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// All child elements with this local name, in order.
    public func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The text with runs of white space folded to single spaces and the ends trimmed.
    public var normalizedText: String {
        // Works on UTF-8 bytes: XML white space is ASCII, and this runs for every element loaded.
        // Most texts are already normal (one line, single spaces): those are returned as they are.
        var text = self.text
        return text.withUTF8 { utf8 in
            var isNormal = true
            var previousIsSpace = true  // a leading space is not normal either
            for byte in utf8 {
                let isSpace = byte == 0x20
                if isSpace ? previousIsSpace : (byte == 0x0A || byte == 0x09 || byte == 0x0D) {
                    isNormal = false
                    break
                }
                previousIsSpace = isSpace
            }
            if isNormal && !previousIsSpace { return self.text }
            if isNormal && utf8.isEmpty { return "" }
            return String(unsafeUninitializedCapacity: utf8.count) { buffer in
                var count = 0
                var pendingSpace = false
                for byte in utf8 {
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace {
                            buffer[count] = 0x20
                            count += 1
                        }
                        pendingSpace = false
                        buffer[count] = byte
                        count += 1
                    }
                }
                return count
            }
        }
    }
}
