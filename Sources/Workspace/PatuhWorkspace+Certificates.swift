import Catalog
public import Core
public import Pembinaan
import Store

/// A certificate and its status on the day asked about.
public struct CertificateStanding: Sendable, Hashable {
    public var certificate: Certificate
    public var status: Certificate.Status
}

extension PatuhWorkspace {
    /// The certificates of `lpse` (every LPSE when `nil`), by LPSE then standard, with their
    /// status on `date`.
    public func certificates(of lpse: String? = nil, on date: CivilDate) throws(WorkspaceError) -> [CertificateStanding] {
        let register = try pembinaanRecord().register
        return register.certifiedLPSEs.filter { lpse == nil || $0 == lpse }.flatMap { register.certificates(of: $0) }
            .map { CertificateStanding(certificate: $0, status: $0.status(on: date)) }
    }

    /// LKPP issues (or renews) certificates of `standards` for `lpse` by `decision` (penetapan),
    /// for the workspace catalog's version unless `catalogVersion` names another.
    /// - Throws: `invalidInput` for a standard the catalog does not have.
    public func issueCertificates(lpse: String, standards: [String], catalogVersion: String? = nil, decision: Notice,
                                  context: CaseEventContext) throws(WorkspaceError) -> RecordedCaseEvent {
        let catalog = try catalog()
        for id in standards where catalog.standard(id) == nil {
            throw WorkspaceError(.invalidInput, "sertifikat.standard.unknown", ["id": id, "version": catalog.version])
        }
        return try record(.sertifikatDiterbitkan(standards: standards, catalogVersion: catalogVersion ?? catalog.version,
                                                 decision: decision),
                          on: .lpse(lpse), context: context)
    }
}
