public import Catalog
import Core

/// A penilaian faktual as the workspace's assessment history recorded it: what issuing a
/// certificate, and a passed penilaian ulang after pencabutan, rest on.
///
/// Keputusan Deputi LKPP 152/2022 §2.1.e.5: LKPP certifies (penetapan) an LPSE that met the
/// penilaian faktual; §2.2.c: after pencabutan the revoked standards are assessed again
/// (penilaian ulang). The caller reads this record from the stored assessment history; the
/// state machine checks that it concerns the LPSE, is dated no later than the event, postdates
/// the revocation it must cure, and has each standard concerned terpenuhi.
public struct RecordedFaktual: Sendable, Hashable, Codable {
    /// The LPSE the assessment concerns, as its answer file names it.
    public var lpse: String
    /// The assessment's own date (not the instant it was scored).
    public var date: CivilDate
    /// The standards terpenuhi in it, sorted.
    public var terpenuhi: [String]
    /// Where it is recorded: the answer file and when it was scored.
    public var reference: String

    /// Creates a record.
    public init(lpse: String, date: CivilDate, terpenuhi: [String], reference: String) {
        self.lpse = lpse
        self.date = date
        self.terpenuhi = terpenuhi.sorted()
        self.reference = reference
    }

    /// Whether `standard` is terpenuhi in this assessment.
    public func isTerpenuhi(_ standard: String) -> Bool {
        terpenuhi.contains(standard)
    }

    /// Whether the assessment concerns `lpse` (ids compare without regard to case).
    public func concerns(_ lpse: String) -> Bool {
        self.lpse.lowercased() == lpse.lowercased()
    }
}

extension RecordedFaktual {
    /// The recorded penilaian faktual an event of `lpse` on `date` rests on: the one dated `wanted`
    /// when given, else the latest dated no later than `date`; `nil` when there is none.
    public static func choose(_ recorded: [RecordedFaktual], lpse: String, on date: CivilDate,
                              wanted: CivilDate? = nil) -> RecordedFaktual? {
        let own = recorded.filter { $0.concerns(lpse) }
        if let wanted { return own.last { $0.date == wanted } }
        return own.filter { $0.date <= date }.max { $0.date < $1.date }
    }
}
