/// Colours and weights for terminal text, as ANSI escape sequences, or plain text when off.
/// The front end decides whether they are on (a terminal, `NO_COLOR`, `FORCE_COLOR`).
public struct ANSIStyle: Sendable, Hashable {
    public var enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public func red(_ text: String) -> String { paint(text, "31") }
    public func yellow(_ text: String) -> String { paint(text, "33") }
    public func green(_ text: String) -> String { paint(text, "32") }
    public func bold(_ text: String) -> String { paint(text, "1") }
    public func dim(_ text: String) -> String { paint(text, "2") }

    private func paint(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
