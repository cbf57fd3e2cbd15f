#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Catalog
import Core
import EvidenceRegistry
import Foundation
public import Paket
import Store

extension PatuhWorkspace {
    /// The file of an assessor workspace naming the submission it was received from.
    static let submissionFile = ".patuh/pengajuan.txt"

    /// Builds the signed result paket of this assessor workspace (made by `paket terima`): the
    /// faktual answer file `paket terima` wrote (`Evidence/penilaian-faktual-<date>.xml`, findings inside) and the faktual
    /// reports under `Reports/`, signed by the LKPP key `keyName`, answering the submission the
    /// workspace was received from. Written as `hasil-<lpse>-<date>.zip` in `directory` (default
    /// the workspace).
    public func buildResult(keyName: String, store: KeyStore, directory: String? = nil) throws(WorkspaceError) -> (path: String, manifest: PaketManifest) {
        let profile = try self.profile()
        let (record, key): (KeyRecord, PaketSigningKey)
        do { (record, key) = try store.load(keyName) } catch { throw Self.paketFailure(error) }
        guard record.role == .lkpp else { throw WorkspaceError(.refused, "paket.verify.notLKPP", ["fingerprint": record.fingerprint]) }
        let lines = ((try? String(contentsOfFile: resolve(Self.submissionFile), encoding: .utf8)) ?? "")
            .split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
        guard lines.count >= 2, lines[0].count == 64, !lines[1].contains("..") else {
            throw WorkspaceError(.refused, "paket.result.noSubmission", ["path": root])
        }
        let answered = lines[0], faktual = lines[1]
        let files = FileManager.default
        guard files.fileExists(atPath: resolve(faktual)) else { throw WorkspaceError(.refused, "paket.result.noFaktual", ["path": resolve(faktual)]) }
        var sources = [PaketSource(archivePath: faktual, diskPath: resolve(faktual), role: .jawaban)]
        sources += ((try? files.contentsOfDirectory(atPath: resolve("Reports"))) ?? [])
            .filter { $0.hasPrefix("faktual-") }
            .map { PaketSource(archivePath: "Reports/\($0)", diskPath: resolve("Reports/\($0)"), role: .laporan) }
        let catalog = try self.catalog()
        let instant = now
        let output = ((directory.map(resolve) ?? root) as NSString)
            .appendingPathComponent("hasil-\(profile.id)-\(profile.zone.civilDate(of: instant)).zip")
        let lpse = PaketManifest.LPSE(id: profile.id, name: profile.name, instansi: profile.instansi, zone: profile.zone)
        let catalogHash = Self.treeHash(standardsDirectory)
        do {
            let (manifest, _) = try PaketWriter.write(to: output, sources: sources, signer: key) { files in
                PaketManifest(kind: .hasil, created: instant, patuhVersion: Self.patuhVersion, lpse: lpse,
                              catalogVersion: catalog.version, catalogSHA256: catalogHash, answers: answered, files: files)
            }
            return (output, manifest)
        } catch {
            throw Self.paketFailure(error)
        }
    }

    /// Files a result paket into this LPSE workspace after verifying it against the trusted LKPP
    /// key: the faktual answers as `Evidence/penilaian-faktual-<date>.xml`, the reports under
    /// `Reports/`. Refuses a result for another LPSE, an older one than the last filed (unless
    /// `allowOlder`), and any file that already exists.
    public func fileResult(_ path: String, allowOlder: Bool = false, limits: ArchiveLimits = ArchiveLimits()) throws(WorkspaceError) -> PaketReceipt {
        let (reader, check) = try openPaket(path, publicKey: nil, limits: limits)
        let manifest = check.manifest
        guard manifest.kind == .hasil else { throw WorkspaceError(.refused, "paket.receive.notResult") }
        let ours = try self.profile().id
        guard manifest.lpse.id == ours else {
            throw WorkspaceError(.refused, "paket.verify.otherLPSE", ["lpse": manifest.lpse.id, "ours": ours])
        }
        do { try reader.verifyFiles() } catch { throw Self.paketFailure(error) }
        let store = PaketStore(database: try database())
        try refuseOlder(manifest, store: store, allowOlder: allowOlder)
        let date = manifest.lpse.zone.civilDate(of: manifest.created)
        var targets: [String: String] = [:]
        for file in manifest.files {
            let name = (file.path as NSString).lastPathComponent
            switch file.role {
            case .jawaban:
                let suffix = manifest.files(.jawaban).count == 1 ? "" : "-" + ((name as NSString).deletingPathExtension)
                targets[file.path] = "Evidence/penilaian-faktual-\(date)\(suffix).xml"
            case .laporan, .temuan: targets[file.path] = "Reports/\(name)"
            default: continue
            }
        }
        if let existing = targets.values.sorted().first(where: { FileManager.default.fileExists(atPath: resolve($0)) }) {
            throw WorkspaceError(.refused, "paket.io.exists", ["path": existing])
        }
        let staging = resolve(".patuh/terima-\(getpid())")
        defer { try? FileManager.default.removeItem(atPath: staging) }
        do {
            try FileManager.default.createDirectory(atPath: resolve(".patuh"), withIntermediateDirectories: true)
            let written = try reader.extract(into: staging) { targets[$0.path] }
            for relative in written {
                try FileManager.default.createDirectory(atPath: (resolve(relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                guard link((staging as NSString).appendingPathComponent(relative), resolve(relative)) == 0 else {
                    throw PaketError(.io, "paket.io.exists", ["path": relative])
                }
            }
            try store.record(ReceivedPaket(lpseId: manifest.lpse.id, kind: manifest.kind.rawValue, sha256: check.sha256,
                                           fingerprint: check.signer.fingerprint, created: manifest.created.iso8601(in: manifest.lpse.zone),
                                           createdSeconds: manifest.created.secondsSinceEpoch, receivedAt: now.iso8601(in: manifest.lpse.zone),
                                           location: root))
            return PaketReceipt(check: check, location: root, written: written)
        } catch let error as PaketError {
            throw Self.paketFailure(error)
        } catch {
            throw WorkspaceError(.unavailable, "paket.io.write", ["path": root, "detail": "\(error)"])
        }
    }

    /// Refuses `manifest` when an earlier-made paket of its kind and LPSE was already received,
    /// unless `allowOlder`.
    func refuseOlder(_ manifest: PaketManifest, store: PaketStore, allowOlder: Bool) throws(WorkspaceError) {
        let latest: ReceivedPaket?
        do { latest = try store.latest(lpseId: manifest.lpse.id, kind: manifest.kind.rawValue) } catch {
            throw WorkspaceError(.unavailable, "workspace.database", ["detail": "\(error)"])
        }
        if let latest, !allowOlder, manifest.created.secondsSinceEpoch < latest.createdSeconds {
            throw WorkspaceError(.refused, "paket.receive.older", ["created": manifest.created.iso8601(in: manifest.lpse.zone),
                                                                   "latest": latest.created])
        }
    }
}
