public import Core

/// The one error type of ``Store``: the workspace database cannot be opened or written.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// Stable codes; new ones may be added.
    public typealias Code = ErrorCode<StoreError>

    public var code: Code
    /// The database file concerned.
    public var path: String
    public var message: String

    public init(code: Code, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): error: \(message)" }
}

extension ErrorCode where Domain == StoreError {
    /// The file exists but is not a SQLite database (or is encrypted, or damaged).
    public static var notADatabase: Self { Self("not-a-database") }
    /// The database or its folder cannot be created, opened or written.
    public static var unavailable: Self { Self("unavailable") }
    /// The database was written by a newer Patuh whose migrations this one does not know.
    public static var tooNew: Self { Self("too-new") }
    /// Another process held the database longer than the waiting time.
    public static var busy: Self { Self("busy") }
    /// A reader found a database of an older schema it must not migrate.
    public static var outdated: Self { Self("outdated") }
    /// Stored data breaks an invariant (a broken hash chain, say).
    public static var corrupt: Self { Self("corrupt") }
}
