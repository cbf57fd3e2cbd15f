import Assessment
import Catalog
import Core
import EvidenceRegistry
import Reporting
import Reporting
import Workspace

/// Where a penilaian command gets the evidence status per rule: `--bukti FILE` (the JSON of
/// `patuh periksa --format json`) when given, else the workspace's own registry when it has an
/// `Evidence/` folder, else nothing (the status is then reported as unknown).
enum EvidenceSource {
    static func facts(file: String?, workspace: PatuhWorkspace, language: Language = .id) throws -> EvidenceFacts {
        if let file { return try EvidenceReportReader.read(path: file) }
        let catalog = try workspace.catalog()
        let today = try workspace.zone().civilDate(of: workspace.now)
        let texts = EvidenceWording(language: language)
        return try workspace.evidenceFacts(ProgressBar.scanOptions(language: language)) { finding in
            texts.ruleMessage(finding, rule: catalog.rule(finding.rule)?.rule, today: today)
        }
    }
}
