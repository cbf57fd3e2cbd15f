import CLibXML2
import Core

/// A well-formed XML document, parsed by libxml2 with safe options only.
///
/// Parsing never loads a DTD, never substitutes entities, never touches the network or
/// another file, and refuses any document that has a DOCTYPE. Every problem becomes an
/// ``XMLDiagnostic``; libxml2 itself prints nothing.
///
/// ## Topics
/// - ``parse(path:)``
/// - ``parse(bytes:path:)``
/// - ``root``
public final class XMLDocument: @unchecked Sendable {
    // The document is never mutated after parsing, so sharing it across threads is safe.
    let pointer: xmlDocPtr
    /// The path the document was read from, as the user named it.
    public let path: String
    /// The document element as a read-only tree.
    public let root: XMLElement

    private init(pointer: xmlDocPtr, path: String, root: XMLElement) {
        self.pointer = pointer
        self.path = path
        self.root = root
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// Reads the file at `path` through ``InputFile`` and parses it.
    ///
    /// - Parameters:
    ///   - shownAs: how diagnostics name the file, when not by `path` (a path relative to a
    ///     workspace, say).
    ///   - followSymlinks: `false` refuses a symbolic link (see ``InputFile``).
    ///   - limits: the size and attribute limits (``XMLLimits/standard`` unless a test says otherwise).
    public static func parse(path: String, shownAs: String? = nil, followSymlinks: Bool = true,
                             limits: XMLLimits = .standard) throws(XMLError) -> XMLDocument {
        let shown = shownAs ?? path
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(path: path, maximumSize: limits.maximumFileSize, followSymlinks: followSymlinks)
        } catch {
            throw shown == path ? error : XMLError(code: error.code, diagnostics: error.diagnostics.map {
                XMLDiagnostic(file: shown, line: $0.line, column: $0.column, message: $0.message)
            })
        }
        return try parse(bytes: bytes, path: shown, limits: limits)
    }

    /// Parses `bytes`; `path` only names the source in diagnostics.
    ///
    /// Before libxml2 sees them, the bytes are held to `limits`: their size, and the attributes
    /// on one element and in all (``XMLError/Code/forbidden`` naming the element and its line).
    public static func parse(bytes: [UInt8], path: String, limits: XMLLimits = .standard) throws(XMLError) -> XMLDocument {
        LibXML.prepareThread()
        guard !bytes.isEmpty else {
            throw XMLError(code: .malformed, file: path, line: 1, message: "the file is empty; expected an XML document")
        }
        guard bytes.count <= min(limits.maximumFileSize, Int(Int32.max)) else {
            throw XMLError(code: .unreadable, file: path,
                           message: "the document is \(bytes.count) bytes; the limit for an XML input is \(limits.maximumFileSize) bytes")
        }
        try checkAttributes(bytes, path: path, limits: limits)
        let sink = ErrorSink(file: path)
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                LibXML.parse(chars, sink: sink)
            }
        }
        if sink.sawDoctype {
            if let parsed { xmlFreeDoc(parsed) }
            throw XMLError(code: .forbidden, diagnostics: sink.diagnostics.filter { $0.message.contains("DOCTYPE") })
        }
        guard let parsed else {
            let diagnostics = sink.diagnostics.isEmpty
                ? [XMLDiagnostic(file: path, line: 1, message: "not well-formed XML")]
                : sink.diagnostics
            throw XMLError(code: .malformed, diagnostics: diagnostics)
        }
        guard let rootNode = xmlDocGetRootElement(parsed) else {
            xmlFreeDoc(parsed)
            throw XMLError(code: .malformed, file: path, line: 1, message: "the document has no root element")
        }
        return XMLDocument(pointer: parsed, path: path, root: LibXML.element(from: rootNode, document: parsed))
    }

    /// Refuses the bytes when an element, or the document, has more attributes than `limits` allow.
    private static func checkAttributes(_ bytes: [UInt8], path: String, limits: XMLLimits) throws(XMLError) {
        let problem: XMLDiagnostic? = bytes.withUnsafeBufferPointer { buffer in
            guard let excess = AttributeScan(limits: limits).excess(in: buffer) else { return nil }
            let (line, column) = AttributeScan.location(of: excess.offset, in: buffer)
            let element = String(excess.element.prefix(80))
            let message = excess.isTotal
                ? "the document has more than \(limits.maximumAttributes) attributes (at <\(element)>); "
                    + "Patuh accepts at most \(limits.maximumAttributes) in one XML input"
                : "<\(element)> has \(excess.count) attributes; Patuh accepts at most "
                    + "\(limits.maximumAttributesPerElement) on one element"
            return XMLDiagnostic(file: path, line: line, column: column, message: message)
        }
        if let problem { throw XMLError(code: .forbidden, diagnostics: [problem]) }
    }
}
