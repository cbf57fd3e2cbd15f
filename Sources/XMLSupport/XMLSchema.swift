import CLibXML2
import Core
import Foundation

/// A compiled W3C XML Schema (XSD 1.0), ready to validate many documents.
///
/// Compile it once and validate every file with it; a compiled schema may be used from
/// several threads at once (each validation gets its own context).
///
/// ## Topics
/// - ``init(path:)``
/// - ``validate(_:)``
public final class XMLSchema: @unchecked Sendable {
    // libxml2 documents a compiled schema as read-only during validation.
    private let schema: xmlSchemaPtr
    // The parsed XSD stays alive as long as the schema compiled from it.
    private let source: XMLDocument
    /// Where the schema was read from.
    public var path: String { source.path }

    /// Parses (safely) and compiles the XSD at `path`. The schema may not import or include
    /// other files: external resources are never loaded.
    public init(path: String) throws(XMLError) {
        let document = try XMLDocument.parse(path: path)
        LibXML.prepareThread()
        let sink = ErrorSink(file: path)
        guard let parserContext = xmlSchemaNewDocParserCtxt(document.pointer) else {
            throw XMLError(code: .schema, file: path, message: "cannot create a schema parser")
        }
        defer { xmlSchemaFreeParserCtxt(parserContext) }
        xmlSchemaSetParserStructuredErrors(parserContext, { sinkPointer, error in
            guard let error else { return }
            ErrorSink.from(sinkPointer)?.record(error.pointee)
        }, sink.opaque)
        guard let compiled = xmlSchemaParse(parserContext), sink.diagnostics.isEmpty else {
            throw XMLError(code: .schema, diagnostics: sink.diagnostics.isEmpty
                ? [XMLDiagnostic(file: path, message: "the schema does not compile")] : sink.diagnostics)
        }
        schema = compiled
        source = document
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Validates `document`, returning every violation (empty when valid).
    public func validate(_ document: XMLDocument) -> [XMLDiagnostic] {
        LibXML.prepareThread()
        let sink = ErrorSink(file: document.path)
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [XMLDiagnostic(file: document.path, message: "cannot create a schema validator")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, { sinkPointer, error in
            guard let error else { return }
            ErrorSink.from(sinkPointer)?.record(error.pointee)
        }, sink.opaque)
        let result = xmlSchemaValidateDoc(context, document.pointer)
        if result != 0 && sink.diagnostics.isEmpty {
            return [XMLDiagnostic(file: document.path, message: "the document does not satisfy \(path)")]
        }
        return sink.diagnostics
    }

    /// Parses the file at `path` and validates it, throwing ``XMLError`` with code
    /// ``XMLError/Code/invalid`` when it does not satisfy the schema.
    public func load(path: String) throws(XMLError) -> XMLDocument {
        let document = try XMLDocument.parse(path: path)
        let problems = validate(document)
        guard problems.isEmpty else { throw XMLError(code: .invalid, diagnostics: problems) }
        return document
    }
}

extension XMLSchema {
    /// The compiled schema of the XSD at `path`, compiled once per process for each distinct
    /// content: checking several catalogs in one run (each folder with its own copy of the same
    /// `standar.xsd`) compiles it once. A compiled schema is read-only during validation, so one
    /// instance serves every thread.
    public static func shared(path: String) throws(XMLError) -> XMLSchema {
        // The size-capped reader; anything it refuses, the compiler reports as it would.
        guard let read = try? InputFile.read(path: path) else { return try XMLSchema(path: path) }
        let bytes = Data(read)
        if let schema = SchemaCache.shared.schema(for: bytes) { return schema }
        let schema = try XMLSchema(path: path)
        SchemaCache.shared.store(schema, for: bytes)
        return schema
    }
}

/// Compiled schemas by the bytes of their XSD.
private final class SchemaCache: @unchecked Sendable {
    static let shared = SchemaCache()
    private let lock = NSLock()
    private var schemas: [Data: XMLSchema] = [:]

    func schema(for bytes: Data) -> XMLSchema? {
        lock.lock()
        defer { lock.unlock() }
        return schemas[bytes]
    }

    func store(_ schema: XMLSchema, for bytes: Data) {
        lock.lock()
        defer { lock.unlock() }
        schemas[bytes] = schema
    }
}
