import ArgumentParser
import Core
import Foundation
import Pembinaan
import Reporting
import Workspace

extension Role: ExpressibleByArgument {}
extension SanctionStage: ExpressibleByArgument {}

/// `--oleh NAME --peran lkpp|lpse`: who records an event.
struct ActorOptions: ParsableArguments {
    @Option(name: .customLong("oleh"), help: ArgumentHelp("Who acts, by name (e.g. \"Asesor LKPP\").", valueName: "name"))
    var actor: String

    @Option(name: .customLong("peran"), help: ArgumentHelp("The actor's role: lkpp or lpse.", valueName: "lkpp|lpse"))
    var role: Role
}

/// A command that records a case event: it checks its actor while parsing, in its language.
protocol CaseEventCommand: ParsableCommand {
    var actor: ActorOptions { get }
    var options: CaseLogOptions { get }
}

extension CaseEventCommand {
    func validate() throws {
        _ = try options.context(actor)
    }
}

/// What a notice is for, in the message asking for its number.
enum NoticePurpose {
    case rekomendasi, penghentian, changedAction, certificateDecision, escalation

    var key: String {
        switch self {
        case .rekomendasi: "pembinaan.notice.purpose.rekomendasi"
        case .penghentian: "pembinaan.notice.purpose.penghentian"
        case .changedAction: "pembinaan.notice.purpose.changedAction"
        case .certificateDecision: "pembinaan.notice.purpose.certificateDecision"
        case .escalation: "pembinaan.notice.purpose.escalation"
        }
    }
}

/// `--nomor --ditetapkan --dikirim`: the notice (surat) an event issues.
struct NoticeOptions: ParsableArguments {
    @Option(name: .customLong("nomor"), help: ArgumentHelp("The notice's number (nomor surat).", valueName: "nomor"))
    var number: String?

    @Option(name: .customLong("ditetapkan"), help: ArgumentHelp("The date the notice was signed, YYYY-MM-DD.", valueName: "date"))
    var issuedOn: String?

    @Option(name: .customLong("dikirim"), help: ArgumentHelp("The date the notice was sent, YYYY-MM-DD.", valueName: "date"))
    var sentOn: String?

    /// The notice, or exit 2 when the number is missing or a date is malformed.
    func notice(for purpose: NoticePurpose, language: Language) throws -> Notice {
        guard let number, !number.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw WorkspaceError(.invalidInput, "pembinaan.notice.missing", ["purpose": Core.Messages(language).text(purpose.key)])
        }
        return Notice(number: number,
                      issuedOn: try issuedOn.map { try dateArgument($0, option: "--ditetapkan") },
                      sentOn: try sentOn.map { try dateArgument($0, option: "--dikirim") })
    }
}

/// What every `patuh pembinaan` and `patuh sertifikat` command shares: the workspace, the
/// clock, the zone, the format and the language.
struct CaseLogOptions: ParsableArguments {
    @OptionGroup var workspace: WorkspaceOptions

    @OptionGroup var now: NowOption

    @Option(name: .customLong("zona"), help: ArgumentHelp(
        "The LPSE's zone for a new case or certificate: WIB, WITA or WIT (default: patuh.xml's, else WIB). A case keeps the zone it was opened in.",
        valueName: "WIB|WITA|WIT"))
    var zone: IndonesianZone?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of the output, refusals and errors: id (Indonesian) or en (English).")
    var lang: Language = .id

    /// The workspace on the clock of `--now` / `PATUH_NOW` (exit 2 naming a value that is not an instant).
    func open(readOnly: Bool = false) throws -> PatuhWorkspace {
        let clock: Clock
        do {
            clock = try Clock.resolve(argument: now.value)
        } catch {
            throw WorkspaceError(.invalidInput) { language in error.message(language) }
        }
        return try workspace.open(clock: clock, readOnly: readOnly)
    }

    /// Who records an event, with `basis`; a usage error without a name.
    func context(_ actor: ActorOptions, basis: [String] = []) throws -> CaseEventContext {
        if actor.actor.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(Core.Messages(lang).text("pembinaan.actor.empty"))
        }
        return CaseEventContext(actor: actor.actor, role: actor.role, basis: basis, zone: zone)
    }

    /// Prints `value` as JSON, or `text()` as text.
    func show(json value: some Encodable, text: () -> String) throws {
        Console.out(format == .json ? try Console.json(value) : text())
    }

    /// Prints an event just recorded and the case as it now stands (its warnings to stderr);
    /// then fails with the event's refusal (a keberatan recorded as late), if any.
    func show(_ recorded: RecordedCaseEvent) throws {
        let warnings = recorded.warnings
        for warning in warnings {
            Console.error(Core.Messages(lang).text("pembinaan.warning", ["warning": warning.message(lang)]))
        }
        try show(json: PembinaanJSON.Recorded(recorded.entry, standing: recorded.standing, warnings: warnings, language: lang)) {
            PembinaanText(lang).recorded(recorded.entry, standing: recorded.standing)
        }
        if let refusal = recorded.refusal { throw refusal }
    }
}

/// A date argument (`YYYY-MM-DD`), or exit 2 naming the option, in the command's language.
func dateArgument(_ text: String, option: String) throws -> CivilDate {
    do {
        return try CivilDate.argument(text, source: option)
    } catch {
        throw WorkspaceError(.invalidInput) { language in error.message(language) }
    }
}
