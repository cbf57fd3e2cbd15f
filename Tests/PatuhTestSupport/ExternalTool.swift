import Foundation

/// An external program found on PATH (`oscap`, `trestle`, schemathesis's `st`), or `nil`.
public enum ExternalTool {
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public static let oscap = find("oscap")
    public static let trestle = find("trestle")
    /// schemathesis's command line (PyPI schemathesis).
    public static let schemathesis = find("st")

    /// Runs a program and returns its exit status and both outputs (through the one runner).
    public static func run(_ executable: String, _ arguments: [String], in directory: String) throws -> PatuhRunner.Result {
        try PatuhRunner.program(executable, arguments, in: directory)
    }
}
