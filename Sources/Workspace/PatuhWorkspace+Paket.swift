#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Assessment
import Catalog
import Core
import Crypto
import EvidenceRegistry
import Foundation
public import Paket
import Store

/// What `paket periksa` established about a paket.
public struct PaketCheck: Sendable {
    public var path: String
    public var manifest: PaketManifest
    /// The paket's identity (SHA-256 of its manifest).
    public var sha256: String
    /// The signer's key and, when it is trusted, its record.
    public var signer: PaketPublicKey
    public var trusted: KeyRecord?
    /// Whether the catalog version was compared with this workspace's (false: no catalog here).
    public var catalogChecked: Bool
    /// Files hashed and bytes read.
    public var files: Int
    public var bytes: Int64
}

/// What `paket terima` did.
public struct PaketReceipt: Sendable {
    public var check: PaketCheck
    /// The folder written (the assessor workspace, or this workspace for a result).
    public var location: String
    public var written: [String]
}

extension PatuhWorkspace {
    /// The trust list's path (`kunci-percaya.txt` beside `patuh.xml`).
    public var trustListPath: String { (root as NSString).appendingPathComponent(TrustList.fileName) }

    /// The trust list of this workspace.
    public func trustList() throws(WorkspaceError) -> TrustList {
        do { return try TrustList.load(path: trustListPath) } catch { throw Self.paketFailure(error) }
    }

    /// Makes a key pair in `store`; an LPSE key signs for this workspace's LPSE unless `lpse` says.
    public func createKey(name: String, role: KeyRole, lpse: String?, holder: String?, store: KeyStore) throws(WorkspaceError) -> KeyRecord {
        let workspaceProfile: WorkspaceProfile? = try hasProfile ? self.profile() : nil
        let lpseId = role == .lpse ? (lpse ?? workspaceProfile?.id) : nil
        if role == .lpse && lpseId == nil { throw WorkspaceError(.invalidInput, "paket.key.lpseNeeded") }
        let holderName = holder ?? (role == .lpse ? workspaceProfile?.name ?? lpseId ?? name : "LKPP")
        // The holder is one line of the key file: no line breaks or other control characters.
        try FreeTextInput.check(holderName)
        do {
            let record = try store.create(name: name, role: role, lpse: lpseId, holder: holderName, forbidden: [root])
            let publicPath = (store.directory as NSString).appendingPathComponent("\(name).pub")
            try? Data(record.text.utf8).write(to: URL(fileURLWithPath: publicPath))
            return record
        } catch {
            throw Self.paketFailure(error)
        }
    }

    /// Adds every public key of the file at `path` to the trust list.
    public func trust(publicKeyFile path: String) throws(WorkspaceError) -> [KeyRecord] {
        guard let data = FileManager.default.contents(atPath: path), data.count < TrustList.maximumSize,
              let text = String(data: data, encoding: .utf8) else {
            throw WorkspaceError(.invalidInput, "paket.trust.unreadable", ["path": path])
        }
        do throws(PaketError) {
            let records = try KeyRecord.parseAll(text, source: path)
            guard !records.isEmpty else { throw PaketError(.invalidKey, "paket.key.fileFormat", ["path": path, "header": KeyRecord.header]) }
            var list = try TrustList.load(path: trustListPath)
            records.forEach { list.add($0) }
            try list.save(path: trustListPath)
            return records
        } catch {
            throw Self.paketFailure(error)
        }
    }

    // MARK: - Building

    /// Builds `paket-<lpse>-<date>.zip` in `directory` (default the workspace root) from the
    /// latest seal, signed with the private key `keyName`.
    public func buildPaket(keyName: String, store: KeyStore, directory: String? = nil) throws(WorkspaceError) -> (path: String, manifest: PaketManifest) {
        let profile = try self.profile()
        guard let seal = try latestSeal() else { throw WorkspaceError(.refused, "paket.build.noSeal", ["path": root]) }
        let (record, key): (KeyRecord, PaketSigningKey)
        do { (record, key) = try store.load(keyName) } catch { throw Self.paketFailure(error) }
        guard record.role == .lpse, record.lpse == profile.id else {
            throw WorkspaceError(.refused, "paket.build.keyNotForLPSE", ["fingerprint": record.fingerprint, "lpse": profile.id])
        }
        let catalog = try self.catalog()
        var sources = seal.files.map { file in
            let path = file.path.string
            let name = (path as NSString).lastPathComponent
            let folderMetadata = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("bukti.xml")
            let hasMetadata = FileManager.default.fileExists(atPath: resolve(folderMetadata))
            return PaketSource(archivePath: path, diskPath: resolve(path), role: name.hasPrefix("penilaian-") ? .jawaban : .bukti,
                               metadata: hasMetadata ? folderMetadata : nil, expectedSHA256: file.sha256)
        }
        let sealed = Set(seal.files.map(\.path.string))
        for metadata in Set(sources.compactMap(\.metadata)).sorted() where !sealed.contains(metadata) {
            sources.append(PaketSource(archivePath: metadata, diskPath: resolve(metadata), role: .metadata))
        }
        if hasProfile {
            sources.append(PaketSource(archivePath: WorkspaceProfile.fileName, diskPath: resolve(WorkspaceProfile.fileName), role: .profil))
        }
        let instant = now
        let date = profile.zone.civilDate(of: instant)
        let output = ((directory.map(resolve) ?? root) as NSString).appendingPathComponent("paket-\(profile.id)-\(date).zip")
        let catalogHash = Self.treeHash(standardsDirectory)
        let lpse = PaketManifest.LPSE(id: profile.id, name: profile.name, instansi: profile.instansi, zone: profile.zone)
        do {
            let (manifest, _) = try PaketWriter.write(to: output, sources: sources, signer: key) { files in
                PaketManifest(kind: .pengajuan, created: instant, patuhVersion: Self.patuhVersion, lpse: lpse,
                              catalogVersion: catalog.version, catalogSHA256: catalogHash,
                              seal: .init(id: seal.id, instant: Instant(seal.instant), note: seal.note, files: seal.files.count),
                              files: files)
            }
            return (output, manifest)
        } catch {
            throw Self.paketFailure(error)
        }
    }

