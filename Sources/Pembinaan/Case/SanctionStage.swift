/// A stage of the sanction ladder (tindakan pembinaan), lightest first, as Keputusan Deputi
/// LKPP 152/2022 §2.2 fixes it.
public enum SanctionStage: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Saran/rekomendasi perbaikan: the LPSE must remedy a non-conformity.
    case rekomendasi
    /// Teguran: a formal reprimand after a rekomendasi was not remedied.
    case teguran
    /// Pencabutan sertifikat standarisasi: the certificates of the standards concerned are revoked
    /// and must pass a penilaian ulang (re-assessment).
    case pencabutan
    /// Penghentian layanan SPSE: SPSE service is stopped; only pemulihan ends it.
    case penghentian

    /// The next stage up, or `nil` at penghentian.
    public var next: SanctionStage? {
        SanctionStage.allCases.first { $0 > self }
    }

    public static func < (lhs: SanctionStage, rhs: SanctionStage) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Who acts in a case: LKPP imposes, escalates, decides keberatan, verifies remedies, restores
/// and issues certificates; the LPSE files follow-ups and keberatan.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
    case lkpp
    case lpse
}
