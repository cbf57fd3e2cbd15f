import Catalog
public import Core
public import Pembinaan
import Store

/// A certificate and its status on the day asked about.
public struct CertificateStanding: Sendable, Hashable {
    public var certificate: Certificate
    public var status: Certificate.Status
}

/// What `patuh sertifikat daftar` shows: the certificates on a day, and the standards named in a
/// pencabutan and not certified again since.
public struct CertificateListing: Sendable, Hashable {
    /// By LPSE, then standard.
    public var certificates: [CertificateStanding]
    /// By LPSE, then standard; those without ``Revocation/hadCertificate`` have no certificate
    /// in ``certificates``.
    public var revocations: [Revocation]
    public var date: CivilDate
}

extension PatuhWorkspace {
    /// The certificates of `lpse` (every LPSE when `nil`) with their status on `date`, and the
    /// standards revoked and not certified again since.
    public func certificates(of lpse: String? = nil, on date: CivilDate) throws(WorkspaceError) -> CertificateListing {
        let register = try pembinaanRecord().register
        let lpses = Set(register.certifiedLPSEs + register.cases().map(\.lpse)).sorted().filter { lpse == nil || $0 == lpse }
        return CertificateListing(
            certificates: lpses.flatMap { register.certificates(of: $0) }
                .map { CertificateStanding(certificate: $0, status: $0.status(on: date)) },
            revocations: lpses.flatMap { register.revocations(of: $0) }, date: date)
    }

    /// LKPP issues (or renews) certificates of `standards` for `lpse` by `decision` (penetapan),
    /// for the workspace catalog's version unless `catalogVersion` names another, on the recorded
    /// penilaian faktual dated `faktual` (else the latest not after today), which the state
    /// machine checks.
    /// - Throws: `invalidInput` for a standard the catalog does not have, or a `faktual` date
    ///   with no recorded penilaian faktual.
    public func issueCertificates(lpse: String, standards: [String], catalogVersion: String? = nil, decision: Notice,
                                  faktual: CivilDate? = nil, context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        try issue(lpse: lpse, standards: standards, catalogVersion: catalogVersion, decision: decision,
                  faktual: faktual, context: context).event
    }

    /// ``issueCertificates(lpse:standards:catalogVersion:decision:faktual:context:)``, also
    /// returning the recorded penilaian faktual the certificates rest on.
    func issue(lpse: String, standards: [String], catalogVersion: String?, decision: Notice, faktual: CivilDate?,
               context: CaseEventContext) throws(WorkspaceError) -> (event: RecordedCaseEvent, faktual: RecordedFaktual?) {
        let catalog = try catalog()
        for id in standards where catalog.standard(id) == nil {
            throw WorkspaceError(.invalidInput, "sertifikat.standard.unknown", ["id": id, "version": catalog.version])
        }
        let today = (context.zone ?? workspaceZone).civilDate(of: now)
        let recorded = try recordedFaktual(of: lpse, dated: faktual, on: today)
        let event = try record(.sertifikatDiterbitkan(standards: standards, catalogVersion: catalogVersion ?? catalog.version,
                                                      decision: decision, faktual: recorded),
                               on: .lpse(lpse), context: context)
        return (event, recorded)
    }

    /// The recorded penilaian faktual an event of `lpse` on `date` rests on (issuing a
    /// certificate, a penilaian ulang): the one dated `wanted`, else the latest not after `date`;
    /// `nil` when none is recorded (the state machine then refuses, naming the rule).
    /// - Throws: `invalidInput` when `wanted` names a date with no recorded penilaian faktual.
    public func recordedFaktual(of lpse: String, dated wanted: CivilDate?, on date: CivilDate) throws(WorkspaceError) -> RecordedFaktual? {
        let stored: [StoredAssessment]
        do {
            stored = try AssessmentHistory(database: try database()).all(kind: "faktual")
        } catch let error as StoreError {
            throw Self.storeFailure(error)
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw WorkspaceError(.unavailable, "workspace.database", ["detail": "\(error)"])
        }
        let found = RecordedFaktual.choose(stored.compactMap(\.recordedFaktual), lpse: lpse, on: date, wanted: wanted)
        if let wanted, found == nil {
            throw WorkspaceError(.invalidInput, "sertifikat.faktual.notRecorded", ["lpse": lpse, "date": wanted.description])
        }
        return found
    }
}
