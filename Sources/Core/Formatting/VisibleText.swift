/// Text shown to a person with every control character made visible, so that a file name or a
/// stored value cannot move the cursor, clear the screen, set a terminal's title, forge a line
/// of output or reorder what is read (issue 10, item 8).
///
/// Kept as they are: line feeds, tabs, a carriage return directly before a line feed (CSV's line
/// end), and (when `keepingStyle`) the colour sequences Patuh's own terminal style writes
/// (`ESC [ digits;… m`, nothing else). Everything else in C0, DEL and C1 is written `\x1b`,
/// `\u{85}`; the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) `\u{202E}`.
public enum VisibleText {
    /// `text` with its control characters made visible; `text` itself when there are none.
    public static func escape(_ text: String, keepingStyle: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: needsLook) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            if !needsLook(scalar) || value == 0x0A || value == 0x09 {
                out.append(scalar)
            } else if value == 0x0D, index + 1 < scalars.count, scalars[index + 1].value == 0x0A {
                out.append(scalar)
            } else if value == 0x1B, keepingStyle, let end = styleEnd(scalars, from: index) {
                out.append(contentsOf: scalars[index...end])
                index = end
            } else {
                out.append(contentsOf: visible(value).unicodeScalars)
            }
            index += 1
        }
        return String(out)
    }

    /// Whether `text` holds a character a free-text input refuses: a control character
    /// (C0, DEL, C1, line breaks included) or a bidirectional override.
    public static func firstControl(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: needsLook)
    }

    /// The visible form of one refused character (`\x1b`).
    public static func visible(_ value: UInt32) -> String {
        if value < 0x80 {
            let hex = String(value, radix: 16)
            return "\\x" + (hex.count == 1 ? "0" + hex : hex)
        }
        return "\\u{" + String(value, radix: 16, uppercase: true) + "}"
    }

    private static func needsLook(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value)
    }

    /// The index of the `m` ending a colour sequence that starts at `start` (`ESC [ 0-9; m`), if any.
    private static func styleEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var index = start + 2
        while index < scalars.count, index - start <= 12 {
            let scalar = scalars[index]
            if scalar == "m" { return index > start + 2 ? index : nil }
            guard ("0"..."9").contains(scalar) || scalar == ";" else { return nil }
            index += 1
        }
        return nil
    }
}