    /// The version of Patuh written into manifests.
    public static let patuhVersion = "0.1.0"

    // MARK: - Checking

    /// Opens and fully checks the paket at `path`: structure and limits, signature, trust (against
    /// `publicKey` when given, else the trust list), the LPSE the key is registered for, the
    /// catalog version, and every file's size and hash. Nothing is written.
    public func checkPaket(_ path: String, publicKey: String? = nil, limits: ArchiveLimits = ArchiveLimits()) throws(WorkspaceError) -> PaketCheck {
        let (reader, check) = try openPaket(path, publicKey: publicKey, limits: limits)
        do { try reader.verifyFiles() } catch { throw Self.paketFailure(error) }
        return check
    }

    func openPaket(_ path: String, publicKey: String?, limits: ArchiveLimits) throws(WorkspaceError) -> (PaketReader, PaketCheck) {
        let reader: PaketReader
        do { reader = try PaketReader.open(path: resolve(path), schemaDirectory: schemaDirectory, limits: limits) } catch { throw Self.paketFailure(error) }
        let manifest = reader.manifest
        let trusted: KeyRecord?
        if let publicKey {
            guard let data = FileManager.default.contents(atPath: publicKey), let text = String(data: data, encoding: .utf8) else {
                throw WorkspaceError(.invalidInput, "paket.trust.unreadable", ["path": publicKey])
            }
            let records: [KeyRecord]
            do { records = try KeyRecord.parseAll(text, source: publicKey) } catch { throw Self.paketFailure(error) }
            trusted = records.first { $0.key == reader.signer }
        } else {
            trusted = try trustList().record(for: reader.signer)
        }
        guard let trusted else { throw WorkspaceError(.refused, "paket.verify.untrusted", ["fingerprint": reader.signer.fingerprint]) }
        switch manifest.kind {
        case .pengajuan:
            guard trusted.role == .lpse, trusted.lpse == manifest.lpse.id else {
                throw WorkspaceError(.refused, "paket.verify.lpseMismatch", ["fingerprint": trusted.fingerprint,
                                                                            "registered": trusted.lpse ?? "LKPP", "lpse": manifest.lpse.id])
            }
        case .hasil:
            guard trusted.role == .lkpp else {
                throw WorkspaceError(.refused, "paket.verify.notLKPP", ["fingerprint": trusted.fingerprint])
            }
        }
        var catalogChecked = false
        if FileManager.default.fileExists(atPath: (standardsDirectory as NSString).appendingPathComponent("catalog.xml")) {
            let version = try self.catalog().version
            guard version == manifest.catalogVersion else {
                throw WorkspaceError(.refused, "paket.verify.catalog", ["theirs": manifest.catalogVersion, "ours": version])
            }
            catalogChecked = true
        }
        let check = PaketCheck(path: path, manifest: manifest, sha256: reader.sha256, signer: reader.signer, trusted: trusted,
                               catalogChecked: catalogChecked, files: manifest.files.count,
                               bytes: manifest.files.reduce(0) { $0 + $1.size })
        return (reader, check)
    }

    // MARK: - Receiving

