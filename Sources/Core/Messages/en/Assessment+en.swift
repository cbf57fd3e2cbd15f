extension MessageCatalog {
    static let enAssessment: [String: String] = [
        "assessment.answers.invalid": "patuh: '{path}' is not a valid answer file",
        "assessment.compare.differentLPSE": "patuh: the files concern different LPSEs: {mandiri} (--mandiri) and {faktual} (--faktual)",
        "assessment.standard.unknown": "patuh: '{id}' is not a standard of catalog {version} (S01 to S17)",
    ]
}
