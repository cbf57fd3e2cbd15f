import Core
import Foundation
public import Paket

extension PatuhWorkspace {
    /// Receives LKPP's result paket (`hasil`) for a portfolio (the server): verified exactly as
    /// `paket periksa` does (structure and limits, signature, an LKPP key of the trust list,
    /// catalog version, every file's hash), then extracted into the new folder `destination`,
    /// which becomes a workspace of the LPSE: `profile` (the LPSE's `patuh.xml`, e.g. from its
    /// last submission) is copied in when given, and this workspace's standards beside it. The
    /// caller scores the faktual answer file there and removes the folder. Nothing is written
    /// when the paket is refused.
    public func stageResult(_ path: String, into destination: String, profile: String?,
                            limits: ArchiveLimits = ArchiveLimits()) throws(WorkspaceError) -> PaketReceipt {
        let (reader, check) = try openPaket(path, publicKey: nil, limits: limits)
        guard check.manifest.kind == .hasil else { throw WorkspaceError(.refused, "paket.receive.notResult") }
        let target = resolve(destination)
        guard !FileManager.default.fileExists(atPath: target) else {
            throw WorkspaceError(.invalidInput, "paket.io.exists", ["path": target])
        }
        do { try reader.verifyFiles() } catch { throw Self.paketFailure(error) }
        do {
            let written = try reader.extract(into: target) { $0.path }
            try Self.copyTree(standardsDirectory, to: (target as NSString).appendingPathComponent("Standards"))
            if let profile {
                try FileManager.default.copyItem(atPath: profile, toPath: (target as NSString).appendingPathComponent("patuh.xml"))
            }
            return PaketReceipt(check: check, location: target, written: written)
        } catch {
            try? FileManager.default.removeItem(atPath: target)
            if let error = error as? PaketError { throw Self.paketFailure(error) }
            throw WorkspaceError(.unavailable, "paket.io.write", ["path": target, "detail": "\(error)"])
        }
    }

    /// The manifest of the paket at `path`, read with the archive limits but not yet trusted:
    /// what kind of paket it is and which LPSE it names, to choose the checks that follow
    /// (``receivePaket(_:into:allowOlder:limits:)`` or ``stageResult(_:into:profile:limits:)``).
    public func peekPaket(_ path: String, limits: ArchiveLimits = ArchiveLimits()) throws(WorkspaceError) -> PaketManifest {
        do {
            return try PaketReader.open(path: resolve(path), schemaDirectory: schemaDirectory, limits: limits).manifest
        } catch {
            throw Self.paketFailure(error)
        }
    }
}
