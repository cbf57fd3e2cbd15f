/// Whether cuti bersama days count as working days for a procedure.
///
/// Government offices close on cuti bersama, so the default is ``libur``; some procedures
/// count them as working days, so the setting is per procedure.
public enum CutiBersamaRule: String, Sendable, Hashable, Codable, CaseIterable {
    /// Cuti bersama days are not working days (the default).
    case libur
    /// Cuti bersama days are working days (when they fall in the working week).
    case kerja
}
