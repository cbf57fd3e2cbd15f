import Assessment
import Catalog
import Core
import Foundation
import Pembinaan

/// Where a penilaian command gets the evidence status per rule: `--bukti FILE` (the JSON of
/// `patuh periksa --format json`) when given, else the workspace's own registry when it has an
/// `Evidence/` folder, else nothing (the status is then reported as unknown).
enum EvidenceSource {
    static func facts(file: String?, workspace: WorkspaceOptions, catalog: StandardsCatalog, instant: Date,
                      language: Language = .id) throws -> EvidenceFacts {
        if let file { return try EvidenceReportReader.read(path: file) }
        var isDirectory: ObjCBool = false
        let folder = (workspace.workspace as NSString).appendingPathComponent("Evidence")
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return EvidenceFacts()
        }
        let at = Instant(instant)
        return try WorkspaceEvidence(workspace: workspace, catalog: catalog, instant: at, language: language).facts()
    }
}
