public import Catalog
import Core

/// A standard named in a pencabutan, kept in the register until the standard is certified
/// again (or the pencabutan is cancelled by a keberatan), whatever becomes of the case.
///
/// A standard may be named without a certificate in force to revoke (it was never certified,
/// or another case revoked it first): the pencabutan is still recorded, with a warning, and the
/// standard stays listed here, so it is not lost when the case closes by pemulihan.
public struct Revocation: Sendable, Hashable, Codable {
    public var lpse: String
    public var standard: String
    /// The case whose pencabutan named the standard.
    public var caseId: String
    /// The pencabutan's notice number.
    public var notice: String
    /// The date of the pencabutan (the event's date in the LPSE's zone).
    public var revokedOn: CivilDate
    /// Whether a certificate in force was revoked; `false` when the standard had none.
    public var hadCertificate: Bool

    /// Creates a record.
    public init(lpse: String, standard: String, caseId: String, notice: String, revokedOn: CivilDate,
                hadCertificate: Bool) {
        self.lpse = lpse
        self.standard = standard
        self.caseId = caseId
        self.notice = notice
        self.revokedOn = revokedOn
        self.hadCertificate = hadCertificate
    }
}
