/// Numbers as a reader of each language writes them: Indonesian `1.234,5` and `88,9 %`,
/// English `1,234.5` and `88.9%`. The value is shown as given (round it first with
/// ``PercentRule``); this only spells it.
///
/// ## Topics
/// - ``decimal(_:decimals:trimZeros:_:)``
/// - ``percent(_:decimals:_:)``
/// - ``integer(_:_:)``
public enum NumberText {
    /// `value` with `decimals` fraction digits (trailing zeros dropped when `trimZeros`).
    public static func decimal(_ value: Double, decimals: Int = 1, trimZeros: Bool = false, _ language: Language) -> String {
        var factor: Int64 = 1
        for _ in 0..<max(decimals, 0) { factor *= 10 }
        let units = Int64((value * Double(factor)).rounded(.toNearestOrAwayFromZero))
        let magnitude = units < 0 ? -units : units
        let sign = units < 0 ? "-" : ""
        var whole = group(magnitude / factor, language)
        guard decimals > 0 else { return sign + whole }
        var fraction = String(magnitude % factor)
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        if trimZeros { while fraction.hasSuffix("0") { fraction.removeLast() } }
        if !fraction.isEmpty { whole += (language == .en ? "." : ",") + fraction }
        return sign + whole
    }

    /// A percentage with its sign: `88,9 %` (Indonesian, as PUEBI writes it) or `88.9%`.
    public static func percent(_ value: Double, decimals: Int = PercentRule.defaultDecimals, _ language: Language) -> String {
        decimal(value, decimals: decimals, language) + (language == .en ? "%" : " %")
    }

    /// A whole number with thousands separators: `1.234` or `1,234`.
    public static func integer(_ value: Int, _ language: Language) -> String {
        (value < 0 ? "-" : "") + group(Int64(abs(value)), language)
    }

    private static func group(_ value: Int64, _ language: Language) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += language == .en ? "," : "." }
            out.append(digit)
        }
        return out
    }
}
