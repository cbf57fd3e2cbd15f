import Foundation

/// Colours for terminal output, on only where they help.
///
/// `NO_COLOR` (non-empty) turns them off; otherwise `FORCE_COLOR` (non-empty, not `0`) turns
/// them on; otherwise they are on when the stream is a terminal.
struct TerminalStyle {
    var enabled: Bool

    static func decide(isTerminal: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        if let value = environment["NO_COLOR"], !value.isEmpty { return TerminalStyle(enabled: false) }
        if let value = environment["FORCE_COLOR"], !value.isEmpty, value != "0" { return TerminalStyle(enabled: true) }
        return TerminalStyle(enabled: isTerminal)
    }

    /// Whether the file descriptor is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    func red(_ text: String) -> String { paint(text, "31") }
    func yellow(_ text: String) -> String { paint(text, "33") }
    func green(_ text: String) -> String { paint(text, "32") }
    func bold(_ text: String) -> String { paint(text, "1") }
    func dim(_ text: String) -> String { paint(text, "2") }

    private func paint(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
