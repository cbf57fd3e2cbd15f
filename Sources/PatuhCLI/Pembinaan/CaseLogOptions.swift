import ArgumentParser
import Catalog
import Core
import Foundation
import Pembinaan
import Store
import XMLSupport

extension Role: ExpressibleByArgument {}
extension SanctionStage: ExpressibleByArgument {}

/// `--oleh NAME --peran lkpp|lpse`: who records an event.
struct ActorOptions: ParsableArguments {
    @Option(name: .customLong("oleh"), help: ArgumentHelp("Who acts, by name (e.g. \"Asesor LKPP\").", valueName: "name"))
    var actor: String

    @Option(name: .customLong("peran"), help: ArgumentHelp("The actor's role: lkpp or lpse.", valueName: "lkpp|lpse"))
    var role: Role

    func validate() throws {
        if actor.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--oleh needs a name") }
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
    func notice(for purpose: String) throws -> Notice {
        guard let number, !number.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CommandFailure.invalidInput("patuh: \(purpose) needs the notice's number: --nomor NOMOR")
        }
        return Notice(number: number,
                      issuedOn: try issuedOn.map { try parseDateArgument($0, option: "--ditetapkan") },
                      sentOn: try sentOn.map { try parseDateArgument($0, option: "--dikirim") })
    }
}

/// What every `patuh pembinaan` command shares: the workspace, the clock, the zone and the format.
struct CaseLogOptions: ParsableArguments {
    @OptionGroup var workspace: WorkspaceOptions

    @OptionGroup var now: NowOption

    @Option(name: .customLong("zona"), help: ArgumentHelp(
        "The LPSE's zone for a new case or certificate: WIB, WITA or WIT (default: patuh.xml's, else WIB). A case keeps the zone it was opened in.",
        valueName: "WIB|WITA|WIT"))
    var zone: IndonesianZone?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of refusals: id (Indonesian) or en (English).")
    var lang: Language = .id

    /// The zone of the workspace's LPSE (`patuh.xml`), WIB without one or when it cannot be read
    /// (reading it properly is the evidence commands' job, which report its errors).
    var workspaceZone: IndonesianZone {
        ((try? WorkspaceIdentity.loadIfPresent(workspace)) ?? nil)?.zone ?? .wib
    }

    /// The LPSE id of the workspace (`patuh.xml`), if it has one.
    func workspaceLPSE() throws -> String? {
        try WorkspaceIdentity.loadIfPresent(workspace)?.id
    }

    /// The current instant, to the second.
    func instant() throws -> Instant {
        Instant(try now.resolve())
    }

    /// The policy (`Standards/pembinaan.xml`) and holiday calendar (`Standards/kalender`), or exit 2.
    func loadRules() throws -> CaseRules {
        let standards = workspace.standards
        let policy: SanctionPolicy
        let holidays: HolidayCalendar
        do {
            policy = try SanctionPolicyLoader.load(path: (standards as NSString).appendingPathComponent("pembinaan.xml"))
            holidays = try HolidayCalendarLoader.load(directory: (standards as NSString).appendingPathComponent("kalender"))
        } catch {
            throw CommandFailure(status: ExitStatus.invalidInput, error.diagnostics.map(\.description)
                + ["patuh: the pembinaan policy or holiday calendar in '\(standards)' cannot be used"])
        }
        do {
            return try CaseRules(policy: policy, holidays: holidays)
        } catch {
            throw CommandFailure.invalidInput("patuh: " + error.message)
        }
    }

    /// The workspace's event log (exit 70 when the database cannot be used).
    func openLog() throws -> CaseLog {
        CaseLog(database: try workspace.openDatabase())
    }

    /// The whole log folded, or the failure to report.
    func loadSnapshot() throws -> (CaseLog.Snapshot, CaseRules) {
        let rules = try loadRules()
        let log = try openLog()
        do {
            return (try log.load(rules: rules), rules)
        } catch {
            throw CaseLogOptions.failure(error, language: lang)
        }
    }

    /// The exit status and message of a failed append or load: 1 refused by a guard or a broken
    /// log, 2 input the calendar cannot count, 70 a database fault.
    static func failure(_ error: CaseLogError, language: Language = .id) -> CommandFailure {
        switch error {
        case .refused(let refusal):
            CommandFailure(status: refusal.isInputError ? ExitStatus.invalidInput : ExitStatus.shortfall,
                           [(language == .en ? "patuh: refused: " : "patuh: ditolak: ") + refusal.message(language)])
        case .store(let store):
            CommandFailure(status: store.code == .corrupt ? ExitStatus.shortfall : ExitStatus.internalError,
                           ["patuh: \(store.description)"])
        }
    }
}
