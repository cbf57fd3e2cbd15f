#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Catalog
public import Pembinaan
public import Core
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

/// What `sertifikat terbitkan --kunci` recorded and wrote.
public struct IssuedCertificateDocument: Sendable {
    /// The event recorded in the pembinaan log.
    public var event: RecordedCaseEvent
    /// The signed certificate document written.
    public var path: String
    public var certificate: SignedCertificate
    public var instansi: String
    /// The catalog's name of each standard.
    public var standardNames: [String: LocalizedText]
    /// The recorded penilaian faktual it rests on.
    public var faktualDate: CivilDate?
    public var catalogVersion: String
}

extension PatuhWorkspace {
    /// LKPP issues certificates of `standards` for this workspace's LPSE, as
    /// ``issueCertificates(lpse:standards:catalogVersion:decision:faktual:context:)`` does (the
    /// same guards, recorded in the pembinaan log), and writes the signed certificate document
    /// `sertifikat-<nomor>.xml` in `directory` (default the workspace): the decision's number, the
    /// LPSE (id and name from `patuh.xml`), the standards, the validity the log recorded, signed by
    /// the LKPP key `keyName`. Everything that can refuse (the LPSE, the key, an existing file) is
    /// checked before the event is recorded; the document never overwrites a file.
    /// - Throws: `refused` when `lpse` is not this workspace's LPSE or the key is not LKPP's.
    public func issueSignedCertificates(lpse: String, standards: [String], catalogVersion: String? = nil, decision: Notice,
                                        faktual: CivilDate? = nil, context: CaseEventContext, keyName: String, store: KeyStore,
                                        directory: String? = nil) throws(WorkspaceError) -> IssuedCertificateDocument {
        let profile = try self.profile()
        guard hasProfile, profile.id == lpse else {
            throw WorkspaceError(.refused, "sertifikat.dokumen.lpseNotHere", ["lpse": lpse, "ours": hasProfile ? profile.id : "-"])
        }
        let (record, key): (KeyRecord, PaketSigningKey)
        do { (record, key) = try store.load(keyName) } catch { throw Self.paketFailure(error) }
        guard record.role == .lkpp else { throw WorkspaceError(.refused, "paket.verify.notLKPP", ["fingerprint": record.fingerprint]) }
        let safe = String(decision.number.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
        let base = ((directory.map(resolve) ?? root) as NSString).appendingPathComponent("sertifikat-\(safe)")
        for suffix in [".xml", ".html", ".pdf"] where FileManager.default.fileExists(atPath: base + suffix) {
            throw WorkspaceError(.refused, "paket.io.exists", ["path": base + suffix])
        }
        let (event, basis) = try issue(lpse: lpse, standards: standards, catalogVersion: catalogVersion, decision: decision,
                                       faktual: faktual, context: context)
        let issued = event.register.certificates(of: lpse).filter { standards.contains($0.standard) }
        guard let first = issued.first else { throw WorkspaceError(.unavailable, "workspace.database", ["detail": "no certificate recorded"]) }
        let catalog = try self.catalog()
        do {
            let certificate = try SignedCertificate(number: decision.number, lpseId: profile.id, lpseName: profile.name,
                                                    standards: issued.map(\.standard), validFrom: first.issuedOn,
                                                    validUntil: first.validUntil, issued: now.iso8601(in: profile.zone),
                                                    issuer: record.name).signed(by: key)
            try Self.writeNew(certificate.xml, to: base + ".xml")
            return IssuedCertificateDocument(event: event, path: base + ".xml", certificate: certificate, instansi: profile.instansi,
                                             standardNames: Dictionary(uniqueKeysWithValues: issued.map { ($0.standard, catalog.standard($0.standard)?.name ?? LocalizedText(id: $0.standard)) }),
                                             faktualDate: basis?.date, catalogVersion: first.catalogVersion)
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
