/// One problem found in an input file, located as precisely as its reader allows.
///
/// Its ``description`` is the compiler-style line every Patuh command prints:
/// `FILE:LINE:COL: error: MESSAGE`. A column of 0 means libxml2 gave none; a line of 0
/// means the problem concerns the file as a whole (it could not be read, say).
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The path of the file, as the user named it.
    public var file: String
    /// The 1-based line, or 0 when the problem has no line.
    public var line: Int
    /// The 1-based column, or 0 when unknown.
    public var column: Int
    /// What is wrong, in one sentence.
    public var message: String

    public init(file: String, line: Int = 0, column: Int = 0, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "\(file):\(line):\(column): error: \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Diagnostics in reading order: by file, then line, then column, then message.
    public func sortedByLocation() -> [Diagnostic] {
        sorted { ($0.file, $0.line, $0.column, $0.message) < ($1.file, $1.line, $1.column, $1.message) }
    }
}
