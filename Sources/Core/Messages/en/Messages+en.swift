extension MessageCatalog {
    /// The English tables, one per concern, in the same order as the Indonesian ones.
    static var englishParts: [[String: String]] {
        [enTime, enWorkspace, enAssessment, enEvidence, enPembinaan, enHariKerja, enSeal, enFirstDay, enStandards, enPenilaian, enInterop, enSupport, enPaket, enOutput, enHardening, enCertificateDocument, enEditing, enContent, enServer, enBuka]
    }
}
