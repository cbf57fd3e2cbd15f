/// Numbers as `xsd:decimal` text: no exponent, no trailing zeros, no `.0`.
///
/// `6` → `"6"`, `86.66666666666667` → `"86.66666666666667"` (the shortest text that reads back
/// as the same `Double`), `1e-05` → `"0.00001"`. Used for XCCDF weights and scores, so a reader
/// gets back exactly the number Patuh computed.
enum DecimalText {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        if value == 0 { return "0" }
        var text = value.description
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            text = expand(mantissa: String(text[..<e]), exponent: Int(text[text.index(after: e)...]) ?? 0)
        }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// `1.5`, `-3` → `0.0015`.
    private static func expand(mantissa: String, exponent: Int) -> String {
        let negative = mantissa.hasPrefix("-")
        let unsigned = negative ? String(mantissa.dropFirst()) : mantissa
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        let digits = whole + fraction
        let point = whole.count + exponent
        var out: String
        if point <= 0 {
            out = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            out = digits + String(repeating: "0", count: point - digits.count)
        } else {
            out = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        while out.count > 1 && out.hasPrefix("0") && !out.hasPrefix("0.") { out.removeFirst() }
        return (negative ? "-" : "") + out
    }
}
