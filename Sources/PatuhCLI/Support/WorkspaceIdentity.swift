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
        let path = (try workspace.root() as NSString).appendingPathComponent(WorkspaceProfile.fileName)
        return FileManager.default.fileExists(atPath: path) ? try load(workspace) : nil
    }

    static func load(_ workspace: WorkspaceOptions) throws -> Identity {
        let profile = try workspace.open(clock: .system).profile()
        return Identity(id: profile.id, name: profile.name, instansi: profile.instansi, zone: profile.zone,
                        hosting: profile.hosting)
    }
}
