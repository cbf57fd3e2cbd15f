import Catalog
import Core
public import EvidenceRegistry
import Foundation
import Store

extension PatuhWorkspace {
    /// Scans, then seals every readable file of `Evidence/` with its hash and the rules it
    /// proves (see ``EvidenceRegistry/ScanOutcome/sealedFiles``), under `note`, at now: in the
    /// database, and as a new seal file `Evidence/_segel/segel-<YYYY-MM-DD>-<n>.xml` to commit
    /// with the evidence (never replacing an earlier one).
    /// Fails with `invalidInput` for an empty note, `unavailable` when the seal cannot be recorded.
    public func seal(note: String, scan options: ScanOptions = ScanOptions()) throws(WorkspaceError) -> SealReceipt {
        guard !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw WorkspaceError(.invalidInput, "evidence.seal.emptyNote")
        }
        try FreeTextInput.check(note)
        let instant = now
        let outcome = try scan(options)
        let files = outcome.sealedFiles
        let record = SealRecord(instant: instant, zone: try zone(), note: note, catalogVersion: try catalog().version,
                                files: files)
        let bytes: [UInt8]
        do {
            bytes = try SealFileWriter.bytes(record)
        } catch {
            throw WorkspaceError(.invalidInput, "seal.file.unrepresentable", ["value": error.value.debugDescription])
        }
        let id: Int64
        do {
            id = try evidenceStore().recordSeal(note: note, instant: instant.date, files: files)
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw WorkspaceError(.unavailable, "evidence.seal.failed", ["detail": "\(error)"])
        }
        let path: String
        do {
            path = try SealFolder.write(bytes, day: record.day, workspace: root)
        } catch {
            throw WorkspaceError(.unavailable, "seal.file.writeFailed",
                                 ["detail": error.diagnostics.map(\.description).joined(separator: "; ")])
        }
        return SealReceipt(seal: id, files: files.count, note: note, skipped: outcome.unreadable.keys.sorted(),
                           sealFile: path, sealFileSHA256: SealFileReader.sha256(bytes))
    }

    /// Scans, then compares every file of the seal in force (``sealInForce(file:)``) with its
    /// current hash, and lists the files added since. Fails with `invalidInput` when nothing has
    /// been sealed yet (no database seal, no seal file) or `file` cannot be read.
    public func verify(scan options: ScanOptions = ScanOptions(), sealFile file: String? = nil)
        throws(WorkspaceError) -> SealVerification {
        let chosen = try sealInForce(file: file)
        let outcome = try scan(options)
        guard let chosen else {
            throw WorkspaceError(.invalidInput, "evidence.verify.noSeal", ["path": root])
        }
        let current = outcome.currentHashes
        let sealed = Set(chosen.snapshot.files.map(\.path))
        return SealVerification(seal: chosen.snapshot, deviations: chosen.snapshot.deviations(from: current),
                                added: current.keys.filter { !sealed.contains($0) }.sorted(),
                                source: chosen.source, disagreement: chosen.disagreement)
    }
}
