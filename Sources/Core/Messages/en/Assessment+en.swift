extension MessageCatalog {
    static let enAssessment: [String: String] = [
        "assessment.answers.invalid": "patuh: '{path}' is not a valid answer file",
        "assessment.compare.differentLPSE": "patuh: the files concern different LPSEs: {mandiri} (--mandiri) and {faktual} (--faktual)",
        "assessment.standard.unknown": "patuh: '{id}' is not a standard of catalog {version} (S01 to S17)",
        "assessment.refused": "refused: ",
        "assessment.notApplicable.refused": "patuh: '{path}' is refused: {count} tidak-berlaku answer(s) the scoring policy does not allow; nothing was scored or stored",
    ]
}
