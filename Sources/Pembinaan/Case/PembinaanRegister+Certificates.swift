import Catalog
import Core

extension PembinaanRegister {
    mutating func issueCertificates(_ standards: [String], version: String, decision: Notice, faktual: RecordedFaktual?,
                                    event: PembinaanEvent) throws(Refusal) {
        guard !standards.isEmpty else { throw Refusal(.noStandards) }
        for standard in standards where !PembinaanRegister.isStandardId(standard) {
            throw Refusal(.notAStandard(standard))
        }
        guard !decision.number.isEmpty else { throw Refusal(.noDecisionNumber) }
        try checkIssuance(standards, faktual: faktual, event: event)
        for standard in standards {
            let issued = event.civilDate
            var certificate = certificatesByLPSE[event.lpse]?[standard]
                ?? Certificate(lpse: event.lpse, standard: standard, catalogVersion: version, issuedOn: issued,
                               validUntil: issued, revoked: false, history: [])
            certificate.catalogVersion = version
            certificate.issuedOn = issued
            certificate.validUntil = validUntil(issued)
            certificate.revoked = false
            certificate.history.append(Certificate.Change(date: issued, status: .berlaku,
                                                          basis: .decision(decision.number, faktual: faktual?.reference)))
            certificatesByLPSE[event.lpse, default: [:]][standard] = certificate
            revocationsByLPSE[event.lpse]?[standard] = nil
        }
    }

    /// The guards of penetapan (Kepdep LKPP 152/2022 §2.1.e.5, §2.2.c–d): no penghentian in force
    /// for the LPSE, no case at pencabutan for the standard, and a recorded penilaian faktual of the
    /// LPSE, not later than the event and after any revocation of the standard, in which the
    /// standard is terpenuhi.
    private func checkIssuance(_ standards: [String], faktual: RecordedFaktual?, event: PembinaanEvent) throws(Refusal) {
        let open = cases(of: event.lpse).filter { $0.status == .aktif }
        if let stopped = open.first(where: { $0.stage == .penghentian }) {
            throw Refusal(.underPenghentian(caseId: stopped.id))
        }
        for standard in standards {
            if let revoking = open.first(where: { $0.stage == .pencabutan && $0.standards.contains(standard) }) {
                throw Refusal(.pencabutanOpen(caseId: revoking.id, standard: standard))
            }
        }
        guard let faktual else { throw Refusal(.noRecordedFaktual(standards: standards, after: nil)) }
        try checkFaktual(faktual, lpse: event.lpse, event: event)
        for standard in standards {
            guard faktual.isTerpenuhi(standard) else {
                throw Refusal(.standardNotTerpenuhi(standard: standard, faktualDate: faktual.date))
            }
            if let revocation = revocationsByLPSE[event.lpse]?[standard], faktual.date <= revocation.revokedOn {
                throw Refusal(.penilaianUlangBeforeRevocation(standard: standard, revokedOn: revocation.revokedOn,
                                                              notice: revocation.notice, faktualDate: faktual.date))
            }
        }
    }

    /// A passed penilaian ulang after a pencabutan imposed on `date`: a recorded penilaian faktual
    /// of the LPSE after that date in which every standard of the case is terpenuhi.
    func checkPenilaianUlang(_ faktual: RecordedFaktual?, standards: [String], lpse: String, after date: CivilDate,
                             event: PembinaanEvent) throws(Refusal) {
        guard let faktual else { throw Refusal(.noRecordedFaktual(standards: standards, after: date)) }
        try checkFaktual(faktual, lpse: lpse, event: event)
        for standard in standards {
            guard faktual.date > date else {
                throw Refusal(.penilaianUlangBeforeRevocation(standard: standard, revokedOn: date,
                                                              notice: nil, faktualDate: faktual.date))
            }
            guard faktual.isTerpenuhi(standard) else {
                throw Refusal(.standardNotTerpenuhi(standard: standard, faktualDate: faktual.date))
            }
        }
    }

    private func checkFaktual(_ faktual: RecordedFaktual, lpse: String, event: PembinaanEvent) throws(Refusal) {
        guard faktual.concerns(lpse) else { throw Refusal(.faktualOfAnotherLPSE(faktual: faktual.lpse, lpse: lpse)) }
        guard faktual.date <= event.civilDate else {
            throw Refusal(.faktualAfterEvent(faktualDate: faktual.date, eventDate: event.civilDate))
        }
    }

    // MARK: - Revocations kept until re-certification

    /// Records every standard a pencabutan names; a standard already listed keeps its first record.
    mutating func track(_ standards: [String], revoked: [String], caseId: String, notice: String, lpse: String,
                        on date: CivilDate) {
        for standard in standards where revocationsByLPSE[lpse]?[standard] == nil {
            revocationsByLPSE[lpse, default: [:]][standard] = Revocation(
                lpse: lpse, standard: standard, caseId: caseId, notice: notice, revokedOn: date,
                hadCertificate: revoked.contains(standard))
        }
    }

    /// Forgets the records of a pencabutan a keberatan cancelled or changed.
    mutating func untrack(notice: String, caseId: String, lpse: String) {
        for (standard, revocation) in revocationsByLPSE[lpse] ?? [:]
        where revocation.notice == notice && revocation.caseId == caseId {
            revocationsByLPSE[lpse]?[standard] = nil
        }
    }

    /// Revokes the certificates of `standards` that exist and are not revoked; returns those revoked.
    mutating func revoke(_ standards: [String], lpse: String, on date: CivilDate, basis: Certificate.Basis) -> [String] {
        var revoked: [String] = []
        for standard in standards {
            guard var certificate = certificatesByLPSE[lpse]?[standard], !certificate.revoked else { continue }
            certificate.revoked = true
            certificate.history.append(Certificate.Change(date: date, status: .dicabut, basis: basis))
            certificatesByLPSE[lpse]?[standard] = certificate
            revoked.append(standard)
        }
        return revoked
    }

    /// Restores certification after a passed penilaian ulang: a fresh validity from `date`.
    mutating func reissue(_ standards: [String], lpse: String, on date: CivilDate, basis: Certificate.Basis) {
        for standard in standards {
            guard var certificate = certificatesByLPSE[lpse]?[standard] else { continue }
            certificate.revoked = false
            certificate.issuedOn = date
            certificate.validUntil = validUntil(date)
            certificate.history.append(Certificate.Change(date: date, status: .berlaku, basis: basis))
            certificatesByLPSE[lpse]?[standard] = certificate
            revocationsByLPSE[lpse]?[standard] = nil
        }
    }

    /// The last valid day of a certificate issued on `date`: the policy's years later, less a day.
    func validUntil(_ date: CivilDate) -> CivilDate {
        date.adding(years: rules.policy.certificateValidityYears).adding(days: -1)
    }

    static func isStandardId(_ text: String) -> Bool {
        guard text.count == 3, text.hasPrefix("S"), let number = Int(text.dropFirst()) else { return false }
        return (1...17).contains(number)
    }
}
