import Assessment
import Catalog
import Core
import EvidenceRegistry
import Foundation
import Pembinaan

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
        let schemaDirectory = (workspace.standards as NSString).appendingPathComponent("schema")
        do {
            let profile = try WorkspaceProfile.load(workspace: workspace.workspace, schemaDirectory: schemaDirectory)
            return Identity(id: profile.id, name: profile.name, instansi: profile.instansi,
                            zone: profile.zone, hosting: profile.hosting)
        } catch {
            throw EvidenceSession.failure(error)
        }
    }
}

/// The evidence registry's view of a workspace, scanned incrementally and evaluated at an
/// instant: what `patuh periksa` sees, in the shapes the assessment and the reports take.
struct WorkspaceEvidence {
    let session: EvidenceSession
    let report: EvidenceReport
    let texts: PeriksaTexts
    let layout: EvidenceLayout

    init(workspace: WorkspaceOptions, catalog: StandardsCatalog, instant: Instant, language: Language = .id) throws {
        session = try EvidenceSession(options: workspace)
        let date = Date(timeIntervalSince1970: TimeInterval(instant.secondsSinceEpoch))
        report = try session.evaluate(try session.scan(instant: date), instant: date)
        texts = PeriksaTexts(language: language)
        layout = EvidenceLayout(catalog: session.catalog)
    }

    /// Each rule's status, files and message, as the scorer takes them.
    func facts() -> EvidenceFacts {
        EvidenceFacts(report.rules.map { finding in
            RuleEvidence(ruleId: finding.rule, status: EvidenceStatus(rawValue: finding.status.rawValue),
                         files: finding.files.map(\.description),
                         message: texts.ruleMessage(finding, rule: session.catalog.rule(finding.rule)?.rule, today: report.today))
        })
    }
}
