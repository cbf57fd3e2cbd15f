public import Core
import Pembinaan

/// The rules every free-text value a person gives must follow before it is recorded: no control
/// character (no line break, escape sequence or bidirectional override can reach the append-only
/// log, a report or a terminal), and identifiers that are names, never paths.
public enum FreeTextInput {
    /// Fails with `invalidInput`, showing the value with the character made visible, when `value`
    /// holds a control character.
    public static func check(_ value: String) throws(WorkspaceError) {
        guard let scalar = VisibleText.firstControl(in: value) else { return }
        throw WorkspaceError(.invalidInput, "hardening.text.control",
                             ["value": VisibleText.escape(value, keepingStyle: false), "char": VisibleText.visible(scalar.value)])
    }

    /// Every string inside `value` (a payload, a context), found by reflection so that a new
    /// field of an event is checked without being listed here.
    public static func checkAll(_ value: Any) throws(WorkspaceError) {
        for text in strings(in: value) {
            try check(text)
        }
    }

    /// A case or LPSE id: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64.
    public static func checkIdentifier(_ value: String, what key: String) throws(WorkspaceError) {
        try check(value)
        let characters = Array(value.unicodeScalars)
        let allowed = characters.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "." || scalar == "_" || scalar == "-"
        }
        guard allowed, let first = characters.first, first != ".", first != "-", first != "_", characters.count <= 64,
              !value.contains("..") else {
            let shown = VisibleText.escape(value, keepingStyle: false)
            throw WorkspaceError(.invalidInput) { language in
                Messages(language).text("hardening.id.invalid", ["value": shown, "what": Messages(language).text(key)])
            }
        }
    }

    static func strings(in value: Any) -> [String] {
        if let text = value as? String { return [text] }
        var found: [String] = []
        let mirror = Mirror(reflecting: value)
        for child in mirror.children {
            found += strings(in: child.value)
        }
        return found
    }
}
