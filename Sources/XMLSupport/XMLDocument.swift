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

    /// Reads and parses the file at `path`.
    public static func parse(path: String) throws(XMLError) -> XMLDocument {
        let bytes = try FileBytes.read(path: path)
        return try parse(bytes: bytes, path: path)
    }

    /// Parses `bytes`; `path` only names the source in diagnostics.
    public static func parse(bytes: [UInt8], path: String) throws(XMLError) -> XMLDocument {
        LibXML.prepareThread()
        guard !bytes.isEmpty else {
            throw XMLError(code: .malformed, file: path, line: 1, message: "the file is empty; expected an XML document")
        }
        guard bytes.count <= Int(Int32.max) else {
            throw XMLError(code: .unreadable, file: path, message: "the file is too large")
        }
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
}
