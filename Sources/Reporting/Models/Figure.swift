public import Core

/// A number as reports show it: in JSON a number rounded to 2 decimals; in HTML, Markdown and
/// CSV text in the report's language (`88,9 %` or `88.9%`, `62,5` or `62.5`). Percentages are
/// already rounded under ``PercentRule`` when they reach a Figure.
public struct Figure: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral {
    public var value: Double
    /// How the number is spelled in text; not part of JSON.
    var style: Style = .plain

    /// How a Figure is spelled.
    enum Style: Sendable, Hashable {
        /// Up to 2 decimals, no trailing zeros, a point: `83.33`, `12`.
        case plain
        /// A number in the language's notation, up to 2 decimals: `62,5`.
        case number(Language)
        /// A percentage with one decimal and its sign: `88,9 %`, `88.9%`.
        case percent(Language)
        /// Percentage points with a sign: `+12,5`.
        case points(Language)
    }

    public init(_ value: Double) {
        self.value = (value * 100).rounded() / 100
    }

    public init(floatLiteral value: Double) { self.init(value) }
    public init(integerLiteral value: Int) { self.init(Double(value)) }

    /// A percentage (already rounded under ``PercentRule``) spelled in `language`.
    public static func percent(_ value: Double, _ language: Language) -> Figure {
        var figure = Figure(value)
        figure.style = .percent(language)
        return figure
    }

    /// A number spelled in `language`.
    public static func number(_ value: Double, _ language: Language) -> Figure {
        var figure = Figure(value)
        figure.style = .number(language)
        return figure
    }

    /// Percentage points spelled in `language`, one decimal.
    public static func points(_ value: Double, _ language: Language) -> Figure {
        var figure = Figure(value)
        figure.style = .points(language)
        return figure
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Double.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public static func == (lhs: Figure, rhs: Figure) -> Bool { lhs.value == rhs.value }
    public func hash(into hasher: inout Hasher) { hasher.combine(value) }

    public var description: String {
        switch style {
        case .plain: Self.plain(value)
        case .number(let language): NumberText.decimal(value, decimals: 2, trimZeros: true, language)
        case .percent(let language): NumberText.percent(value, language)
        case .points(let language): NumberText.decimal(value, decimals: 1, language)
        }
    }

    static func plain(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100
        let fraction = abs(hundredths) % 100
        if fraction == 0 { return sign + String(whole) }
        if fraction % 10 == 0 { return sign + "\(whole).\(fraction / 10)" }
        return sign + "\(whole)." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
