import ArgumentParser
import Assessment
import Catalog
import Core
import Reporting
import Store
import Workspace

/// `patuh penilaian riwayat [WORKSPACE]` (alias `history`).
struct HistoryCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "riwayat",
        abstract: "Show how each standard's score moved over the stored assessments (alias: history).",
        discussion: """
        Every 'patuh penilaian nilai' stores its result (the policy's model) in WORKSPACE/.patuh/. This \
        prints one column per assessment, oldest first (M = mandiri, F = faktual), one row per standard \
        with its percentage (* = terpenuhi), and the change since the previous assessment of the same kind.

        Examples:
          patuh penilaian riwayat
          patuh penilaian riwayat --jenis faktual --format json
        """,
        aliases: ["history"]
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .customLong("jenis"), help: "Only assessments of this kind: mandiri or faktual.")
    var kind: AssessmentKind?

    @Option(name: .customLong("lpse"), help: "Only this LPSE's assessments (its id).")
    var lpse: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of labels: id (Indonesian) or en (English).")
    var lang: Language = .id

    var language: Language { lang }

    func run() throws {
        let stored = try workspace.open(clock: .system, readOnly: true).history(lpse: lpse, kind: kind)
        if format == .json {
            Console.out(try Console.json(stored))
            return
        }
        guard !stored.isEmpty else {
            Console.out(Messages(lang).text("penilaian.history.empty", ["path": workspace.workspace]))
            return
        }
        Console.out(Self.render(stored, language: lang))
    }

    static func render(_ stored: [StoredAssessment], language: Language = .id) -> String {
        let messages = Messages(language)
        let columns = stored.map { "\($0.assessmentDate) \($0.kind == AssessmentKind.faktual.rawValue ? "F" : "M")" }
        let ids = Array(Set(stored.flatMap { $0.standards.map(\.standardId) })).sorted()
        var table = TextTable([messages.text("penilaian.history.standard")] + columns + [messages.text("penilaian.history.change")], alignments: [.left] + columns.map { _ in .right } + [.right])
        for id in ids {
            let cells = stored.map { assessment -> String in
                guard let row = assessment.standards.first(where: { $0.standardId == id }) else { return "" }
                return NumberFormat.percent(row.percent, decimals: 1, language: .id) + (row.terpenuhi ? "*" : " ")
            }
            table.add([id] + cells + [change(of: id, in: stored)])
        }
        table.add([messages.text("penilaian.history.terpenuhi")] + stored.map { "\($0.terpenuhi)/\($0.standardCount) " } + [""])
        var lines = [table.render(), "", messages.text("penilaian.history.legend")]
        let names = Set(stored.map { "\($0.lpseName) (\($0.lpseId))" }).sorted()
        lines.insert(messages.text("penilaian.history.title", ["names": names.joined(separator: ", ")]) + "\n", at: 0)
        return lines.joined(separator: "\n")
    }

    /// The last assessment's percentage minus the previous one of the same kind, in points.
    static func change(of id: String, in stored: [StoredAssessment]) -> String {
        guard let last = stored.last else { return "" }
        let sameKind = stored.filter { $0.kind == last.kind && $0.lpseId == last.lpseId }
        guard sameKind.count >= 2,
              let now = sameKind[sameKind.count - 1].standards.first(where: { $0.standardId == id })?.percent,
              let before = sameKind[sameKind.count - 2].standards.first(where: { $0.standardId == id })?.percent else { return "—" }
        let delta = now - before
        return (delta > 0 ? "+" : "") + NumberFormat.percent(delta, decimals: 1, language: .id)
    }
}
