extension MessageCatalog {
    /// The Indonesian tables, one per concern.
    static var indonesianParts: [[String: String]] {
        [idTime, idWorkspace, idAssessment, idEvidence, idPaket]
    }
}
