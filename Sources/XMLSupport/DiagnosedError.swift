/// A stable, evolvable error code of one Patuh module. `Domain` is the error type the code
/// belongs to, so codes of different modules never mix; each module declares its codes in an
/// `extension ErrorCode where Domain == ModuleError`.
public struct ErrorCode<Domain>: Hashable, Sendable, CustomStringConvertible {
    /// The code's stable name, as scripts may match it.
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    public var description: String { name }

    /// The code a module uses for an XML failure: the same name as libxml2's failure
    /// (`unreadable`, `malformed`, `invalid`, `schema`), a refused feature counting as `malformed`.
    public init(_ failure: XMLError.Code) {
        self.init(failure.name == "forbidden" ? "malformed" : failure.name)
    }
}

/// An error that carries every problem found, each located by file, line and column.
///
/// Its description is one `FILE:LINE:COL: error: MESSAGE` line per diagnostic.
public protocol DiagnosedError: Error, Sendable, CustomStringConvertible {
    var diagnostics: [XMLDiagnostic] { get }
}

extension DiagnosedError {
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
