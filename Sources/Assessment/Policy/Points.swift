import Core

/// An exact decimal quantity with four fraction digits (1 = 10 000 units), so that sums of
/// weights times status values and the comparison with a threshold never suffer binary
/// floating-point error: 0.1 + 0.2 is 0.3, and 8 of 10 is exactly 80 %.
///
/// The policy's values are written as decimals with at most four fraction digits (the XSD says
/// so); ``parse(_:)`` reads them exactly.
public struct Points: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// Units per 1.
    public static let scale: Int64 = 10_000

    /// The quantity times ``scale``.
    public var units: Int64

    /// Creates a quantity from units of 1/10 000.
    public init(units: Int64) {
        self.units = units
    }

    /// A whole number of points.
    public init(_ whole: Int) {
        self.units = Int64(whole) * Self.scale
    }

    /// Zero.
    public static let zero = Points(units: 0)

    /// Reads `"1"`, `"0.5"`, `"0.8"`, `"0.0625"`; `nil` for anything else (a sign, an exponent,
    /// more than four fraction digits).
    public static func parse(_ text: String) -> Points? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let wholePart = parts.first, !wholePart.isEmpty, wholePart.allSatisfy(\.isASCIIDigit),
              let whole = Int64(wholePart), whole < 1_000_000 else { return nil }
        var fraction: Int64 = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isASCIIDigit) else { return nil }
            fraction = Int64(digits + String(repeating: "0", count: 4 - digits.count))!
        }
        return Points(units: whole * scale + fraction)
    }

    /// The value as a `Double`, for display and JSON.
    public var doubleValue: Double { Double(units) / Double(Self.scale) }

    /// `8`, `7.5`, `0.0625`: no trailing zeros.
    public var description: String {
        let whole = units / Self.scale
        var fraction = String(units % Self.scale)
        guard fraction != "0" else { return String(whole) }
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return "\(whole).\(fraction)"
    }

    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.units < rhs.units }

    public static func + (lhs: Points, rhs: Points) -> Points { Points(units: lhs.units + rhs.units) }

    public static func - (lhs: Points, rhs: Points) -> Points { Points(units: lhs.units - rhs.units) }

    /// The quantity times a whole weight.
    public static func * (lhs: Points, rhs: Int) -> Points { Points(units: lhs.units * Int64(rhs)) }

    /// `part / whole` as a percentage under Patuh's display rule (``PercentRule``): to the
    /// nearest of `decimals` places, except that a ratio below one of `thresholds` (in percent;
    /// 100 always) never shows as reaching it; `nil` when `whole` is zero.
    public static func percent(_ part: Points, of whole: Points, decimals: Int, thresholds: [Double] = []) -> Double? {
        PercentRule.percent(part.units, of: whole.units, decimals: decimals, thresholds: thresholds)
    }

    /// Whether `part / whole >= ratio`, exactly (cross-multiplied in integers).
    public static func ratio(_ part: Points, of whole: Points, atLeast ratio: Points) -> Bool {
        part.units * scale >= ratio.units * whole.units
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
