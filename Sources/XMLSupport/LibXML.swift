import CLibXML2

/// The thin layer over libxml2's C API: process set-up, the safe parse, tree conversion.
enum LibXML {
    /// Options for every parse: no network, big line numbers. Deliberately absent:
    /// `XML_PARSE_NOENT` (substitution), `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDATTR`,
    /// `XML_PARSE_DTDVALID`, `XML_PARSE_HUGE` (which lifts the depth and size limits) and
    /// `XML_PARSE_XINCLUDE`.
    static let safeOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue)

    /// Initialises libxml2 once per process and refuses every external resource.
    private static let initialised: Bool = {
        xmlInitParser()
        // No DTD, entity or schema import is ever loaded from a file or the network.
        xmlSetExternalEntityLoader { _, _, _ in nil }
        return true
    }()

    /// Makes sure nothing libxml2 reports on this thread reaches the terminal.
    static func prepareThread() {
        _ = initialised
        patuh_xml_silence_generic_errors()
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }

    /// Parses a buffer with a parser that stops at the first DOCTYPE.
    static func parse(_ chars: UnsafeBufferPointer<CChar>, sink: ErrorSink) -> xmlDocPtr? {
        guard let context = xmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else {
            sink.add(line: 0, column: 0, message: "cannot create an XML parser")
            return nil
        }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = sink.opaque
        if let sax = context.pointee.sax {
            sax.pointee.serror = { userData, error in
                guard let userData, let error else { return }
                let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
                ErrorSink.from(parser.pointee._private)?.record(error.pointee)
            }
            sax.pointee.internalSubset = { userData, _, _, _ in
                guard let userData else { return }
                let parser = userData.assumingMemoryBound(to: xmlParserCtxt.self)
                let line = parser.pointee.input.map { Int($0.pointee.line) } ?? 0
                if let sink = ErrorSink.from(parser.pointee._private) {
                    sink.sawDoctype = true
                    sink.add(line: line, column: 0,
                             message: "a DOCTYPE is not allowed: Patuh refuses DTDs and entity declarations")
                }
                xmlStopParser(parser)
            }
        }
        xmlSetStructuredErrorFunc(sink.opaque) { sinkPointer, error in
            guard let error else { return }
            ErrorSink.from(sinkPointer)?.record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil) { _, _ in } }
        _ = xmlCtxtUseOptions(context, safeOptions)
        _ = xmlParseDocument(context)
        let document = context.pointee.myDoc
        context.pointee.myDoc = nil
        if context.pointee.wellFormed == 0 || sink.sawDoctype {
            if let document { xmlFreeDoc(document) }
            return nil
        }
        return document
    }

    /// Converts a libxml2 element to the read-only tree (depth is bounded by libxml2's own limit).
    static func element(from node: xmlNodePtr, document: xmlDocPtr) -> XMLElement {
        var converter = TreeConverter(document: document)
        return converter.element(from: node)
    }
}

/// Builds ``XMLElement``s from one libxml2 document, making each distinct namespace URI a
/// Swift string once (a URI is longer than a small string, so each copy would allocate).
private struct TreeConverter {
    let document: xmlDocPtr
    private var namespaces: [(href: UnsafePointer<xmlChar>, string: String)] = []

    init(document: xmlDocPtr) {
        self.document = document
    }

    private mutating func namespace(_ ns: xmlNsPtr?) -> String? {
        guard let href = ns?.pointee.href else { return nil }
        for known in namespaces where known.href == href { return known.string }
        let string = String(cString: href)
        namespaces.append((href, string))
        return string
    }

    mutating func element(from node: xmlNodePtr) -> XMLElement {
        var attributes: [XMLElement.Attribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            let namespace = namespace(current.pointee.ns)
            var value = ""
            if let text = current.pointee.children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE {
                // The usual case: one text node, whose content is the value.
                if let content = text.pointee.content { value = String(cString: content) }
            } else if let raw = xmlNodeListGetString(document, current.pointee.children, 1) {
                value = String(cString: raw)
                patuh_xmlFree(raw)
            }
            attributes.append(.init(name: name, namespace: namespace, value: value))
            attribute = current.pointee.next
        }
        var children: [XMLElement] = []
        var text = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if children.isEmpty { children.reserveCapacity(Int(xmlChildElementCount(node))) }
                children.append(element(from: current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    let piece = String(cString: content)
                    if text.isEmpty { text = piece } else { text += piece }
                    // Text after a child element is that child's tail (mixed content in order).
                    if !children.isEmpty { children[children.count - 1].tail += piece }
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return XMLElement(
            name: String(cString: node.pointee.name),
            namespace: namespace(node.pointee.ns),
            attributes: attributes,
            children: children,
            text: text,
            line: Int(xmlGetLineNo(node))
        )
    }
}
