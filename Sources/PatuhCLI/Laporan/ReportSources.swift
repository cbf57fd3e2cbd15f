import Assessment
import Catalog
import Core
import EvidenceRegistry
import Foundation
import Pembinaan
import Reporting
import Store
import Workspace

/// Everything a report is made from, read once through the workspace: the catalog, the LPSE,
/// the injected instant. The report builders and renderers themselves read nothing.
struct ReportSources {
    let options: WorkspaceOptions
    let workspace: PatuhWorkspace
    let language: Language
    let catalog: StandardsCatalog
    let lpse: ReportLPSE
    let zone: IndonesianZone
    let instant: Instant
    /// The report's date: the instant's civil date in the LPSE's zone.
    var today: CivilDate { zone.civilDate(of: instant) }

    init(options: WorkspaceOptions, workspace: PatuhWorkspace, language: Language) throws {
        self.options = options
        self.workspace = workspace
        self.language = language
        try workspace.requireFolder()
        catalog = try workspace.catalog()
        let profile = try workspace.profile()
        lpse = ReportLPSE(id: profile.id, name: profile.name, instansi: profile.instansi, zone: profile.zone.rawValue)
        zone = profile.zone
        instant = workspace.now
    }

    func header(_ kind: ReportKind) -> ReportHeader {
        ReportHeader(kind: kind, language: language.rawValue, generatedAt: instant.iso8601(in: zone), lpse: lpse, catalogVersion: catalog.version,
                     patuhVersion: Patuh.version)
    }

    /// The evidence as it stands now, with each rule's message in the report's language.
    func evidence() throws -> (check: EvidenceCheck, facts: EvidenceFacts) {
        let check = try workspace.checkEvidence(ProgressBar.scanOptions(language: language))
        return (check, check.facts(message: ruleMessage))
    }

    /// A rule finding in the report's language, as of the report's day.
    func ruleMessage(_ finding: RuleFinding) -> String? {
        EvidenceWording(language: language).ruleMessage(finding, rule: catalog.rule(finding.rule)?.rule, today: today)
    }

    // MARK: - Reports

    /// The mandiri report of a scored penilaian.
    func mandiri(_ scored: ScoredAnswers, evidence: EvidenceFacts) throws -> MandiriReport {
        MandiriReportBuilder(catalog: catalog, policy: try workspace.scoring().policy, language: language)
            .build(result: scored.result, answers: scored.answers, source: scored.file, evidence: evidence,
                   header: header(.mandiri), missingCitations: scored.missingCitations)
    }

    /// The mandiri report of `answerFile`, scored against the evidence as it stands now.
    func mandiri(answerFile: String) throws -> MandiriReport {
        let facts = workspace.hasEvidenceFolder ? try evidence().facts : EvidenceFacts()
        return try mandiri(try workspace.score(answerFile, expecting: .mandiri, evidence: facts), evidence: facts)
    }

    func faktual(mandiri: String, faktual: String) throws -> FaktualReport {
        let (self_, _) = try workspace.answers(mandiri, expecting: .mandiri)
        let (assessor, _) = try workspace.answers(faktual, expecting: .faktual)
        return FaktualReportBuilder(catalog: catalog, policy: try workspace.scoring().policy, language: language)
            .build(mandiri: self_, faktual: assessor, header: header(.faktual))
    }
}
