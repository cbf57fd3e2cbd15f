import Assessment
import Catalog
import Core

/// The text of `patuh penilaian nilai`.
public struct ScoreText {
    public var report: ScoreReport
    public var catalog: StandardsCatalog
    public var language: Language

    public init(report: ScoreReport, catalog: StandardsCatalog, language: Language) {
        self.report = report
        self.catalog = catalog
        self.language = language
    }

    private func t(_ id: String, _ en: String) -> String { Label(id, en).text(language) }

    public func render() -> String {
        var lines = header()
        lines.append("")
        lines.append(table())
        lines.append("")
        lines += summary()
        lines += claims()
        if let notices = report.notices, !notices.isEmpty {
            lines.append("")
            lines += notices
        }
        if let explanation = report.explanation {
            lines.append("")
            lines += ExplanationText(explanation: explanation, catalog: catalog, decimals: report.percentDecimals,
                                     language: language).render()
        }
        return lines.joined(separator: "\n")
    }

    private func header() -> [String] {
        [
            "\(t("Penilaian", "Assessment")) \(report.kind) · \(report.lpseName) (\(report.lpse)) · \(report.instansi)",
            "\(t("Tanggal", "Date")) \(report.date) · \(t("katalog", "catalog")) \(report.catalogVersion) · "
                + "\(t("kebijakan penilaian", "scoring policy")) \(report.policyVersion) · model \(report.model) (\(report.modelURI))",
        ]
    }

    private func table() -> String {
        var table = TextTable([t("ID", "ID"), t("Standar", "Standard"), t("Skor", "Score"), t("Maks", "Max"),
                               t("Persen", "Percent"), t("Penetapan", "Determination"), t("Wajib belum memenuhi", "Mandatory not met")],
                              alignments: [.left, .left, .right, .right, .right, .left, .left])
        for row in report.standards {
            table.add([row.id, Self.truncate(row.name, 40), NumberFormat.number(row.score, language: language), NumberFormat.number(row.maximum, language: language),
                       NumberFormat.percent(row.percent, decimals: report.percentDecimals, language: language),
                       row.terpenuhi ? "terpenuhi" : t("tidak terpenuhi", "not terpenuhi"),
                       row.mandatoryNotMet.joined(separator: ", ")])
        }
        return table.render()
    }

    private func summary() -> [String] {
        let verdict = report.eligibleForCertification
            ? t("memenuhi syarat sertifikasi", "eligible for certification")
            : t("belum memenuhi syarat sertifikasi", "not yet eligible for certification")
        let requirement = "\(report.certificationRequires) \(t("dari", "of")) \(report.of)"
        var lines = ["\(t("Terpenuhi", "Terpenuhi")): \(report.terpenuhi) \(t("dari", "of")) \(report.of) \(t("standar", "standards")) — \(verdict) (\(t("syarat", "rule")): \(requirement))"]
        if report.model != ScoringModel.patuh.rawValue {
            lines.append("\(t("Skor keseluruhan", "Overall score")): \(NumberFormat.number(report.overall.score, language: language)) \(t("dari", "of")) \(NumberFormat.number(report.overall.maximum, language: language)) (\(report.overall.model))")
        }
        lines.append("\(t("Skor berbobot seluruh kontrol", "Weighted score of all controls")): "
                     + "\(NumberFormat.percent(report.totalPercent, decimals: report.percentDecimals, language: language)) % (patuh)")
        lines.append("XCCDF 1.2: " + report.xccdf.map {
            "\($0.model) \(NumberFormat.number($0.score, language: language)) \(t("dari", "of")) \(NumberFormat.number($0.maximum, language: language))"
        }.joined(separator: " · "))
        if !report.notAssessed.isEmpty {
            lines.append("\(t("Tidak dinilai (dihitung sebagai belum dinilai)", "Not assessed (scored as not assessed)")): \(report.notAssessed.joined(separator: ", "))")
        }
        return lines
    }

