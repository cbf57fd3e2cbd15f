extension MessageCatalog {
    /// The Indonesian tables, one per concern.
    static var indonesianParts: [[String: String]] {
        [idTime, idWorkspace, idAssessment, idEvidence, idPembinaan, idHariKerja, idSeal, idFirstDay, idStandards, idPenilaian, idInterop, idSupport, idPaket, idOutput, idHardening, idCertificateDocument, idEditing, idContent, idServer, idBuka]
    }
}
