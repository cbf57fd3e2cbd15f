import ArgumentParser
import Pembinaan

/// `patuh pembinaan buka` (alias `open`): LKPP opens a case from findings with a rekomendasi.
struct OpenCaseCommand: ParsableCommand {
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

    @Option(name: .customLong("lpse"), help: ArgumentHelp("The LPSE's id.", valueName: "id"))
    var lpse: String

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

    func run() throws {
        let findings = try readFindings()
        try FindingsFile.check(findings, against: try options.workspace.loadCatalog())
        let notice = try notice.notice(for: "a rekomendasi")
        try EventRecorder(options: options, actor: actor, basis: basis + findings.map(\.id))
            .record(.newCase(id: caseId, lpse: lpse), .kasusDibuka(findings: findings, notice: notice))
    }

    private func readFindings() throws -> [Finding] {
        let single = [findingId, standard, control, description].contains { $0 != nil }
        switch (findingsFile, single) {
        case (.some, true):
            throw CommandFailure.invalidInput("patuh: give the findings either as --temuan FILE or as --temuan-id/--standar/--uraian, not both")
        case (.some(let path), false):
            return try FindingsFile.load(path: path)
        case (nil, true):
            guard let findingId, let standard, let description else {
                throw CommandFailure.invalidInput("patuh: one finding needs --temuan-id, --standar and --uraian (--kontrol is optional)")
            }
            return [Finding(id: findingId, standard: standard.uppercased(), control: control, description: description)]
        case (nil, false):
            throw CommandFailure.invalidInput("patuh: a case is opened from findings: --temuan FILE, or --temuan-id ID --standar S03 --uraian TEXT")
        }
    }
}
