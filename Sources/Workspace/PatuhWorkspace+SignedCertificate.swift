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

/// What verifying a certificate document established.
public struct CertificateVerdict: Sendable {
    /// The certificate's state on the day asked about.
    public enum Status: String, Sendable {
        case valid, expired, notYetValid, revoked
    }

    public var certificate: SignedCertificate
    public var status: Status
    public var day: CivilDate
    /// The revocation date, for a revoked certificate.
    public var revokedOn: CivilDate?
    public var signer: KeyRecord
}

extension PatuhWorkspace {
    /// Writes a certificate document for this workspace's LPSE, signed by the LKPP key `keyName`,
    /// valid from today (in the LPSE's zone) through `validUntil`, as `output` (default
    /// `sertifikat-<number>.xml` in the workspace). Never overwrites.
    public func signCertificate(number: String, standards: [String], validUntil: CivilDate, keyName: String,
                                store: KeyStore, output: String? = nil) throws(WorkspaceError) -> (path: String, certificate: SignedCertificate) {
        let profile = try self.profile()
        let catalog = try self.catalog()
        for id in standards where catalog.standard(id) == nil {
            throw WorkspaceError(.invalidInput, "assessment.standard.unknown", ["id": id, "version": catalog.version])
        }
        let (record, key): (KeyRecord, PaketSigningKey)
        do { (record, key) = try store.load(keyName) } catch { throw Self.paketFailure(error) }
        guard record.role == .lkpp else { throw WorkspaceError(.refused, "paket.verify.notLKPP", ["fingerprint": record.fingerprint]) }
        let today = profile.zone.civilDate(of: now)
        let safe = String(number.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
        let path = resolve(output ?? "sertifikat-\(safe).xml")
        do {
            let certificate = try SignedCertificate(number: number, lpseId: profile.id, lpseName: profile.name, standards: standards,
                                                    validFrom: today, validUntil: validUntil, issued: now.iso8601(in: profile.zone),
                                                    issuer: record.name).signed(by: key)
            try Self.writeNew(certificate.xml, to: path)
            return (path, certificate)
        } catch {
            throw Self.paketFailure(error)
        }
    }

    /// Verifies the certificate document at `path` on `day` (default today): the signature, the
    /// signer against the trust list (or `publicKey`), the validity window, and the revocation
    /// list `revocations` when given (itself signed by a trusted LKPP key). A forged or untrusted
    /// document is refused; expired, not yet valid and revoked are verdicts.
    public func verifyCertificate(_ path: String, on day: CivilDate? = nil, revocations: String? = nil,
                                  publicKey: String? = nil) throws(WorkspaceError) -> CertificateVerdict {
        let certificate: SignedCertificate
        do { certificate = try SignedCertificate.load(path: resolve(path), schemaDirectory: schemaDirectory) } catch { throw Self.paketFailure(error) }
        guard certificate.signatureIsSound, let signature = certificate.signature else {
            throw WorkspaceError(.refused, "paket.certificate.forged", ["path": path])
        }
        let signer = try trustedLKPP(signature.key, publicKey: publicKey)
        let date = day ?? (try? self.zone().civilDate(of: now)) ?? IndonesianZone.wib.civilDate(of: now)
        var status: CertificateVerdict.Status = date < certificate.validFrom ? .notYetValid : date > certificate.validUntil ? .expired : .valid
        var revokedOn: CivilDate?
        if let revocations {
            let list: RevocationList
            do { list = try RevocationList.load(path: resolve(revocations), schemaDirectory: schemaDirectory) } catch { throw Self.paketFailure(error) }
            guard list.signatureIsSound, let listSignature = list.signature else {
                throw WorkspaceError(.refused, "paket.certificate.forged", ["path": revocations])
            }
            _ = try trustedLKPP(listSignature.key, publicKey: publicKey)
            if let entry = list.entries.first(where: { $0.number == certificate.number }), entry.date <= date {
                status = .revoked
                revokedOn = entry.date
            }
        }
        return CertificateVerdict(certificate: certificate, status: status, day: date, revokedOn: revokedOn, signer: signer)
    }

    /// Adds `number` (revoked on `date`, default today) to the revocation list at `path`
    /// (created when missing, else verified first), re-signed by the LKPP key `keyName`.
    public func revokeCertificate(number: String, on date: CivilDate? = nil, list path: String, keyName: String,
                                  store: KeyStore) throws(WorkspaceError) -> RevocationList {
        let (record, key): (KeyRecord, PaketSigningKey)
        do { (record, key) = try store.load(keyName) } catch { throw Self.paketFailure(error) }
        guard record.role == .lkpp else { throw WorkspaceError(.refused, "paket.verify.notLKPP", ["fingerprint": record.fingerprint]) }
        let zone = (try? self.zone()) ?? .wib
        var entries: [RevocationList.Entry] = []
        let full = resolve(path)
        if FileManager.default.fileExists(atPath: full) {
            let existing: RevocationList
            do { existing = try RevocationList.load(path: full, schemaDirectory: schemaDirectory) } catch { throw Self.paketFailure(error) }
            guard existing.signatureIsSound, existing.signature?.key == key.publicKey else {
                throw WorkspaceError(.refused, "paket.certificate.forged", ["path": path])
            }
            entries = existing.entries.filter { $0.number != number }
        }
        entries.append(.init(number: number, date: date ?? zone.civilDate(of: now)))
        do throws(PaketError) {
            let list = try RevocationList(issued: now.iso8601(in: zone), entries: entries).signed(by: key)
            let temporary = full + ".tmp-\(getpid())"
            try Self.writeNew(list.xml, to: temporary)
            guard rename(temporary, full) == 0 else { throw PaketError(.io, "paket.io.write", ["path": full, "detail": String(cString: strerror(errno))]) }
            return list
        } catch {
            throw Self.paketFailure(error)
        }
    }

    /// The trusted LKPP record of `key` (from `publicKey` when given, else the trust list).
    func trustedLKPP(_ key: PaketPublicKey, publicKey: String?) throws(WorkspaceError) -> KeyRecord {
        let record: KeyRecord?
        if let publicKey {
            guard let data = FileManager.default.contents(atPath: publicKey), let text = String(data: data, encoding: .utf8) else {
                throw WorkspaceError(.invalidInput, "paket.trust.unreadable", ["path": publicKey])
            }
            do { record = try KeyRecord.parseAll(text, source: publicKey).first { $0.key == key } } catch { throw Self.paketFailure(error) }
        } else {
            record = try trustList().record(for: key)
        }
        guard let record else { throw WorkspaceError(.refused, "paket.verify.untrusted", ["fingerprint": key.fingerprint]) }
        guard record.role == .lkpp else { throw WorkspaceError(.refused, "paket.verify.notLKPP", ["fingerprint": record.fingerprint]) }
        return record
    }

    /// Writes `data` to a new file at `path` (never over an existing one).
    static func writeNew(_ data: Data, to path: String) throws(PaketError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw PaketError(.io, "paket.io.write", ["path": path, "detail": String(cString: strerror(errno))]) }
        defer { close(fd) }
        let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == data.count else { throw PaketError(.io, "paket.io.write", ["path": path, "detail": String(cString: strerror(errno))]) }
    }
}
