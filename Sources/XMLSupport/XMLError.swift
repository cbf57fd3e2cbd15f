/// The one error type of ``XMLSupport``: a file could not be read, parsed or validated.
///
/// It always carries at least one ``XMLDiagnostic`` naming the file.
public struct XMLError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is. Codes are stable; new ones may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        /// The file is missing, is a directory, is not readable, or is too large.
        public static let unreadable = Code(name: "unreadable")
        /// The bytes are not well-formed XML (truncated, bad UTF-8, too deep, ...).
        public static let malformed = Code(name: "malformed")
        /// The document uses a feature Patuh refuses for safety (a DOCTYPE, entities).
        public static let forbidden = Code(name: "forbidden")
        /// The document is well-formed but does not satisfy its XSD.
        public static let invalid = Code(name: "invalid")
        /// The XSD itself could not be compiled.
        public static let schema = Code(name: "schema")

        public var description: String { name }
    }

    public var code: Code
    public var diagnostics: [XMLDiagnostic]

    public init(code: Code, diagnostics: [XMLDiagnostic]) {
        self.code = code
        self.diagnostics = diagnostics
    }

    public init(code: Code, file: String, line: Int = 0, column: Int = 0, message: String) {
        self.init(code: code, diagnostics: [XMLDiagnostic(file: file, line: line, column: column, message: message)])
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
