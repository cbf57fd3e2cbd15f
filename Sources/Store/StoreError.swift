/// The one error type of ``Store``: the workspace database cannot be opened or written.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// Stable codes; new ones may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        /// The file exists but is not a SQLite database (or is encrypted, or damaged).
        public static let notADatabase = Code(name: "not-a-database")
        /// The database or its folder cannot be created, opened or written.
        public static let unavailable = Code(name: "unavailable")
        /// The database was written by a newer Patuh whose migrations this one does not know.
        public static let tooNew = Code(name: "too-new")
        /// Stored data breaks an invariant (a broken hash chain, say).
        public static let corrupt = Code(name: "corrupt")

        public var description: String { name }
    }

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
