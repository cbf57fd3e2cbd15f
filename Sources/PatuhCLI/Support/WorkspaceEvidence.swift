import Assessment
import Catalog
import Core
import EvidenceRegistry
import Foundation
import Reporting
import Store
import Workspace

/// The LPSE a workspace belongs to, from its `patuh.xml` (WIB and a placeholder name without one).
enum WorkspaceIdentity {
    struct Identity {
        var id: String
        var name: String
        var instansi: String
        var zone: IndonesianZone
        var hosting: SPSEHosting = .sendiri
    }

    /// The identity from `patuh.xml`, or `nil` when the workspace has none.
    static func loadIfPresent(_ workspace: WorkspaceOptions) throws -> Identity? {
        let path = (workspace.workspace as NSString).appendingPathComponent(WorkspaceProfile.fileName)
        return FileManager.default.fileExists(atPath: path) ? try load(workspace) : nil
    }

    static func load(_ workspace: WorkspaceOptions) throws -> Identity {
        let profile = try workspace.open(clock: .system).profile()
        return Identity(id: profile.id, name: profile.name, instansi: profile.instansi, zone: profile.zone,
                        hosting: profile.hosting)
    }
}

/// The wording of evidence findings, now in Reporting (``EvidenceWording``); this name stays
/// until the assessment and report commands use that type by name.
typealias PeriksaTexts = EvidenceWording

/// A thin adapter for the assessment, report and interop commands: the evidence as
/// ``PatuhWorkspace/checkEvidence(_:warnDays:)`` sees it at an instant, with its wording in a
/// language. New code calls the workspace and ``EvidenceWording`` directly.
struct WorkspaceEvidence {
    /// What callers reached through the old evidence session: the catalog and the index.
    struct Session {
        let catalog: StandardsCatalog
        let store: EvidenceStore
    }

    let check: EvidenceCheck
    let session: Session
    let texts: EvidenceWording
    let layout: EvidenceLayout

    var report: EvidenceReport { check.report }
    var catalog: StandardsCatalog { session.catalog }

    init(workspace: WorkspaceOptions, catalog: StandardsCatalog, instant: Instant, language: Language = .id) throws {
        let opened = workspace.open(clock: .fixed(instant))
        check = try opened.checkEvidence(ProgressBar.scanOptions(language: language))
        session = Session(catalog: catalog, store: try opened.evidenceStore())
        texts = EvidenceWording(language: language)
        layout = EvidenceLayout(catalog: catalog)
    }

    /// Each rule's status, files and message, as the scorer takes them.
    func facts() -> EvidenceFacts {
        check.facts { finding in
            texts.ruleMessage(finding, rule: catalog.rule(finding.rule)?.rule, today: check.report.today)
        }
    }
}
