import ArgumentParser
import Core
import Pembinaan
import Workspace

/// `patuh pembinaan keberatan` (alias `objection`): file and decide keberatan.
struct KeberatanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keberatan",
        abstract: "File a keberatan against the current action, or decide it (alias: objection).",
        discussion: """
        The LPSE may object within 5 hari kerja of receiving the notice; a later keberatan is \
        recorded and refused as late, with the computed deadline.

        Examples:
          patuh pembinaan keberatan ajukan K-2024-001 --alasan "temuan sudah diperbaiki" --oleh "Kepala LPSE" --peran lpse
          patuh pembinaan keberatan putus K-2024-001 --putusan dikuatkan --oleh "Deputi LKPP" --peran lkpp
        """,
        subcommands: [FileKeberatanCommand.self, DecideKeberatanCommand.self],
        aliases: ["objection"]
    )
}

/// `patuh pembinaan keberatan ajukan CASE` (alias `file`).
struct FileKeberatanCommand: CaseEventCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "ajukan",
        abstract: "The LPSE objects to the current action (alias: file).",
        discussion: """
        On time (on or before the deadline) the keberatan is pending until LKPP decides, and the \
        stage cannot be escalated meanwhile. Late, it is recorded and refused as late: the \
        command prints the deadline and exits 1.

        Examples:
          patuh pembinaan keberatan ajukan K-2024-001 --alasan "SOP sudah ditinjau" \\
            --oleh "Kepala LPSE" --peran lpse --now 2024-04-08T10:00:00+07:00

        Exit codes: 0 filed on time; 1 refused as late, or by a guard (receipt not recorded, role \
        lkpp); 2 invalid input; 70 the workspace database is unusable.
        """,
        aliases: ["file"]
    )

    @Argument(help: ArgumentHelp("The case id.", valueName: "case"))
    var caseId: String

    @Option(name: .customLong("alasan"), help: ArgumentHelp("The grounds, with the evidence offered.", valueName: "text"))
    var reason: String

    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let context = try options.context(actor)
        try options.show(try options.open().fileKeberatan(caseId, reason: reason, context: context))
    }
}

/// `patuh pembinaan keberatan putus CASE` (alias `decide`).
struct DecideKeberatanCommand: CaseEventCommand, LocalizedCommand {
    /// LKPP's decision.
    enum Decision: String, ExpressibleByArgument, CaseIterable {
        case dikuatkan, diubah, dibatalkan
    }

    static let configuration = CommandConfiguration(
        commandName: "putus",
        abstract: "LKPP decides the pending keberatan (alias: decide).",
        discussion: """
        dikuatkan: the action stands. diubah: it becomes a lighter stage (--menjadi, with the new \
        notice --nomor). dibatalkan: it is cancelled and the case returns to where it was before.

        Examples:
          patuh pembinaan keberatan putus K-2024-001 --putusan dikuatkan --catatan "hasil klarifikasi" \\
            --oleh "Deputi LKPP" --peran lkpp --now 2024-04-15T10:00:00+07:00
          patuh pembinaan keberatan putus K-2024-001 --putusan diubah --menjadi rekomendasi --nomor R-009 \\
            --oleh "Deputi LKPP" --peran lkpp

        Exit codes: 0 recorded; 1 refused (no pending keberatan, not lighter, role lpse); \
        2 invalid input; 70 the workspace database is unusable.
        """,
        aliases: ["decide"]
    )

    @Argument(help: ArgumentHelp("The case id.", valueName: "case"))
    var caseId: String

    @Option(name: .customLong("putusan"), help: ArgumentHelp("dikuatkan, diubah or dibatalkan.", valueName: "decision"))
    var decision: Decision

    @Option(name: .customLong("menjadi"), help: ArgumentHelp("With diubah: the lighter stage.", valueName: "stage"))
    var lighterStage: SanctionStage?

    @Option(name: .customLong("catatan"), help: ArgumentHelp("The result of the examination.", valueName: "text"))
    var note: String = ""

    @Option(name: .customLong("dasar"), help: ArgumentHelp("The basis (repeatable).", valueName: "text"))
    var basis: [String] = []

    @OptionGroup var notice: NoticeOptions
    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let context = try options.context(actor, basis: basis)
        let decided: KeberatanDecision
        switch decision {
        case .dikuatkan: decided = .dikuatkan
        case .dibatalkan: decided = .dibatalkan
        case .diubah:
            guard let lighterStage else { throw WorkspaceError(.invalidInput, "pembinaan.decide.noStage") }
            decided = .diubah(to: lighterStage, notice: try notice.notice(for: .changedAction, language: language))
        }
        try options.show(try options.open().decideKeberatan(caseId, decision: decided, note: note, context: context))
    }
}
