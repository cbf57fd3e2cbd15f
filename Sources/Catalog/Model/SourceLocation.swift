/// Where a definition came from: the file and line, so errors can point at it.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// For values built in code rather than read from a file.
    public static let unknown = SourceLocation(file: "", line: 0)

    public var description: String { "\(file):\(line)" }
}
