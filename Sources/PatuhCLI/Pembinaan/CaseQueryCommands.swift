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
        let workspace = try options.open(readOnly: true)
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
        let entries = try options.open(readOnly: true).caseTimeline(caseId)
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
        Each event's record holds the SHA-256 of the record before it, and every event must read \
        back. The log's own head lives in the same file, so a truncation with a rewritten head, a \
        full re-chain or an emptied log can only be caught against a head kept elsewhere: \
        --ekspor-kepala writes it (sequence, hash, instant) to a small file to commit to the \
        evidence repository or send to LKPP; --kepala FILE later proves the log still extends it. \
        An empty log is reported as empty, never as intact history. Read-only: the database is \
        never created, migrated or waited for.

        Examples:
          patuh pembinaan verifikasi
          patuh sanction verify /path/to/workspace --format json
          patuh pembinaan verifikasi --ekspor-kepala ../kepala-2026-11-25.txt
          patuh pembinaan verifikasi --kepala ../kepala-2026-11-25.txt

        Exit codes: 0 the chain holds (and extends --kepala); 1 it is broken, an event cannot be \
        read, or the log does not extend --kepala; 2 invalid input; 70 the workspace database is unusable.
        """,
        aliases: ["verify"]
    )

    @OptionGroup var options: CaseLogOptions

    @Option(name: .customLong("kepala"), help: ArgumentHelp(
        "A head exported earlier (--ekspor-kepala): prove the log still extends it.", valueName: "file"))
    var anchorFile: String?

    @Option(name: .customLong("ekspor-kepala"), help: ArgumentHelp(
        "Write the log's head (sequence, hash, instant) to this small file, to keep outside the workspace (- is stdout).",
        valueName: "file"))
    var exportFile: String?

    @OptionGroup var outputGuards: OutputGuardOptions

    var language: Language { options.lang }

    func run() throws {
        let workspace = try options.open(readOnly: true)
        let target = exportFile.map { OutputFile(path: $0, workspace: workspace.root, guards: outputGuards) }
        try target?.plan()
        var report = try workspace.verifyCaseChain(anchorFile: anchorFile)
        let problem = report.firstBreak
        report.firstBreak?.message = problem?.message(language) ?? ""
        let words = Core.Messages(language)
        try options.show(json: report) {
            var lines: [String] = []
            if let problem {
                let kind = switch problem.kind {
                case .edited: words.text("pembinaan.chain.kind.edited")
                case .deleted: words.text("pembinaan.chain.kind.deleted")
                case .reordered: words.text("pembinaan.chain.kind.reordered")
                case .inserted: words.text("pembinaan.chain.kind.inserted")
                }
                lines.append(words.text("pembinaan.chain.broken", ["count": String(report.count), "kind": kind, "seq": String(problem.seq)])
                    + "\n  " + problem.message(language))
            } else if let unreadable = report.unreadable {
                lines.append(words.text("hardening.chain.unreadable", ["seq": String(unreadable.seq), "event": unreadable.event,
                                                                     "count": String(report.count)]))
            } else if report.isEmpty {
                lines.append(words.text("hardening.chain.empty"))
            } else {
                lines.append(words.text("pembinaan.chain.intact", ["count": String(report.count), "hash": report.headHash ?? "-"]))
            }
            if let check = report.anchor {
                let values = ["file": anchorFile ?? "", "seq": String(check.anchor.seq), "hash": check.anchor.hash,
                              "instant": check.anchor.instant, "found": check.found ?? "-", "count": String(report.count)]
                switch check.verdict {
                case .extends: lines.append(words.text("hardening.anchor.extends", values))
                case .truncated: lines.append(words.text("hardening.anchor.truncated", values))
                case .rewritten: lines.append(words.text("hardening.anchor.rewritten", values))
                }
            }
            return lines.joined(separator: "\n")
        }
        if let target {
            guard report.isIntact, let head = report.head else {
                throw LocalizedFailure(status: ExitStatus.shortfall,
                                       report.isEmpty && report.isIntact ? "hardening.anchor.exportEmpty" : "hardening.anchor.exportBroken",
                                       ["path": target.path])
            }
            try target.write(head.text(language))
            if !target.isStandardOutput {
                Console.error(words.text("hardening.anchor.written", ["path": target.path, "seq": String(head.seq)]))
            }
        }
        if !report.isIntact { throw ExitCode(ExitStatus.shortfall) }
    }
}
