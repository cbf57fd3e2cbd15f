public import Core
public import XMLSupport

/// The one error type of ``Catalog``: the definitions under `Standards/` cannot be used.
///
/// It carries every problem found, each located by file, line and column, so a person can
/// fix them all in one pass.
public struct CatalogError: DiagnosedError {
    /// Stable codes; new ones may be added.
    public typealias Code = ErrorCode<CatalogError>

    public var code: Code
    public var diagnostics: [XMLDiagnostic]

    public init(code: Code, diagnostics: [XMLDiagnostic]) {
        self.code = code
        self.diagnostics = diagnostics
    }

    public init(_ error: XMLError) {
        self.init(code: Code(error.code), diagnostics: error.diagnostics)
    }
}

extension ErrorCode where Domain == CatalogError {
    /// A file or folder is missing or unreadable.
    public static var unreadable: Self { Self("unreadable") }
    /// A file is not well-formed or uses a refused XML feature.
    public static var malformed: Self { Self("malformed") }
    /// A file does not satisfy its XSD.
    public static var invalid: Self { Self("invalid") }
    /// The files are valid one by one but do not fit together (duplicate ids, missing standards...).
    public static var inconsistent: Self { Self("inconsistent") }
    /// A schema under `Standards/schema/` does not compile.
    public static var schema: Self { Self("schema") }
}
