public import Catalog
public import Core

/// A sertifikat standarisasi for one standard of one LPSE, with the decisions that changed it.
public struct Certificate: Sendable, Hashable, Codable {
    /// The status a certificate has on a given date.
    public enum Status: String, Sendable, Hashable, Codable {
        /// In force.
        case berlaku
        /// Revoked (pencabutan).
        case dicabut
        /// Its validity has run out.
        case kedaluwarsa
    }

    /// One change, with the decision behind it.
    public struct Change: Sendable, Hashable, Codable {
        public var date: CivilDate
        public var status: Status
        /// The decision: its notice number, or the case event that caused the change.
        public var decision: String
    }

    public var lpse: String
    public var standard: String
    public var catalogVersion: String
    public var issuedOn: CivilDate
    /// The last day it is valid.
    public var validUntil: CivilDate
    /// Revoked or not; expiry is judged on a date by ``status(on:)``.
    public var revoked: Bool
    public var history: [Change]

    /// The status on `date`: dicabut, kedaluwarsa after ``validUntil``, else berlaku.
    public func status(on date: CivilDate) -> Status {
        if revoked { return .dicabut }
        return date > validUntil ? .kedaluwarsa : .berlaku
    }

    /// The decision behind the latest change.
    public var decision: String { history.last?.decision ?? "" }
}
