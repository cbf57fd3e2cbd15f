/// Patuh's one rule for showing a share as a percentage, in every output (terminal, HTML,
/// Markdown, PDF, CSV and the `percent` fields of JSON): to the nearest tenth (half away from
/// zero), except that a value below a threshold never shows as reaching it — 79.96 % against
/// an 80 % threshold shows 79.9 %, and 99.96 % shows 99.9 %, never 100 %. The exact fraction
/// stays available as a score and its maximum. docs/angka.md explains the rule.
///
/// ## Topics
/// - ``percent(_:of:decimals:thresholds:)``
/// - ``percent(_:decimals:thresholds:)``
public enum PercentRule {
    /// Fraction digits of a displayed percentage.
    public static let defaultDecimals = 1

    /// `part / whole` as a percentage under the rule, computed exactly in integers; `nil` when
    /// `whole` is not positive. `thresholds` are in percent (100 is always one).
    public static func percent(_ part: Int64, of whole: Int64, decimals: Int = defaultDecimals,
                               thresholds: [Double] = []) -> Double? {
        guard whole > 0 else { return nil }
        let factor = power(decimals)
        let scaled = part * 100 * factor
        // Nearest, half away from zero, in integers.
        let doubled = 2 * scaled
        var units = doubled >= 0 ? (doubled + whole) / (2 * whole) : -((-doubled + whole) / (2 * whole))
        for threshold in thresholds + [100] {
            let below = Double(part) * 100 < threshold * Double(whole)
            if below && Double(units) >= threshold * Double(factor) {
                units = scaled >= 0 ? scaled / whole : -((-scaled + whole - 1) / whole)
            }
        }
        return Double(units) / Double(factor)
    }

    /// An already computed percentage under the rule (for values that are not a ratio of
    /// integers, such as a mean).
    public static func percent(_ exact: Double, decimals: Int = defaultDecimals, thresholds: [Double] = []) -> Double {
        let factor = Double(power(decimals))
        var rounded = (exact * factor).rounded(.toNearestOrAwayFromZero) / factor
        for threshold in thresholds + [100] where exact < threshold && rounded >= threshold {
            rounded = (exact * factor + 1e-9).rounded(.down) / factor
        }
        return rounded
    }

    private static func power(_ decimals: Int) -> Int64 {
        var factor: Int64 = 1
        for _ in 0..<max(decimals, 0) { factor *= 10 }
        return factor
    }
}
