import Catalog

/// An evidence rule in words, in Indonesian and in English: what an exported benchmark or
/// catalog says a control expects as evidence (XCCDF `fixtext`, OSCAL `assessment-method`).
///
/// `S01.1.E1 (kebijakan): berkas kebijakan-*, sekurang-kurangnya 1; ditandatangani
/// (Kepala LPSE/UKPBJ); pemeriksaan auto-partial: regex for the three part headings.`
enum EvidenceRuleText {
    /// The rule in Indonesian.
    static func indonesian(_ rule: EvidenceRule) -> String {
        var parts: [String] = []
        let patterns = rule.patterns.joined(separator: " atau ")
        let count = rule.minimumCount == 0 ? "satu per kejadian, bila ada"
            : rule.minimumPerStaff ? "satu per pegawai (jumlah-pegawai di patuh.xml), sekurang-kurangnya \(rule.minimumCount)"
            : "sekurang-kurangnya \(rule.minimumCount)"
        parts.append(patterns.isEmpty ? "berkas \(count)" : "berkas \(patterns), \(count)")
        if !rule.uses.isEmpty { parts.append("berkas aturan \(rule.uses.joined(separator: ", ")) ikut dihitung") }
        if let days = rule.freshnessDays { parts.append("dokumen terbaru paling lama \(days) hari") }
        if rule.validityWindow { parts.append("masa berlakunya mencakup tanggal penilaian") }
        if rule.fiscalYear { parts.append("tahun anggaran berjalan") }
        if rule.signatureExpected { parts.append("ditandatangani dan diberi tanggal" + (rule.signer.map { " (\($0))" } ?? "")) }
        let check = "pemeriksaan \(rule.check.rawValue)" + (rule.checkNote.map { ": \($0)" } ?? "")
        parts.append(check)
        return "\(rule.id) (\(rule.kind.rawValue)): " + parts.joined(separator: "; ") + "."
    }

    /// The rule in English.
    static func english(_ rule: EvidenceRule) -> String {
        var parts: [String] = []
        let patterns = rule.patterns.joined(separator: " or ")
        let count = rule.minimumCount == 0 ? "one per event, if any occurred"
            : rule.minimumPerStaff ? "one per staff member (jumlah-pegawai in patuh.xml), at least \(rule.minimumCount)"
            : "at least \(rule.minimumCount)"
        parts.append(patterns.isEmpty ? "files: \(count)" : "files \(patterns), \(count)")
        if !rule.uses.isEmpty { parts.append("the files of rule \(rule.uses.joined(separator: ", ")) count too") }
        if let days = rule.freshnessDays { parts.append("newest document at most \(days) days old") }
        if rule.validityWindow { parts.append("its validity window contains the assessment date") }
        if rule.fiscalYear { parts.append("of the current fiscal year") }
        if rule.signatureExpected { parts.append("signed and dated" + (rule.signer.map { " (\($0))" } ?? "")) }
        parts.append("check \(rule.check.rawValue)" + (rule.checkNote.map { ": \($0)" } ?? ""))
        return "\(rule.id) (\(rule.kind.rawValue)): " + parts.joined(separator: "; ") + "."
    }
}
