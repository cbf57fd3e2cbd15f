import Assessment
import Catalog
import Core
import EvidenceRegistry
import Foundation
import Paket
import Reporting
import Workspace

/// Turns the use cases' values into what the templates show, in the page's language. Pure
/// formatting, plus the report model built the way `patuh nilai` builds it.
struct LocalViews {
    let language: Language
    let catalog: StandardsCatalog
    let profile: WorkspaceProfile
    let instant: Instant

    var words: Core.Messages { Core.Messages(language) }
    var q: String { language == .en ? "?lang=en" : "" }
    var qa: String { language == .en ? "&lang=en" : "" }
    var today: CivilDate { profile.zone.civilDate(of: instant) }

    func date(_ date: CivilDate) -> String { DateText.date(date, language) }

    /// A rule finding in the page's language, as of today.
    func ruleMessage(_ finding: RuleFinding) -> String? {
        EvidenceWording(language: language).ruleMessage(finding, rule: catalog.rule(finding.rule)?.rule, today: today)
    }

    /// The mandiri report of scored answers, as `patuh nilai` writes it.
    func mandiri(_ scored: ScoredAnswers, evidence: EvidenceFacts, policy: ScoringPolicy) -> MandiriReport {
        let header = ReportHeader(
            kind: .mandiri, language: language.rawValue, generatedAt: instant.iso8601(in: profile.zone),
            lpse: ReportLPSE(id: profile.id, name: profile.name, instansi: profile.instansi, zone: profile.zone.rawValue),
            catalogVersion: catalog.version, patuhVersion: PatuhWorkspace.patuhVersion)
        return MandiriReportBuilder(catalog: catalog, policy: policy, language: language)
            .build(result: scored.result, answers: scored.answers, source: scored.file, evidence: evidence,
                   header: header, missingCitations: scored.missingCitations)
    }

    func status(_ status: ControlStatus) -> String {
        switch status {
        case .memenuhi: words.text("buka.status.memenuhi")
        case .sebagian: words.text("buka.status.sebagian")
        case .tidak: words.text("buka.status.tidak")
        case .tidakBerlaku: words.text("buka.status.tidakBerlaku")
        }
    }

    func ruleStatus(_ status: RuleStatus) -> String {
        switch status {
        case .ok: words.text("buka.rule.ok")
        case .missing: words.text("buka.rule.missing")
        case .tampered: words.text("buka.rule.tampered")
        case .expired: words.text("buka.rule.expired")
        case .content: words.text("buka.rule.content")
        case .unsigned: words.text("buka.rule.unsigned")
        case .expiring: words.text("buka.rule.expiring")
        }
    }

    /// `ok` (green), `warn` or `no` (red) for a rule status.
    func ruleClass(_ status: RuleStatus) -> String {
        switch status {
        case .ok: "ok"
        case .expiring: "na"
        default: "no"
        }
    }

    /// The chart of the ringkasan: one bar per standard against the threshold, drawn with HTML.
    func chart(_ standards: [MandiriReport.StandardResult], threshold: Double) -> [String: Any] {
        [
            "rows": standards.map { standard -> [String: Any] in
                let percent = min(max(standard.percent.value, 0), 100)
                return ["id": standard.id, "name": standard.name, "href": "/standar/\(standard.id)\(q)",
                        "width": Figure(percent).description, "value": NumberText.percent(standard.percent.value, language),
                        "cls": standard.terpenuhi ? "ok" : "no",
                        "met": standard.terpenuhi ? words.text("buka.chart.met") : words.text("buka.chart.notMet")]
            },
            "threshold": Figure(threshold).description, "thresholdLabel": NumberText.percent(threshold, language),
        ]
    }

    /// One row of a standards table: its percentage and whether it is met.
    func standard(_ standard: MandiriReport.StandardResult) -> [String: Any] {
        ["id": standard.id, "name": standard.name, "href": "/standar/\(standard.id)\(q)",
         "percent": NumberText.percent(standard.percent.value, language), "cls": standard.terpenuhi ? "ok" : "no",
         "met": standard.terpenuhi ? words.text("buka.chart.met") : words.text("buka.chart.notMet")]
    }

    func nextStep(_ step: MandiriReport.NextStep) -> [String: Any] {
        ["rank": step.rank, "control": step.control, "title": step.title, "reason": step.reason,
         "href": "/kontrol/\(step.control)\(q)", "mandatory": step.mandatory]
    }

    func claim(_ claim: MandiriReport.Claim) -> [String: Any] {
        ["control": claim.control, "title": claim.title, "rules": claim.rules.joined(separator: ", "), "href": "/kontrol/\(claim.control)\(q)"]
    }

    func problemKind(_ kind: String) -> String {
        ProblemKind(rawValue: kind).map { EvidenceWording(language: language).describe($0) } ?? kind
    }

    /// A file size for people: `1,2 MB`, `340 kB`, `12 B`.
    func size(_ bytes: Int64) -> String {
        if bytes >= 1_000_000 { return NumberText.decimal(Double(bytes) / 1_000_000, language) + " MB" }
        if bytes >= 1_000 { return NumberText.decimal(Double(bytes) / 1_000, language) + " kB" }
        return "\(bytes) B"
    }

    func role(_ role: PaketManifest.Role) -> String {
        switch role {
        case .jawaban: words.text("buka.kirim.role.jawaban")
        case .bukti: words.text("buka.kirim.role.bukti")
        case .metadata: words.text("buka.kirim.role.metadata")
        case .profil: words.text("buka.kirim.role.profil")
        case .laporan: words.text("buka.kirim.role.laporan")
        case .temuan: words.text("buka.kirim.role.temuan")
        }
    }
}
