import ArgumentParser
import Core
import Pembinaan
import Workspace

/// `patuh pembinaan buka` (alias `open`): LKPP opens a case from findings with a rekomendasi.
struct OpenCaseCommand: CaseEventCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "buka",
        abstract: "Open a case from findings, imposing a rekomendasi (alias: open).",
        discussion: """
        The findings come from a JSON file (--temuan), an array of \
        {"id","standard","control","severity","description","rekomendasi"}, or from one finding \
        given by --temuan-id, --standar, --kontrol and --uraian. Each is checked against the \
        catalog. The case id is --kasus, or the next free K-YYYY-NNN.

        Examples:
          patuh pembinaan buka --lpse LPSE-KAB-CONTOH --temuan-id TF-01 --standar S03 --kontrol S03.2 \\
            --uraian "SOP aset tidak ditinjau" --nomor R-001/LKPP/2024 --ditetapkan 2024-03-01 \\
            --dasar "Kepdep LKPP 152/2022 §2.2" --oleh "Asesor LKPP" --peran lkpp --now 2024-03-01T10:00:00+07:00
          patuh sanction open --lpse LPSE-KOTA-X --zona WITA --temuan temuan.json --nomor R-002 \\
            --oleh "Asesor LKPP" --peran lkpp --format json

        Exit codes: 0 recorded; 1 refused (e.g. role lpse, case id taken); 2 invalid input; \
        70 the workspace database is unusable.
        """,
        aliases: ["open"]
    )

    @Option(name: .customLong("lpse"), help: ArgumentHelp("The LPSE's id (default: the workspace's, from patuh.xml).", valueName: "id"))
    var lpse: String?

    @Option(name: .customLong("kasus"), help: ArgumentHelp("The new case's id (default: the next K-YYYY-NNN).", valueName: "id"))
    var caseId: String?

    @Option(name: .customLong("temuan"), help: ArgumentHelp("A JSON file of findings.", valueName: "file"))
    var findingsFile: String?

    @Option(name: .customLong("temuan-id"), help: ArgumentHelp("One finding's id (with --standar, --uraian).", valueName: "id"))
    var findingId: String?

    @Option(name: .customLong("standar"), help: ArgumentHelp("The finding's standard, S01 ... S17.", valueName: "id"))
    var standard: String?

    @Option(name: .customLong("kontrol"), help: ArgumentHelp("The finding's control, e.g. S03.2.", valueName: "id"))
    var control: String?

    @Option(name: .customLong("uraian"), help: ArgumentHelp("What was found.", valueName: "text"))
    var description: String?

    @Option(name: .customLong("dasar"), help: ArgumentHelp("The basis: regulation article or finding id (repeatable).", valueName: "text"))
    var basis: [String] = []

    @OptionGroup var notice: NoticeOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let workspace = try options.open()
        guard let lpseId = try lpse ?? workspace.workspaceLPSE() else {
            throw ValidationError(Core.Messages(language).text("pembinaan.open.noLPSE"))
        }
        let context = try options.context(actor, basis: basis)
        let findings = try readFindings(workspace)
        let notice = try notice.notice(for: .rekomendasi, language: language)
        try options.show(try workspace.openCase(findings: findings, notice: notice, lpse: lpseId, caseId: caseId,
                                                context: context))
    }

    private func readFindings(_ workspace: PatuhWorkspace) throws -> [Finding] {
        let single = [findingId, standard, control, description].contains { $0 != nil }
        switch (findingsFile, single) {
        case (.some, true):
            throw WorkspaceError(.invalidInput, "pembinaan.open.findingsTwice")
        case (.some(let path), false):
            return try workspace.findings(fromFile: path)
        case (nil, true):
            guard let findingId, let standard, let description else {
                throw WorkspaceError(.invalidInput, "pembinaan.open.findingIncomplete")
            }
            return [Finding(id: findingId, standard: standard.uppercased(), control: control, description: description)]
        case (nil, false):
            throw WorkspaceError(.invalidInput, "pembinaan.open.noFindings")
        }
    }
}
