import ArgumentParser
import Core
import Pembinaan
import Workspace

/// `patuh pembinaan eskalasi CASE --ke STAGE` (alias `escalate`): LKPP escalates one stage.
struct EscalateCommand: CaseEventCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "eskalasi",
        abstract: "Escalate a case one stage up the ladder (alias: escalate).",
        discussion: """
        rekomendasi → teguran → pencabutan → penghentian, one step at a time, only after the \
        current stage's follow-up deadline has passed with no accepted remedy and no pending \
        keberatan. Pencabutan revokes the certificates of the findings' standards.

        Examples:
          patuh pembinaan eskalasi K-2024-001 --ke teguran --nomor T-001/LKPP/2024 --ditetapkan 2024-04-02 \\
            --dasar "Kepdep LKPP 152/2022 §2.2.b" --oleh "Asesor LKPP" --peran lkpp --now 2024-04-02T09:00:00+07:00

        Exit codes: 0 recorded; 1 refused (deadline not passed, keberatan pending, skipped stage, \
        role lpse); 2 invalid input; 70 the workspace database is unusable.
        """,
        aliases: ["escalate"]
    )

    @Argument(help: ArgumentHelp("The case id.", valueName: "case"))
    var caseId: String

    @Option(name: .customLong("ke"), help: ArgumentHelp("The next stage: teguran, pencabutan or penghentian.", valueName: "stage"))
    var stage: SanctionStage

    @Option(name: .customLong("dasar"), help: ArgumentHelp("The basis (repeatable).", valueName: "text"))
    var basis: [String] = []

    @OptionGroup var notice: NoticeOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let context = try options.context(actor, basis: basis)
        let notice = try notice.notice(for: .escalation, language: language)
        try options.show(try options.open().escalate(caseId, to: stage, notice: notice, context: context))
    }
}

/// `patuh pembinaan pelanggaran-sla [CASE]` (alias `sla-breach`): penghentian for an SLA breach.
struct SLABreachCommand: CaseEventCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "pelanggaran-sla",
        abstract: "Record an SLA breach: penghentian from any stage, or as a new case (alias: sla-breach).",
        discussion: """
        With the id of an open case the case goes straight to penghentian. Without one (or with \
        an id not yet used) a new case is opened for --lpse.

        Examples:
          patuh pembinaan pelanggaran-sla K-2024-001 --uraian "SPSE tidak tersedia 3 hari" --nomor H-001 \\
            --oleh "Direktur LKPP" --peran lkpp --now 2024-05-02T09:00:00+07:00
          patuh pembinaan pelanggaran-sla --lpse LPSE-KOTA-X --zona WIT --uraian "data bocor" --nomor H-002 \\
            --oleh "Direktur LKPP" --peran lkpp

        Exit codes: 0 recorded; 1 refused (already at penghentian, role lpse); 2 invalid input; \
        70 the workspace database is unusable.
        """,
        aliases: ["sla-breach"]
    )

    @Argument(help: ArgumentHelp("The case id (optional).", valueName: "case"))
    var caseId: String?

    @Option(name: .customLong("lpse"), help: ArgumentHelp("The LPSE, for a new case.", valueName: "id"))
    var lpse: String?

    @Option(name: .customLong("uraian"), help: ArgumentHelp("The breach.", valueName: "text"))
    var description: String

    @Option(name: .customLong("dasar"), help: ArgumentHelp("The basis (repeatable).", valueName: "text"))
    var basis: [String] = []

    @OptionGroup var notice: NoticeOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let context = try options.context(actor, basis: basis)
        let notice = try notice.notice(for: .penghentian, language: language)
        try options.show(try options.open().recordSLABreach(caseId, lpse: lpse, description: description, notice: notice,
                                                            context: context))
    }
}

/// `patuh pembinaan pulihkan CASE` (alias `restore`): LKPP restores service after penghentian.
struct RestoreCommand: CaseEventCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "pulihkan",
        abstract: "Restore SPSE service after penghentian (pemulihan), with its basis (alias: restore).",
        discussion: """
        Examples:
          patuh pembinaan pulihkan K-2024-001 --catatan "layanan dipulihkan" --dasar "Keputusan LKPP 7/2024" \\
            --oleh "Direktur LKPP" --peran lkpp --now 2024-06-03T09:00:00+07:00

        Exit codes: 0 recorded; 1 refused (not at penghentian, no basis, role lpse); 2 invalid input; \
        70 the workspace database is unusable.
        """,
        aliases: ["restore"]
    )

    @Argument(help: ArgumentHelp("The case id.", valueName: "case"))
    var caseId: String

    @Option(name: .customLong("catatan"), help: ArgumentHelp("The decision's note.", valueName: "text"))
    var note: String = ""

    @Option(name: .customLong("dasar"), help: ArgumentHelp("The basis: the decision and regulation (required, repeatable).", valueName: "text"))
    var basis: [String] = []

    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let context = try options.context(actor, basis: basis)
        try options.show(try options.open().restore(caseId, note: note, context: context))
    }
}
