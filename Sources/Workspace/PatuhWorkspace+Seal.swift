import Core
public import EvidenceRegistry
import Foundation
import Store

extension PatuhWorkspace {
    /// Scans, then seals every readable file of `Evidence/` with its hash and the rules it
    /// proves (see ``EvidenceRegistry/ScanOutcome/sealedFiles``), under `note`, at now.
    /// Fails with `invalidInput` for an empty note, `unavailable` when the seal cannot be recorded.
    public func seal(note: String, scan options: ScanOptions = ScanOptions()) throws(WorkspaceError) -> SealReceipt {
        guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw WorkspaceError(.invalidInput, "evidence.seal.emptyNote")
        }
        let instant = now
        let outcome = try scan(options)
        let files = outcome.sealedFiles
        let id: Int64
        do {
            id = try evidenceStore().recordSeal(note: note, instant: instant.date, files: files)
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw WorkspaceError(.unavailable, "evidence.seal.failed", ["detail": "\(error)"])
        }
        return SealReceipt(seal: id, files: files.count, note: note, skipped: outcome.unreadable.keys.sorted())
    }

    /// Scans, then compares every file of the latest seal with its current hash. Fails with
    /// `invalidInput` when nothing has been sealed yet.
    public func verify(scan options: ScanOptions = ScanOptions()) throws(WorkspaceError) -> SealVerification {
        let outcome = try scan(options)
        guard let seal = try latestSeal() else {
            throw WorkspaceError(.invalidInput, "evidence.verify.noSeal", ["path": root])
        }
        return SealVerification(seal: seal, deviations: seal.deviations(from: outcome.currentHashes))
    }
}
