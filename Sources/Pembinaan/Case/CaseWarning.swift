public import Catalog
import Core

/// Something the state machine accepted that a person must still be told about; it is part of
/// the folded state, so it is shown again whenever the event is.
public struct CaseWarning: Sendable, Hashable {
    /// What the warning is about.
    public enum Reason: Sendable, Hashable {
        /// A pencabutan named standards with no certificate in force to revoke. The pencabutan is
        /// recorded and the standards stay listed as revoked until certified again.
        case revokedWithoutCertificate(standards: [String], notice: String, caseId: String)
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// The warning in a sentence in `language`.
    public func message(_ language: Language) -> String {
        switch reason {
        case .revokedWithoutCertificate(let standards, let notice, let caseId):
            let list = standards.joined(separator: ", ")
            return language == .en
                ? "pencabutan \(notice) (case \(caseId)) names \(list), which has no certificate in force to revoke; "
                    + "the pencabutan is recorded and \(list) stays listed as revoked until certified again after a "
                    + "penilaian ulang (patuh sertifikat daftar)"
                : "pencabutan \(notice) (kasus \(caseId)) menyebut \(list) yang tidak memiliki sertifikat berlaku untuk "
                    + "dicabut; pencabutan tetap dicatat dan \(list) tetap tercatat dicabut sampai disertifikasi "
                    + "kembali setelah penilaian ulang (patuh sertifikat daftar)"
        }
    }
}

extension PembinaanRegister {
    /// The warnings of `event` once folded into this register: what it did that a person must
    /// know although nothing was refused.
    public func warnings(after event: PembinaanEvent) -> [CaseWarning] {
        guard case .eskalasi(.pencabutan, let notice) = event.payload, let id = event.caseId,
              let action = cases[id]?.actions.last(where: { $0.notice == notice }),
              !action.uncertifiedStandards.isEmpty else { return [] }
        return [CaseWarning(.revokedWithoutCertificate(standards: action.uncertifiedStandards,
                                                       notice: notice.number, caseId: id))]
    }
}
