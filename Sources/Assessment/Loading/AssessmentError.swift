public import Core
public import XMLSupport

/// The one error type of ``Assessment``: an answer file or the scoring policy cannot be used.
///
/// It carries every problem found, each located by file, line and column, with the element
/// named in the message, so a person can fix them all in one pass.
public struct AssessmentError: DiagnosedError {
    /// Stable codes; new ones may be added.
    public typealias Code = ErrorCode<AssessmentError>

    public var code: Code
    public var diagnostics: [XMLDiagnostic]

    /// Creates an error.
    public init(code: Code, diagnostics: [XMLDiagnostic]) {
        self.code = code
        self.diagnostics = diagnostics
    }

    /// Converts an ``XMLError`` of parsing or validation.
    public init(_ error: XMLError) {
        self.init(code: Code(error.code), diagnostics: error.diagnostics)
    }
}

extension ErrorCode where Domain == AssessmentError {
    /// A file is missing or unreadable.
    public static var unreadable: Self { Self("unreadable") }
    /// A file is not well-formed or uses a refused XML feature.
    public static var malformed: Self { Self("malformed") }
    /// A file does not satisfy `penilaian.xsd`, or breaks a rule the XSD cannot state.
    public static var invalid: Self { Self("invalid") }
    /// The schema does not compile.
    public static var schema: Self { Self("schema") }
}
