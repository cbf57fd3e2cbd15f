import Assessment
import Catalog
import Core

/// The text of `patuh penilaian faktual`.
struct CompareText {
    var comparison: Comparison
    var catalog: StandardsCatalog
    var decimals: Int
    var language: Language

    private func t(_ id: String, _ en: String) -> String { Label(id, en).text(language) }

    func render() -> [String] {
        var lines = [
            "\(comparison.lpse.name) (\(comparison.lpse.id)) · \(t("mandiri", "mandiri")) \(comparison.mandiriDate) · faktual \(comparison.faktualDate)",
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

    func render() -> String {
        let lines: [String] = render()
        return lines.joined(separator: "\n")
    }

    private func controls() -> String {
        var table = TextTable([t("Kontrol", "Control"), "Mandiri", "Faktual", t("Relasi", "Relation")])
        for control in comparison.controls {
            table.add([control.controlId, control.mandiri?.rawValue ?? "—", control.faktual?.rawValue ?? "—",
                       control.relation.rawValue])
        }
        return table.render()
    }

    private func standards() -> String {
        var table = TextTable([t("Standar", "Standard"), "Mandiri %", t("Penetapan mandiri", "Mandiri determination"),
                               "Faktual %", t("Penetapan faktual", "Faktual determination"), t("Selisih", "Difference")],
                              alignments: [.left, .right, .left, .right, .left, .right])
        for row in comparison.standards {
            table.add([row.standardId, NumberFormat.percent(row.mandiriPercent, decimals: decimals, language: language), verdict(row.mandiri),
                       NumberFormat.percent(row.faktualPercent, decimals: decimals, language: language), verdict(row.faktual),
                       row.percentDifference.map { ($0 > 0 ? "+" : "") + NumberFormat.percent($0, decimals: decimals, language: language) } ?? "—"])
        }
        let counts = comparison.terpenuhi
        return table.render() + "\n" + "\(t("Terpenuhi", "Terpenuhi")): mandiri \(counts.mandiri), faktual \(counts.faktual) \(t("dari", "of")) \(comparison.standards.count)"
    }

    private func verdict(_ score: StandardScore) -> String {
        let base = score.terpenuhi ? "terpenuhi" : t("tidak terpenuhi", "not terpenuhi")
        return score.mandatoryNotMet.isEmpty ? base : base + " (" + score.mandatoryNotMet.joined(separator: ", ") + ")"
    }

    private func calibration() -> [String] {
        let calibration = comparison.calibration
        let share = calibration.shareLpseHigher.map { NumberFormat.percent(PercentRule.percent($0 * 100), decimals: 1, language: language) } ?? "—"
        let mean = calibration.meanDifference.map { ($0 > 0 ? "+" : "") + NumberFormat.number($0, decimals: 3) } ?? "—"
        return [
            "\(t("Kalibrasi", "Calibration")): \(calibration.lpseHigher) \(t("dari", "of")) \(calibration.compared) "
                + t("kontrol yang dinilai kedua pihak dinilai lebih tinggi oleh LPSE", "controls scored by both were rated higher by the LPSE")
                + " (\(share) %); \(calibration.lpseLower) " + t("lebih rendah", "lower") + "; \(calibration.same) " + t("sama", "same") + ".",
            "\(t("Rata-rata selisih (mandiri − faktual)", "Mean difference (mandiri − faktual)")): \(mean) \(t("poin per kontrol", "points per control"))",
        ]
    }

    private func overrides() -> [String] {
        var lines = ["", "\(t("Override oleh asesor", "Overrides by the assessor")) (\(comparison.overrides.count)):"]
        if comparison.overrides.isEmpty { lines.append("  " + t("tidak ada", "none")) }
        for record in comparison.overrides {
            let change = record.override
            lines.append("  \(record.controlId)  \(change.from.rawValue) → \(change.to.rawValue) · \(change.authority) · \(change.time)")
            lines.append("         \(change.remark)")
        }
        return lines
    }

    private func findings() -> [String] {
        var lines = ["", "\(t("Temuan", "Findings")) (\(comparison.findings.count)):"]
        if comparison.findings.isEmpty { lines.append("  " + t("tidak ada", "none")) }
        for finding in comparison.findings {
            lines.append("  \(finding.id) [\(finding.severity.rawValue)] \(finding.controlId): \(finding.description)")
            lines.append("         \(t("Rekomendasi", "Recommendation")): \(finding.rekomendasi)")
        }
        return lines
    }
}
