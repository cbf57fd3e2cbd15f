import ArgumentParser
import Core
import Pembinaan
import Workspace

/// `patuh pembinaan terima CASE` (alias `receive`): the LPSE received the current notice.
struct ReceiveCommand: CaseEventCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "terima",
        abstract: "Record the date the LPSE received the current notice (alias: receive).",
        discussion: """
        The follow-up deadline and the keberatan window are counted in hari kerja from this \
        date (Standards/pembinaan.xml); without it no deadline can be computed. The date may not \
        precede the notice nor follow the moment of recording.

        Examples:
          patuh pembinaan terima K-2024-001 --tanggal 2024-03-04 --bukti "tanda terima 12" \\
            --oleh "Admin LPSE" --peran lpse --now 2024-03-04T15:00:00+07:00
          patuh sanction receive K-2024-001 --tanggal 2024-03-04 --oleh "Asesor LKPP" --peran lkpp --format json

        Exit codes: 0 recorded; 1 refused (already recorded, impossible date); 2 invalid input or a \
        date outside the calendar's years; 70 the workspace database is unusable.
        """,
        aliases: ["receive"]
    )

    @Argument(help: ArgumentHelp("The case id.", valueName: "case"))
    var caseId: String

    @Option(name: .customLong("tanggal"), help: ArgumentHelp("The date of receipt, YYYY-MM-DD.", valueName: "date"))
    var date: String

    @Option(name: .customLong("bukti"), help: ArgumentHelp("The proof of receipt (tanda terima, resi).", valueName: "text"))
    var proof: String = "tanda terima"

    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let received = try dateArgument(date, option: "--tanggal")
        let context = try options.context(actor)
        try options.show(try options.open().recordReceipt(caseId, on: received, proof: proof, context: context))
    }
}

/// `patuh pembinaan tindak-lanjut CASE` (alias `follow-up`): the LPSE files its follow-up.
struct FollowUpCommand: CaseEventCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "tindak-lanjut",
        abstract: "The LPSE files its follow-up of the current action (alias: follow-up).",
        discussion: """
        Examples:
          patuh pembinaan tindak-lanjut K-2024-001 --ringkasan "SOP aset ditinjau ulang" \\
            --oleh "Kepala LPSE" --peran lpse --now 2024-03-20T09:00:00+07:00

        Exit codes: 0 recorded; 1 refused (role lkpp, case closed, at penghentian); 2 invalid input; \
        70 the workspace database is unusable.
        """,
        aliases: ["follow-up"]
    )

    @Argument(help: ArgumentHelp("The case id.", valueName: "case"))
    var caseId: String

    @Option(name: .customLong("ringkasan"), help: ArgumentHelp("What the LPSE did.", valueName: "text"))
    var summary: String

    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let context = try options.context(actor)
        try options.show(try options.open().fileFollowUp(caseId, summary: summary, context: context))
    }
}

/// `patuh pembinaan verifikasi-perbaikan CASE` (alias `verify-remedy`): LKPP verifies the follow-up.
struct VerifyRemedyCommand: CaseEventCommand, LocalizedCommand {
    /// The verification's outcome.
    enum Outcome: String, ExpressibleByArgument, CaseIterable {
        case diterima, ditolak
    }

    static let configuration = CommandConfiguration(
        commandName: "verifikasi-perbaikan",
        abstract: "LKPP verifies the LPSE's follow-up: accepted closes the case (alias: verify-remedy).",
        discussion: """
        After pencabutan an accepted follow-up is a passed penilaian ulang: a penilaian faktual \
        recorded in the workspace ('patuh penilaian nilai FILE'), dated after the pencabutan, in which \
        every standard of the case is terpenuhi (--penilaian-ulang picks it by date, else the latest \
        not after today). The revoked certificates are then restored with a fresh validity.

        Examples:
          patuh pembinaan verifikasi-perbaikan K-2024-001 --hasil diterima --catatan "SOP sesuai" \\
            --oleh "Asesor LKPP" --peran lkpp --now 2024-03-25T10:00:00+07:00
          patuh pembinaan verifikasi-perbaikan K-2024-001 --hasil ditolak --catatan "bukti kurang" --oleh A --peran lkpp

        Exit codes: 0 recorded; 1 refused (no follow-up filed, role lpse); 2 invalid input; \
        70 the workspace database is unusable.
        """,
        aliases: ["verify-remedy"]
    )

    @Argument(help: ArgumentHelp("The case id.", valueName: "case"))
    var caseId: String

    @Option(name: .customLong("hasil"), help: ArgumentHelp("diterima (accepted) or ditolak (rejected).", valueName: "diterima|ditolak"))
    var outcome: Outcome

    @Option(name: .customLong("catatan"), help: ArgumentHelp("The verifier's note.", valueName: "text"))
    var note: String = ""

    @Option(name: .customLong("dasar"), help: ArgumentHelp("The basis (repeatable).", valueName: "text"))
    var basis: [String] = []

    @Option(name: .customLong("penilaian-ulang"), help: ArgumentHelp(
        "After pencabutan: the date of the recorded penilaian faktual that is the penilaian ulang (default: the latest not after today).",
        valueName: "date"))
    var penilaianUlang: String?

    @OptionGroup var actor: ActorOptions
    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let context = try options.context(actor, basis: basis)
        let wanted = try penilaianUlang.map { try dateArgument($0, option: "--penilaian-ulang") }
        try options.show(try options.open().verifyRemedy(caseId, accepted: outcome == .diterima, note: note,
                                                         penilaianUlang: wanted, context: context))
    }
}
