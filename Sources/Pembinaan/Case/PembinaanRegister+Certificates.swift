import Catalog
import Core

extension PembinaanRegister {
    mutating func issueCertificates(_ standards: [String], version: String, decision: Notice,
                                    event: PembinaanEvent) throws(Refusal) {
        guard !standards.isEmpty else { throw Refusal(.noStandards) }
        for standard in standards where !PembinaanRegister.isStandardId(standard) {
            throw Refusal(.notAStandard(standard))
        }
        guard !decision.number.isEmpty else { throw Refusal(.noDecisionNumber) }
        for standard in standards {
            let issued = event.civilDate
            var certificate = certificatesByLPSE[event.lpse]?[standard]
                ?? Certificate(lpse: event.lpse, standard: standard, catalogVersion: version, issuedOn: issued,
                               validUntil: issued, revoked: false, history: [])
            certificate.catalogVersion = version
            certificate.issuedOn = issued
            certificate.validUntil = validUntil(issued)
            certificate.revoked = false
            certificate.history.append(Certificate.Change(date: issued, status: .berlaku, basis: .decision(decision.number)))
            certificatesByLPSE[event.lpse, default: [:]][standard] = certificate
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