    /// Receives a submission into a new assessor workspace at `destination`: verifies it fully,
    /// extracts the evidence (read-only), the profile and the mandiri, copies this workspace's
    /// standards, writes a faktual answer file pre-filled with the LPSE's claims, and records the
    /// submission in this workspace's database. An older paket than the last received from the
    /// same LPSE is refused unless `allowOlder`.
    public func receivePaket(_ path: String, into destination: String, allowOlder: Bool = false,
                             limits: ArchiveLimits = ArchiveLimits()) throws(WorkspaceError) -> PaketReceipt {
        let (reader, check) = try openPaket(path, publicKey: nil, limits: limits)
        let manifest = check.manifest
        guard manifest.kind == .pengajuan else { throw WorkspaceError(.refused, "paket.receive.notSubmission") }
        guard !FileManager.default.fileExists(atPath: resolve(destination)) else {
            throw WorkspaceError(.invalidInput, "paket.io.exists", ["path": resolve(destination)])
        }
        do { try reader.verifyFiles() } catch { throw Self.paketFailure(error) }
        let store = PaketStore(database: try database())
        try refuseOlder(manifest, store: store, allowOlder: allowOlder)
        let target = URL(fileURLWithPath: resolve(destination)).standardizedFileURL.path
        let staging = target + ".tmp-\(getpid())"
        let written: [String]
        do {
            written = try reader.extract(into: staging) { $0.path }
            try Self.copyTree(standardsDirectory, to: (staging as NSString).appendingPathComponent("Standards"))
            let assessorSide = PatuhWorkspace(root: staging, standards: nil, clock: clock)
            let faktual = try assessorSide.faktualTemplate(claims: manifest.files(.jawaban).map(\.path))
            let faktualName = "Evidence/penilaian-faktual-\(manifest.lpse.zone.civilDate(of: now)).xml"
            let faktualPath = (staging as NSString).appendingPathComponent(faktualName)
            try Data(faktual.utf8).write(to: URL(fileURLWithPath: faktualPath))
            try FileManager.default.createDirectory(atPath: (staging as NSString).appendingPathComponent(".patuh"), withIntermediateDirectories: true)
            try Data("\(check.sha256)\n\(faktualName)\n".utf8).write(to: URL(fileURLWithPath: (staging as NSString).appendingPathComponent(Self.submissionFile)))
            for file in manifest.files {
                chmod((staging as NSString).appendingPathComponent(file.path), 0o444)
            }
            guard rename(staging, target) == 0 else {
                throw WorkspaceError(.invalidInput, "paket.io.exists", ["path": target])
            }
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            if let error = error as? PaketError { throw Self.paketFailure(error) }
            if let error = error as? WorkspaceError { throw error }
            throw WorkspaceError(.unavailable, "paket.io.write", ["path": target, "detail": "\(error)"])
        }
        do {
            try store.record(ReceivedPaket(lpseId: manifest.lpse.id, kind: manifest.kind.rawValue, sha256: check.sha256,
                                           fingerprint: check.signer.fingerprint, created: manifest.created.iso8601(in: manifest.lpse.zone),
                                           createdSeconds: manifest.created.secondsSinceEpoch, receivedAt: now.iso8601(in: manifest.lpse.zone),
                                           location: target))
        } catch {
            throw WorkspaceError(.unavailable, "workspace.database", ["detail": "\(error)"])
        }
        return PaketReceipt(check: check, location: target, written: written)
    }

    /// A faktual answer file for this workspace, each control preceded by the LPSE's claim and
    /// justification from the mandiri answer files `claims` (as comments beside the empty verdict).
    func faktualTemplate(claims: [String]) throws(WorkspaceError) -> String {
        let profile = try self.profile()
        let lpse = LPSEIdentity(id: profile.id, name: profile.name, instansi: profile.instansi)
        var template = try template(kind: .faktual, lpse: lpse, assessors: [], evidence: try checkEvidence().facts())
        guard let mandiri = claims.first(where: { ($0 as NSString).lastPathComponent.hasPrefix("penilaian-mandiri") }) else { return template }
        let (mandiriFile, _) = try self.answers(mandiri)
        for answer in mandiriFile.answers {
            let fakta = answer.justification?.fakta ?? ""
            let claim = "<!-- Klaim LPSE \(answer.controlId): \(answer.status.rawValue). \(fakta.replacingOccurrences(of: "--", with: "—")) -->\n  "
            template = template.replacingOccurrences(of: "<control id=\"\(answer.controlId)\"", with: claim + "<control id=\"\(answer.controlId)\"")
        }
        return template
    }

    // MARK: - Helpers

    static func copyTree(_ source: String, to destination: String) throws {
        try FileManager.default.copyItem(atPath: source, toPath: destination)
    }

    /// SHA-256 over every regular file under `directory`: `path sha256` lines in byte order.
    static func treeHash(_ directory: String) -> String {
        let paths = (FileManager.default.subpaths(atPath: directory) ?? []).sorted {
            Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8))
        }
        var lines = ""
        for path in paths {
            let full = (directory as NSString).appendingPathComponent(path)
            var info = stat()
            guard lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let data = FileManager.default.contents(atPath: full) else { continue }
            lines += "\(path) \(SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined())\n"
        }
        return SHA256.hash(data: Data(lines.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The workspace error of a paket refusal: unsafe, tampered and untrusted pakets are refused
    /// (exit 1); what is not a paket or an unusable key is invalid input (exit 2).
    static func paketFailure(_ error: PaketError) -> WorkspaceError {
        let kind: WorkspaceError.Kind = switch error.kind {
        case .notAPaket, .invalidKey: .invalidInput
        case .unsafe, .tampered, .untrusted: .refused
        case .io: .unavailable
        }
        return WorkspaceError(kind, error.key, error.values)
    }
}
