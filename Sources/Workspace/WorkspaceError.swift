public import Core

/// The one error type of ``Workspace``: why a use case could not give its answer.
///
/// It carries no exit code and prints nothing: a front end decides how to show each ``Kind``
/// (the CLI's exit codes, the server's HTTP statuses). Its words come from the message catalog,
/// so ``lines(_:)`` gives them in either language; diagnostics located by file and line come first.
public struct WorkspaceError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public enum Kind: String, Sendable, Hashable {
        /// A file or a value the user gave is not valid (standards, profile, answer file, argument).
        case invalidInput
        /// What was asked for does not exist (a case, a seal).
        case notFound
        /// A rule of the regulation or of Patuh's policy refuses the step.
        case refused
        /// Stored data breaks an invariant (a broken chain, a value that cannot be read back).
        case corrupt
        /// The workspace database or another resource cannot be used; nothing was overwritten.
        case unavailable
        /// Another process held the workspace database longer than the waiting time; nothing was
        /// changed and the same request may succeed later.
        case busy
    }

    public var kind: Kind
    /// Located problems, shown before the message.
    public var diagnostics: [Diagnostic]
    /// The message's key in the catalog, and its values.
    public var key: String
    public var values: [String: String]
    /// A message already in words (a refusal explained by the domain in both languages), used
    /// instead of the key when present.
    public var text: (@Sendable (Language) -> String)?

    public init(_ kind: Kind, _ key: String, _ values: [String: String] = [:], diagnostics: [Diagnostic] = []) {
        self.kind = kind
        self.key = key
        self.values = values
        self.diagnostics = diagnostics
    }

    /// An error whose words are already given per language.
    public init(_ kind: Kind, diagnostics: [Diagnostic] = [], text: @escaping @Sendable (Language) -> String) {
        self.kind = kind
        self.key = ""
        self.values = [:]
        self.diagnostics = diagnostics
        self.text = text
    }

    /// Every line to show, in `language`: the diagnostics, then the message.
    public func lines(_ language: Language) -> [String] {
        diagnostics.map { $0.translated(language).description } + [text?(language) ?? Messages(language).text(key, values)]
    }

    public var description: String { lines(.en).joined(separator: "\n") }
}
