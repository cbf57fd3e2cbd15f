import Assessment
import Catalog
import Core

/// The text of `patuh penilaian faktual`.
public struct CompareText {
    public var comparison: Comparison
    public var catalog: StandardsCatalog
    public var decimals: Int
    public var language: Language

    public init(comparison: Comparison, catalog: StandardsCatalog, decimals: Int, language: Language) {
        self.comparison = comparison
        self.catalog = catalog
        self.decimals = decimals
        self.language = language
    }

    /// The message `key` in the text's language.
    private func t(_ key: String, _ values: [String: String] = [:]) -> String { Core.Messages(language).text(key, values) }

    public func render() -> [String] {
        var lines = [
            "\(comparison.lpse.name) (\(comparison.lpse.id)) · mandiri \(comparison.mandiriDate) · faktual \(comparison.faktualDate)",
            "",
            controls(),
            "",
            standards(),
            "",
        ]
        lines += calibration()
        lines += overrides()
        lines += findings()
        return lines
    }

    public func render() -> String {
        let lines: [String] = render()
        return lines.joined(separator: "\n")
    }

    private func controls() -> String {
        var table = TextTable([t("penilaian.compare.control"), "Mandiri", "Faktual", t("penilaian.compare.relation")])
        for control in comparison.controls {
            table.add([control.controlId, control.mandiri?.rawValue ?? "—", control.faktual?.rawValue ?? "—",
                       control.relation.rawValue])
        }
        return table.render()
    }

    private func standards() -> String {
        var table = TextTable([t("penilaian.compare.standard"), "Mandiri %", t("penilaian.compare.mandiriDetermination"),
                               "Faktual %", t("penilaian.compare.faktualDetermination"), t("penilaian.compare.difference")],
                              alignments: [.left, .right, .left, .right, .left, .right])
        for row in comparison.standards {
            table.add([row.standardId, NumberFormat.percent(row.mandiriPercent, decimals: decimals, language: language), verdict(row.mandiri),
                       NumberFormat.percent(row.faktualPercent, decimals: decimals, language: language), verdict(row.faktual),
                       row.percentDifference.map { ($0 > 0 ? "+" : "") + NumberFormat.percent($0, decimals: decimals, language: language) } ?? "—"])
        }
        let counts = comparison.terpenuhi
        return table.render() + "\n" + t("penilaian.compare.terpenuhi", ["mandiri": String(counts.mandiri), "faktual": String(counts.faktual),
                                             "total": String(comparison.standards.count)])
    }

    private func verdict(_ score: StandardScore) -> String {
        let base = score.terpenuhi ? "terpenuhi" : t("penilaian.compare.notTerpenuhi")
        return score.mandatoryNotMet.isEmpty ? base : base + " (" + score.mandatoryNotMet.joined(separator: ", ") + ")"
    }

    private func calibration() -> [String] {
        let calibration = comparison.calibration
        let share = calibration.shareLpseHigher.map { NumberFormat.percent(PercentRule.percent($0 * 100), decimals: 1, language: language) } ?? "—"
        let mean = calibration.meanDifference.map { ($0 > 0 ? "+" : "") + NumberFormat.number($0, decimals: 3, language: language) } ?? "—"
        return [
            t("penilaian.compare.calibration", [
                "higher": String(calibration.lpseHigher), "compared": String(calibration.compared), "share": share,
                "lower": String(calibration.lpseLower), "same": String(calibration.same),
            ]),
            t("penilaian.compare.meanDifference", ["mean": mean]),
        ]
    }

    private func overrides() -> [String] {
        var lines = ["", t("penilaian.compare.overrides", ["count": String(comparison.overrides.count)])]
        if comparison.overrides.isEmpty { lines.append("  " + t("penilaian.compare.none")) }
        for record in comparison.overrides {
            let change = record.override
            lines.append("  \(record.controlId)  \(change.from.rawValue) → \(change.to.rawValue) · \(change.authority) · \(change.time)")
            lines.append("         \(change.remark)")
        }
        return lines
    }

    private func findings() -> [String] {
        var lines = ["", t("penilaian.compare.findings", ["count": String(comparison.findings.count)])]
        if comparison.findings.isEmpty { lines.append("  " + t("penilaian.compare.none")) }
        for finding in comparison.findings {
            lines.append("  \(finding.id) [\(finding.severity.rawValue)] \(finding.controlId): \(finding.description)")
            lines.append("         " + t("penilaian.compare.recommendation", ["text": finding.rekomendasi]))
        }
        return lines
    }
}
