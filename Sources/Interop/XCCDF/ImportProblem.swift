import Catalog
public import Core
public import XMLSupport

/// Something `patuh impor xccdf` has to say about a test result: an error (the file is refused)
/// or a warning (the answer file is written, with what was lost named). The message is in
/// Indonesian and English, the caller picks.
public struct ImportProblem: Sendable, Hashable {
    /// How serious.
    public enum Severity: String, Sendable, Hashable {
        /// The file is refused.
        case error
        /// The answer file is written; something did not carry over.
        case warning
    }

    public var severity: Severity
    /// The file being imported.
    public var file: String
    /// The 1-based line of the element concerned, or 0.
    public var line: Int
    public var message: LocalizedText

    /// Creates a problem.
    public init(severity: Severity, file: String, line: Int, message: LocalizedText) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE:0: error: message` (or `warning:`), in Indonesian or (`english`) English.
    public func text(english: Bool) -> String {
        "\(file):\(line):0: \(severity.rawValue): \(english ? (message.en ?? message.id) : message.id)"
    }

    /// As an ``XMLDiagnostic``, in English.
    public var diagnostic: XMLDiagnostic {
        XMLDiagnostic(file: file, line: line, message: message.en ?? message.id)
    }
}