    private func claims() -> [String] {
        guard report.evidenceKnown else {
            return ["", t("Klaim tanpa bukti: status bukti tidak diketahui (beri --bukti FILE dari 'patuh periksa --format json').",
                          "Claims without evidence: evidence status unknown (pass --bukti FILE from 'patuh periksa --format json').")]
        }
        guard !report.claimsWithoutEvidence.isEmpty else {
            return ["", t("Klaim tanpa bukti: tidak ada.", "Claims without evidence: none.")]
        }
        var lines = ["", t("Klaim tanpa bukti (memenuhi, tetapi bukti hilang atau kedaluwarsa):",
                           "Claims without evidence (memenuhi, but evidence missing or expired):")]
        for claim in report.claimsWithoutEvidence {
            let rules = claim.evidence.map { "\($0.ruleId) \($0.status.rawValue)" + ($0.message.map { " (\($0))" } ?? "") }
            lines.append("  \(claim.control)  \(rules.joined(separator: "; "))")
        }
        return lines
    }

    public static func truncate(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }
}

/// The text of `--explain ID`.
public struct ExplanationText {
    public var explanation: StandardExplanation
    public var catalog: StandardsCatalog
    public var decimals: Int
    public var language: Language

    private func t(_ id: String, _ en: String) -> String { Label(id, en).text(language) }

    public func render() -> [String] {
        let standard = catalog.standard(explanation.standardId)
        let determination = explanation.determination
        let verdict = determination.terpenuhi ? "terpenuhi" : t("tidak terpenuhi", "not terpenuhi")
        let notMet = determination.mandatoryNotMet.isEmpty ? "" : " (\(t("wajib belum memenuhi", "mandatory not met")): \(determination.mandatoryNotMet.joined(separator: ", ")))"
        var lines = [
            "\(t("Penjelasan", "Explanation")) \(explanation.standardId) \(standard?.name.text(language) ?? "")",
            "\(t("Skor", "Score")) \(NumberFormat.score(explanation.score, language: language)) · patuh \(NumberFormat.number(determination.score.value, language: language)) \(t("dari", "of")) \(NumberFormat.number(determination.score.maximum, language: language)) = \(NumberFormat.percent(explanation.percent, decimals: decimals, language: language)) % · \(verdict)\(notMet)",
        ]
        var table = TextTable([t("Kontrol", "Control"), t("Bobot", "Weight"), t("Wajib", "Mandatory"), "Status", "XCCDF",
                               t("Kontribusi", "Contribution"), t("Maks", "Max"), t("Jika memenuhi", "If memenuhi")],
                              alignments: [.left, .right, .left, .left, .left, .right, .right, .left])
        for item in explanation.contributions {
            table.add([item.controlId, String(item.weight), item.mandatory ? t("ya", "yes") : "–",
                       item.status?.rawValue ?? t("belum dinilai", "not assessed"), item.result.rawValue,
                       NumberFormat.number(item.contribution, language: language), NumberFormat.number(item.maximumContribution, language: language), whatIf(item.whatIf)])
        }
        lines.append(table.render())
        return lines
    }

    private func whatIf(_ whatIf: WhatIf?) -> String {
        guard let whatIf else { return "—" }
        let delta = whatIf.delta.map { ($0 >= 0 ? "+" : "") + NumberFormat.number($0, language: language) } ?? "—"
        let verdict = whatIf.terpenuhi ? "terpenuhi" : t("tidak terpenuhi", "not terpenuhi")
        let change = whatIf.changesDetermination ? t(" (berubah)", " (changes)") : ""
        let policy = whatIf.score.model == .patuh ? "" : "patuh "
        return "\(delta) → \(NumberFormat.number(whatIf.score.value, language: language)) · \(policy)\(NumberFormat.percent(whatIf.percent, decimals: decimals, language: language)) %, \(verdict)\(change)"
    }
}
