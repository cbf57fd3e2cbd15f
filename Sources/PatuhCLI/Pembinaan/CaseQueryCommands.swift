import ArgumentParser
import Core
import Pembinaan
import Reporting
import Store
import Workspace

/// `patuh pembinaan status [CASE]`: where one case or every case stands today.
struct CaseStatusCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show a case's stage, every open deadline with overdue flags, pending keberatan and the next legal step.",
        discussion: """
        Without a case: one line per case. "Today" is --now (or PATUH_NOW) in the case's zone; a \
        deadline is LEWAT (overdue) from the day after it. To name a workspace without a case, \
        run the command in the workspace folder.

        Examples:
          patuh pembinaan status
          patuh pembinaan status K-2024-001 --now 2024-04-10T09:00:00+07:00
          patuh sanction status K-2024-001 --format json --lang en

        Exit codes: 0 shown; 1 no such case, or the log is broken; 2 invalid input; 70 the \
        workspace database is unusable.
        """
    )

    @Argument(help: ArgumentHelp("The case id (default: every case).", valueName: "case"))
    var caseId: String?

    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let workspace = try options.open()
        if let caseId {
            let standing = try workspace.caseStatus(caseId)
            return try options.show(json: PembinaanJSON.CaseStatus(standing, language: language)) {
                PembinaanText(language).status(standing)
            }
        }
        let standings = try workspace.caseStatuses()
        try options.show(json: standings.map(PembinaanJSON.CaseSummary.init)) {
            PembinaanText(language).overview(standings)
        }
    }
}

/// `patuh pembinaan riwayat CASE` (alias `history`): the timeline of a case.
struct CaseHistoryCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "riwayat",
        abstract: "Show a case's timeline: every event, who, when, the notice and what it did (alias: history).",
        discussion: """
        Examples:
          patuh pembinaan riwayat K-2024-001
          patuh sanction history K-2024-001 --format json --lang en

        Exit codes: 0 shown; 1 no such case, or the log is broken; 2 invalid input; 70 the \
        workspace database is unusable.
        """,
        aliases: ["history"]
    )

    @Argument(help: ArgumentHelp("The case id.", valueName: "case"))
    var caseId: String

    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        let entries = try options.open().caseTimeline(caseId)
        try options.show(json: entries.map { PembinaanJSON.HistoryEntry($0, language: language) }) {
            PembinaanText(language).timeline(entries, caseId: caseId)
        }
    }
}

/// `patuh pembinaan verifikasi` (alias `verify`): recompute the hash chain.
struct VerifyChainCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "verifikasi",
        abstract: "Recompute the event log's hash chain and name the first event edited, deleted or reordered (alias: verify).",
        discussion: """
        Each event's record holds the SHA-256 of the record before it. Write the head hash down \
        elsewhere (a report, a letter) to detect a later rewrite of the whole log.

        Examples:
          patuh pembinaan verifikasi
          patuh sanction verify /path/to/workspace --format json

        Exit codes: 0 the chain holds; 1 it is broken; 2 invalid input; 70 the workspace \
        database is unusable.
        """,
        aliases: ["verify"]
    )

    @OptionGroup var options: CaseLogOptions

    var language: Language { options.lang }

    func run() throws {
        var report = try options.open().verifyCaseChain()
        let problem = report.firstBreak
        report.firstBreak?.message = problem?.message(language) ?? ""
        try options.show(json: report) {
            let words = Core.Messages(language)
            guard let problem else {
                return words.text("pembinaan.chain.intact", ["count": String(report.count), "hash": report.headHash ?? "-"])
            }
            let kind = switch problem.kind {
            case .edited: words.text("pembinaan.chain.kind.edited")
            case .deleted: words.text("pembinaan.chain.kind.deleted")
            case .reordered: words.text("pembinaan.chain.kind.reordered")
            case .inserted: words.text("pembinaan.chain.kind.inserted")
            }
            return words.text("pembinaan.chain.broken", ["count": String(report.count), "kind": kind, "seq": String(problem.seq)])
                + "\n  " + problem.message(language)
        }
        if !report.isIntact { throw ExitCode(ExitStatus.shortfall) }
    }
}
