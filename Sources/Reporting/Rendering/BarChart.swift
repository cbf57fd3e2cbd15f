import Core

/// The geometry of the inline SVG chart: one horizontal bar per standard, scored in percent,
/// with a vertical line at the threshold. Pure arithmetic; the template draws it.
struct BarChart: Sendable {
    struct Bar: Sendable {
        var label: String
        var name: String
        var y: Int
        var textY: Int
        var width: String
        var valueX: String
        var value: String
        var met: Bool
    }

    static let labelWidth = 48
    static let barArea = 520
    static let rowHeight = 24
    static let top = 24

    var bars: [Bar]
    var width: Int
    var height: Int
    var barX: Int
    var thresholdX: String
    var thresholdLabel: String
    var axisY: Int
    var ticks: [(x: String, label: String)]

    /// Builds the chart from (id, name, percent, met) rows and a threshold in percent. Values are
    /// written in a column right of the bars, so no label crosses the threshold line.
    init(rows: [(id: String, name: String, percent: Double, met: Bool)], thresholdPercent: Double, language: Language) {
        let scale = Double(Self.barArea) / 100
        barX = Self.labelWidth
        width = Self.labelWidth + Self.barArea + 84
        bars = rows.enumerated().map { index, row in
            let clamped = min(max(row.percent, 0), 100)
            let y = Self.top + index * Self.rowHeight
            return Bar(label: row.id, name: row.name, y: y + 4, textY: y + 16,
                       width: Self.format(clamped * scale), valueX: String(Self.labelWidth + Self.barArea + 8),
                       value: NumberText.percent(row.percent, language), met: row.met)
        }
        axisY = Self.top + rows.count * Self.rowHeight + 4
        height = axisY + 24
        thresholdX = Self.format(Double(Self.labelWidth) + thresholdPercent * scale)
        thresholdLabel = NumberText.percent(thresholdPercent, language)
        ticks = stride(from: 0, through: 100, by: 20).map { (Self.format(Double(Self.labelWidth) + Double($0) * scale), "\($0)") }
    }

    private static func format(_ value: Double) -> String {
        Figure(value).description
    }
}

extension BarChart {
    /// The context the templates read (Mirror cannot see tuples' labels reliably).
    var context: [String: Any] {
        [
            "bars": bars.map { bar in
                ["label": bar.label, "name": bar.name, "y": bar.y, "textY": bar.textY, "width": bar.width,
                 "valueX": bar.valueX, "value": bar.value, "met": bar.met] as [String: Any]
            },
            "width": width, "height": height, "barX": barX, "thresholdX": thresholdX,
            "thresholdLabel": thresholdLabel, "axisY": axisY, "thresholdTop": Self.top - 6,
            "ticks": ticks.map { ["x": $0.x, "label": $0.label] },
            "tickY": axisY + 14,
            "chartRight": barX + Self.barArea,
        ]
    }
}
