import Core

/// The one error type of ``XMLSupport``: a file could not be read, parsed or validated.
///
/// It always carries at least one ``XMLDiagnostic`` naming the file.
public struct XMLError: DiagnosedError {
    /// What kind of failure this is. Codes are stable; new ones may be added.
    public typealias Code = ErrorCode<XMLError>

    public var code: Code
    public var diagnostics: [XMLDiagnostic]

    public init(code: Code, diagnostics: [XMLDiagnostic]) {
        self.code = code
        self.diagnostics = diagnostics
    }

    public init(code: Code, file: String, line: Int = 0, column: Int = 0, message: String) {
        self.init(code: code, diagnostics: [XMLDiagnostic(file: file, line: line, column: column, message: message)])
    }
}

extension ErrorCode where Domain == XMLError {
    /// The file is missing, is a directory, is not readable, or is too large.
    public static var unreadable: Self { Self("unreadable") }
    /// The bytes are not well-formed XML (truncated, bad UTF-8, too deep, ...).
    public static var malformed: Self { Self("malformed") }
    /// The document uses a feature Patuh refuses for safety (a DOCTYPE, entities).
    public static var forbidden: Self { Self("forbidden") }
    /// The document is well-formed but does not satisfy its XSD.
    public static var invalid: Self { Self("invalid") }
    /// The XSD itself could not be compiled.
    public static var schema: Self { Self("schema") }
}
