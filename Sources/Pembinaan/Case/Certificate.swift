import Catalog
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

    /// What a change rests on.
    public enum Basis: Sendable, Hashable, Codable {
        /// A decision of LKPP (penetapan), by its number, on the recorded penilaian faktual named.
        case decision(String, faktual: String?)
        /// A pencabutan imposed in a case.
        case pencabutan(notice: String, caseId: String)
        /// A passed penilaian ulang after pencabutan (the recorded penilaian faktual named), with the
        /// verifier's note.
        case penilaianUlang(caseId: String, note: String, faktual: String?)
        /// A keberatan that changed the revoking action to a lighter stage.
        case keberatanChanged(to: SanctionStage, notice: String)
        /// A keberatan that cancelled the revoking action.
        case keberatanCancelled(stage: SanctionStage, notice: String)

        /// The basis in words in `language`, from the message catalog.
        public func text(_ language: Language) -> String {
            let words = Messages(language)
            return switch self {
            case .decision(let number, let faktual): number + (faktual.map { " (\($0))" } ?? "")
            case .pencabutan(let notice, let caseId):
                words.text("sertifikat.basis.pencabutan", ["notice": notice, "case": caseId])
            case .penilaianUlang(let caseId, let note, let faktual):
                words.text("sertifikat.basis.penilaianUlang", ["case": caseId, "note": note,
                                                               "faktual": faktual.map { " (\($0))" } ?? ""])
            case .keberatanChanged(let stage, let notice):
                words.text("sertifikat.basis.keberatanChanged", ["stage": stage.rawValue, "notice": notice])
            case .keberatanCancelled(let stage, let notice):
                words.text("sertifikat.basis.keberatanCancelled", ["stage": stage.rawValue, "notice": notice])
            }
        }
    }

    /// One change, with the decision behind it.
    public struct Change: Sendable, Hashable, Codable {
        public var date: CivilDate
        public var status: Status
        /// The decision in Indonesian: its notice number, or the case event that caused the change.
        public var decision: String
        /// What the change rests on, for words in either language.
        public var basis: Basis?

        public init(date: CivilDate, status: Status, basis: Basis) {
            self.date = date
            self.status = status
            self.basis = basis
            decision = basis.text(.id)
        }
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
