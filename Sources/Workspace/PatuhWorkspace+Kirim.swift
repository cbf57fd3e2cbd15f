public import EvidenceRegistry
import Foundation
public import Paket

/// A paket sealed and built in one step (the Kirim page of `patuh buka`).
public struct BuiltPaket: Sendable {
    public var seal: SealReceipt
    /// The paket file (absolute).
    public var path: String
    public var manifest: PaketManifest
}

extension PatuhWorkspace {
    /// The private keys in `store` that may sign this LPSE's paket (role `lpse`, this profile's
    /// id), by name; unreadable or foreign keys are left out.
    public func signingKeys(store: KeyStore) throws(WorkspaceError) -> [(name: String, record: KeyRecord)] {
        let id = try profile().id
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: store.directory)) ?? [])
            .filter { $0.hasSuffix(".kunci") && !$0.hasPrefix(".") }.sorted()
        return names.compactMap { file in
            let name = String(file.dropLast(".kunci".count))
            guard let (record, _) = try? store.load(name), record.role == .lpse, record.lpse == id else { return nil }
            return (name, record)
        }
    }

    /// Seals the evidence as it stands (`patuh bukti seal --catatan NOTE`) and builds the signed
    /// paket from that seal with the key `keyName` (`patuh paket buat --kunci NAME`), into the
    /// workspace folder. The key is checked before anything is sealed.
    public func sealAndBuildPaket(note: String, keyName: String, store: KeyStore) throws(WorkspaceError) -> BuiltPaket {
        let record: KeyRecord
        do { (record, _) = try store.load(keyName) } catch { throw Self.paketFailure(error) }
        let id = try profile().id
        guard record.role == .lpse, record.lpse == id else {
            throw WorkspaceError(.refused, "paket.build.keyNotForLPSE", ["fingerprint": record.fingerprint, "lpse": id])
        }
        let receipt = try seal(note: note)
        let (path, manifest) = try buildPaket(keyName: keyName, store: store)
        return BuiltPaket(seal: receipt, path: path, manifest: manifest)
    }

    /// The paket `name` built in the workspace folder (`paket-<lpse>-<date>.zip`, a regular file),
    /// for download; refused for any other name.
    public func builtPaket(named name: String) throws(WorkspaceError) -> String {
        let id = try profile().id
        let prefix = "paket-\(id)-"
        let date = name.dropFirst(prefix.count).dropLast(".zip".count)
        guard name.hasPrefix(prefix), name.hasSuffix(".zip"), date.count == 10,
              date.allSatisfy({ $0.isNumber || $0 == "-" }) else {
            throw WorkspaceError(.notFound, "paket.download.unknown", ["name": name])
        }
        let path = resolve(name)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular else {
            throw WorkspaceError(.notFound, "paket.download.unknown", ["name": name])
        }
        return path
    }
}
