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
}

/// An error that carries every problem found, each located by file, line and column.
///
/// Its description is one `FILE:LINE:COL: error: MESSAGE` line per diagnostic.
public protocol DiagnosedError: Error, Sendable, CustomStringConvertible {
    var diagnostics: [Diagnostic] { get }
}

extension DiagnosedError {
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
