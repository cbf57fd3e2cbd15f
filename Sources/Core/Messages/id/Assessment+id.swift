extension MessageCatalog {
    static let idAssessment: [String: String] = [
        "assessment.answers.invalid": "patuh: '{path}' bukan berkas penilaian yang sah",
        "assessment.compare.differentLPSE": "patuh: kedua berkas menyangkut LPSE yang berbeda: {mandiri} (--mandiri) dan {faktual} (--faktual)",
        "assessment.standard.unknown": "patuh: '{id}' bukan standar katalog {version} (S01 sampai S17)",
        "assessment.refused": "ditolak: ",
        "assessment.notApplicable.refused": "patuh: '{path}' ditolak: {count} jawaban tidak-berlaku tidak dibolehkan kebijakan penilaian; tidak ada yang dinilai atau disimpan",
    ]
}
