public import Pembinaan
import Catalog
import Core

extension StoredAssessment {
    /// This assessment as the pembinaan register takes it (issuing a certificate, a penilaian
    /// ulang): `nil` unless it is a penilaian faktual with a readable date.
    public var recordedFaktual: RecordedFaktual? {
        guard kind == "faktual", let date = CivilDate(iso: assessmentDate) else { return nil }
        return RecordedFaktual(lpse: lpseId, date: date, terpenuhi: standards.filter(\.terpenuhi).map(\.standardId),
                               reference: "penilaian faktual \(assessmentDate), \(file), dinilai \(scoredAt)")
    }
}
