public import Core
public import XMLSupport

/// The one error type of ``EvidenceRegistry``: the evidence tree, its metadata or the workspace
/// profile cannot be used.
///
/// Problems with single files (an unreadable file, a symlink) are not errors: a scan reports
/// them and goes on. An `EvidenceError` stops the command: the `Evidence/` folder is missing,
/// a `bukti.xml` or `patuh.xml` is malformed, or the index cannot be written.
public struct EvidenceError: DiagnosedError {
    /// Stable codes; new ones may be added.
    public typealias Code = ErrorCode<EvidenceError>

    public var code: Code
    /// Every problem, located by file and line where possible.
    public var diagnostics: [XMLDiagnostic]

    public init(code: Code, diagnostics: [XMLDiagnostic]) {
        self.code = code
        self.diagnostics = diagnostics
    }

    public init(code: Code, file: String, line: Int = 0, message: String) {
        self.init(code: code, diagnostics: [XMLDiagnostic(file: file, line: line, message: message)])
    }
}

extension ErrorCode where Domain == EvidenceError {
    /// The `Evidence/` folder (or the workspace) is missing or unreadable.
    public static var unreadable: Self { Self("unreadable") }
    /// A `bukti.xml` or `patuh.xml` is not well-formed or does not satisfy its XSD.
    public static var invalidMetadata: Self { Self("invalid-metadata") }
    /// A schema under `Standards/schema/` is missing or does not compile.
    public static var schema: Self { Self("schema") }
    /// The evidence index (the workspace database) failed.
    public static var index: Self { Self("index") }
}
