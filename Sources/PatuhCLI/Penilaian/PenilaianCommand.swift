import ArgumentParser

/// `patuh penilaian`: penilaian mandiri (self-assessment) and penilaian faktual (LKPP's assessment).
struct PenilaianCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "penilaian",
        abstract: "Self and factual assessment: answer files, scores, comparison, history (alias: assessment).",
        discussion: """
        An answer file (XML, Standards/schema/penilaian.xsd) holds a penilaian mandiri (the LPSE's \
        self-assessment) or a penilaian faktual (LKPP's assessment on the facts): per control a status \
        (memenuhi, sebagian, tidak, tidak-berlaku), fakta and analisis, the evidence cited, and in a \
        faktual file overrides and findings (temuan). The scoring policy lives in Standards/penilaian.xml.

        Examples:
          patuh penilaian template --jenis mandiri --bukti bukti.json --output penilaian-mandiri.xml
          patuh penilaian nilai Evidence/penilaian-mandiri.xml --explain S05
          patuh penilaian faktual --mandiri Evidence/penilaian-mandiri.xml --faktual Evidence/penilaian-faktual.xml
          patuh penilaian riwayat
        """,
        subcommands: [TemplateCommand.self, ScoreCommand.self, CompareCommand.self, HistoryCommand.self],
        aliases: ["assessment"]
    )
}
