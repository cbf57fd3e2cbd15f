import Assessment
import Catalog
import Core
import Foundation
import Pembinaan
import Reporting
import Store

/// Everything a report is made from, read once: the catalog, the LPSE, the injected instant.
/// The report builders and renderers themselves read nothing.
struct ReportSources {
    let workspace: WorkspaceOptions
    let language: Language
    let catalog: StandardsCatalog
    let lpse: ReportLPSE
    let zone: IndonesianZone
    let instant: Instant
    /// The report's date: the instant's civil date in the LPSE's zone.
    var today: CivilDate { zone.civilDate(of: instant) }

    init(workspace: WorkspaceOptions, language: Language, instant: Date) throws {
        self.workspace = workspace
        self.language = language
        catalog = try workspace.loadCatalog()
        let profile = try WorkspaceIdentity.load(workspace)
        lpse = ReportLPSE(id: profile.id, name: profile.name, instansi: profile.instansi, zone: profile.zone.rawValue)
        zone = profile.zone
        self.instant = Instant(instant)
    }

    func header(_ kind: ReportKind) -> ReportHeader {
        ReportHeader(kind: kind, language: language.rawValue,
                     title: Messages.table(language.rawValue)["title." + kind.rawValue] ?? kind.rawValue,
                     generatedAt: instant.iso8601(in: zone), lpse: lpse, catalogVersion: catalog.version,
                     patuhVersion: Patuh.version)
    }

    /// A workspace-relative path resolved against the workspace (absolute paths stay).
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (workspace.workspace as NSString).appendingPathComponent(path)
    }

    // MARK: - Reports

    /// The mandiri report; `evidence` is scanned here unless the caller already has it.
    func mandiri(answerFile: String, evidence: WorkspaceEvidence? = nil) throws -> MandiriReport {
        let inputs = try PenilaianInputs.load(standards: workspace.standards)
        let (answers, _) = try inputs.answers(resolve(answerFile), expecting: .mandiri)
        let facts = try (evidence ?? WorkspaceEvidence(workspace: workspace, catalog: catalog, instant: instant,
                                                      language: language)).facts()
        return MandiriReportBuilder(catalog: catalog, policy: inputs.policy, language: language)
            .build(answers: answers, source: answerFile, evidence: facts, header: header(.mandiri))
    }

    func faktual(mandiri: String, faktual: String) throws -> FaktualReport {
        let inputs = try PenilaianInputs.load(standards: workspace.standards)
        let (self_, _) = try inputs.answers(resolve(mandiri), expecting: .mandiri)
        let (assessor, _) = try inputs.answers(resolve(faktual), expecting: .faktual)
        return FaktualReportBuilder(catalog: catalog, policy: inputs.policy, language: language)
            .build(mandiri: self_, faktual: assessor, header: header(.faktual))
    }
}
