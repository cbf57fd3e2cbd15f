import Catalog

/// How serious a finding is.
public enum TemuanSeverity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// A major non-conformity: the control's purpose is not achieved.
    case mayor
    /// A minor non-conformity: a lapse that does not defeat the control.
    case minor
    /// An observation: no non-conformity yet, a risk or an opportunity to improve.
    case observasi

    /// Mayor first.
    public static func < (lhs: TemuanSeverity, rhs: TemuanSeverity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A finding (temuan) an LKPP assessor writes during a penilaian faktual, with the
/// recommendation (rekomendasi perbaikan) the LPSE must follow up.
///
/// This is the value the pembinaan work turns into a case: it names the LPSE, the control and
/// its standard, the severity, what was found, what to do, and where it was written.
public struct Temuan: Sendable, Hashable, Codable, Identifiable {
    /// The assessor's id for the finding, unique in its file, e.g. `TF-2026-03`.
    public var id: String
    /// The control the finding is about.
    public var controlId: String
    /// The standard of that control, e.g. `S05`.
    public var standardId: String
    public var severity: TemuanSeverity
    /// What was found (uraian).
    public var description: String
    /// What the LPSE must do (rekomendasi).
    public var rekomendasi: String
    /// Where the finding is written.
    public var source: SourceLocation

    /// Creates a finding.
    public init(id: String, controlId: String, standardId: String, severity: TemuanSeverity,
                description: String, rekomendasi: String, source: SourceLocation = .unknown) {
        self.id = id
        self.controlId = controlId
        self.standardId = standardId
        self.severity = severity
        self.description = description
        self.rekomendasi = rekomendasi
        self.source = source
    }
}
