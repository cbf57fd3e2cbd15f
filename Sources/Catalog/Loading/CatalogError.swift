public import XMLSupport

/// The one error type of ``Catalog``: the definitions under `Standards/` cannot be used.
///
/// It carries every problem found, each located by file, line and column, so a person can
/// fix them all in one pass.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    /// Stable codes; new ones may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        /// A file or folder is missing or unreadable.
        public static let unreadable = Code(name: "unreadable")
        /// A file is not well-formed or uses a refused XML feature.
        public static let malformed = Code(name: "malformed")
        /// A file does not satisfy its XSD.
        public static let invalid = Code(name: "invalid")
        /// The files are valid one by one but do not fit together (duplicate ids, missing standards...).
        public static let inconsistent = Code(name: "inconsistent")
        /// A schema under `Standards/schema/` does not compile.
        public static let schema = Code(name: "schema")

        public var description: String { name }
    }

    public var code: Code
    public var diagnostics: [XMLDiagnostic]

    public init(code: Code, diagnostics: [XMLDiagnostic]) {
        self.code = code
        self.diagnostics = diagnostics
    }

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
