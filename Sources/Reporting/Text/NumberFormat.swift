import Assessment
import Catalog
import Core

/// How penilaian commands print numbers: at most `decimals` places, no trailing zeros, `—` for none.
public enum NumberFormat {
    /// `8`, `7.5`, `62.25`, `—`; in Indonesian with a decimal comma: `7,5`.
    public static func number(_ value: Double?, decimals: Int = 2, language: Language = .en) -> String {
        guard let value else { return "—" }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let rounded = (value * factor).rounded() / factor
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        if language == .id { return String(number(rounded, decimals: decimals).map { $0 == "." ? "," : $0 }) }
        var text = String(rounded)
        if text.contains("e") { return String(Int(rounded)) }
        while text.hasSuffix("0") { text.removeLast() }
        return text
    }

    /// A percentage's number with exactly `decimals` places in the language's notation (`88,9`,
    /// `88.9`); the value is already rounded under ``PercentRule`` by the scorer.
    public static func percent(_ value: Double?, decimals: Int, language: Language) -> String {
        guard let value else { return "—" }
        return NumberText.decimal(value, decimals: decimals, language)
    }

    /// A score with its model and maximum: `62.5 dari 100 (default)`.
    public static func score(_ score: Score, language: Language) -> String {
        "\(number(score.value, language: language)) \(language == .en ? "of" : "dari") \(number(score.maximum, language: language)) (\(score.model.rawValue))"
    }

    /// A score's share of its maximum as a percentage under ``PercentRule`` and the policy's
    /// threshold, `nil` when there is none.
    public static func share(_ score: Score, policy: ScoringPolicy) -> Double? {
        guard let value = score.value, score.maximum > 0 else { return nil }
        return PercentRule.percent(value / score.maximum * 100, decimals: policy.percentDecimals,
                                   thresholds: [policy.thresholdPercent])
    }
}

/// One label in Indonesian and English.
public struct Label {
    public var id: String
    public var en: String

    public init(_ id: String, _ en: String) {
        self.id = id
        self.en = en
    }

    func text(_ language: Language) -> String { language == .en ? en : id }
}
