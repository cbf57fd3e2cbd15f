import ArgumentParser
import Pembinaan
import Store

/// `patuh pembinaan status [CASE]`: where one case or every case stands today.
struct CaseStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show a case's stage, every open deadline with overdue flags, and pending keberatan.",
        discussion: """
        Without a case: one line per case. "Today" is --now (or PATUH_NOW) in the case's zone; a \
        deadline is LEWAT (overdue) from the day after it. To name a workspace without a case, \
        run the command in the workspace folder.

        Examples:
          patuh pembinaan status
          patuh pembinaan status K-2024-001 --now 2024-04-10T09:00:00+07:00
          patuh sanction status K-2024-001 --format json

        Exit codes: 0 shown; 1 no such case, or the log is broken; 2 invalid input; 70 the \
        workspace database is unusable.
        """
    )

    /// One line of the overview.
    struct Summary: Encodable {
        var kasus: String
        var lpse: String
        var status: String
        var tahap: String?
        var tenggatLewat: [String]
        var keberatanTertunda: Bool
    }

    @Argument(help: ArgumentHelp("The case id (default: every case).", valueName: "case"))
    var caseId: String?

    @OptionGroup var options: CaseLogOptions

    func run() throws {
        let (snapshot, _) = try options.loadSnapshot()
        let now = try options.instant()
        if let caseId {
            guard let state = snapshot.register.cases[caseId] else {
                throw CommandFailure(status: ExitStatus.shortfall, ["patuh: no case '\(caseId)'"])
            }
            let report = CaseStatusReport(state, now: now)
            Console.out(options.format == .json ? try Console.json(report) : report.text)
            return
        }
        let summaries = snapshot.register.cases().map { state in
            let report = CaseStatusReport(state, now: now)
            return Summary(kasus: state.id, lpse: state.lpse, status: state.status.rawValue, tahap: state.stage?.rawValue,
                           tenggatLewat: report.tenggatTerbuka.filter(\.lewat).map { "\($0.jenis) \($0.tanggal)" },
                           keberatanTertunda: report.keberatanTertunda != nil)
        }
        if options.format == .json {
            Console.out(try Console.json(summaries))
            return
        }
        guard !summaries.isEmpty else { return Console.out("Belum ada kasus pembinaan.") }
        var table = TextTable(["Kasus", "LPSE", "Status", "Tahap", "Tenggat lewat", "Keberatan"])
        for line in summaries {
            table.add([line.kasus, line.lpse, line.status, line.tahap ?? "-",
                       line.tenggatLewat.isEmpty ? "-" : line.tenggatLewat.joined(separator: "; "),
                       line.keberatanTertunda ? "menunggu putusan" : "-"])
        }
        Console.out(table.render())
    }
}

/// `patuh pembinaan riwayat CASE` (alias `history`): the timeline of a case.
struct CaseHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "riwayat",
        abstract: "Show a case's timeline: every event, who, when, the notice and what it did (alias: history).",
        discussion: """
        Examples:
          patuh pembinaan riwayat K-2024-001
          patuh sanction history K-2024-001 --format json

        Exit codes: 0 shown; 1 no such case, or the log is broken; 2 invalid input; 70 the \
        workspace database is unusable.
        """,
        aliases: ["history"]
    )

    @Argument(help: ArgumentHelp("The case id.", valueName: "case"))
    var caseId: String

    @OptionGroup var options: CaseLogOptions

    func run() throws {
        let (snapshot, rules) = try options.loadSnapshot()
        guard snapshot.register.cases[caseId] != nil else {
            throw CommandFailure(status: ExitStatus.shortfall, ["patuh: no case '\(caseId)'"])
        }
        let entries = try CaseHistoryCommand.timeline(of: caseId, in: snapshot.records, rules: rules)
        if options.format == .json {
            Console.out(try Console.json(entries))
            return
        }
        var table = TextTable(["#", "Tanggal", "Pada", "Peristiwa", "Oleh", "Surat", "Tahap", "Keterangan"])
        for entry in entries {
            table.add(["\(entry.urutanKasus ?? 0)", entry.tanggal, entry.pada, entry.peristiwa,
                       "\(entry.oleh) (\(entry.peran))", entry.surat.nomor ?? "-",
                       entry.tahapSetelah ?? "-", entry.keterangan])
        }
        Console.out("Riwayat kasus \(caseId)\n" + table.render())
    }

    /// Replays the log, keeping each event of `caseId` with the case as it stood after it.
    static func timeline(of caseId: String, in records: [CaseEventRecord], rules: CaseRules) throws -> [HistoryEntry] {
        var register = PembinaanRegister(rules: rules)
        var entries: [HistoryEntry] = []
        for record in records {
            let event = try record.storedEvent()
            try register.apply(event)
            if record.caseId == caseId {
                entries.append(HistoryEntry(record, event: event, after: register.cases[caseId]))
            }
        }
        return entries
    }
}

/// `patuh pembinaan verifikasi` (alias `verify`): recompute the hash chain.
struct VerifyChainCommand: ParsableCommand {
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

    func run() throws {
        let log = try options.openLog()
        let report: ChainReport
        do {
            report = try log.verify()
        } catch {
            throw CaseLogOptions.failure(error, language: options.lang)
        }
        if options.format == .json {
            Console.out(try Console.json(report))
        } else if let problem = report.firstBreak {
            Console.out("Rantai RUSAK (\(report.count) peristiwa): \(problem.kind.rawValue) pada peristiwa #\(problem.seq)")
            Console.out("  " + problem.message)
        } else {
            Console.out("Rantai utuh: \(report.count) peristiwa; hash terakhir \(report.headHash ?? "-")")
        }
        if !report.isIntact { throw ExitCode(ExitStatus.shortfall) }
    }
}
