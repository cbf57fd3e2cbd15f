public import XMLSupport

/// The one error type of ``Assessment``: an answer file or the scoring policy cannot be used.
///
/// It carries every problem found, each located by file, line and column, with the element
/// named in the message, so a person can fix them all in one pass.
public struct AssessmentError: Error, Sendable, CustomStringConvertible {
    /// Stable codes; new ones may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        /// A file is missing or unreadable.
        public static let unreadable = Code(name: "unreadable")
        /// A file is not well-formed or uses a refused XML feature.
        public static let malformed = Code(name: "malformed")
        /// A file does not satisfy `penilaian.xsd`, or breaks a rule the XSD cannot state.
        public static let invalid = Code(name: "invalid")
        /// The schema does not compile.
        public static let schema = Code(name: "schema")

        public var description: String { name }
    }

    public var code: Code
    public var diagnostics: [XMLDiagnostic]

    /// Creates an error.
    public init(code: Code, diagnostics: [XMLDiagnostic]) {
        self.code = code
        self.diagnostics = diagnostics
    }

    /// Converts an ``XMLError`` of parsing or validation.
    public init(_ error: XMLError) {
        let code: Code = switch error.code {
        case .unreadable: .unreadable
        case .invalid: .invalid
        case .schema: .schema
        default: .malformed
        }
        self.init(code: code, diagnostics: error.diagnostics)
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
