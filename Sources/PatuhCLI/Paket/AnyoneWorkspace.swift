import Core
import Foundation
import Workspace

extension WorkspaceOptions {
    /// For what anyone checks on a file (`paket periksa`, `sertifikat verifikasi`): the workspace
    /// named or found from the current folder up, else the current folder itself, which needs no
    /// `patuh.xml`: no trust list there (`--kunci PUB` names the key), and the catalog compiled into
    /// Patuh unless a Standards folder is given. Nothing is written to it.
    func openForAnyone(clock: Clock) throws -> PatuhWorkspace {
        let explicit = workspaceOption ?? positionalWorkspace
        let root = try explicit == nil && WorkspaceDiscovery.root(from: FileManager.default.currentDirectoryPath) == nil
            ? "." : self.root()
        return PatuhWorkspace(root: root, location: StandardsLocation.resolve(root: root, explicit: standardsDirectory), clock: clock)
    }
}
