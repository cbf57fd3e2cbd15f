import ArgumentParser
import Core
import EvidenceRegistry
import Foundation
import Reporting
import Workspace

extension GateFormat: ExpressibleByArgument {}

/// `patuh periksa [WORKSPACE]` (alias `check`): the CI gate.
struct PeriksaCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "periksa",
        abstract: "Check the evidence against every evidence rule: the CI gate (alias: check).",
        discussion: """
        Scans Evidence/ incrementally, then evaluates every evidence rule of every control. Per \
        rule: ok, missing (fewer files than its minimum), expired (too old, outside its validity \
        window, or of another tahun anggaran), content (the newest documents fail the rule's \
        content check: a register's columns, values, computed values, dates or overdue rows, a \
        text's phrases or numbers, or the file is malformed; docs/content-checks.md), expiring \
        (within --warn-days), unsigned (no ratification recorded in bukti.xml), tampered \
        (changed or gone since the last seal, both hashes shown); per file: \
        misfiled, unclassified, unreadable, symlink; and metadata problems in bukti.xml.

        Dates are civil days in the LPSE's time zone (patuh.xml; WIB without one).

        The seal compared with is the latest in .patuh/registry.sqlite, else (a fresh CI \
        checkout) the latest seal file committed under Evidence/_segel/, or the one --segel \
        names; files added since the seal are no problem. A warning on stderr says when the \
        database seal and the latest seal file disagree.

        Exits 0 when nothing in --fail-on occurs, 1 when something does, 2 for invalid input \
        (standards, patuh.xml, a bukti.xml, an option's value), 70 for an internal error.

        Examples:
          patuh periksa
          patuh periksa --now 2026-11-25T09:00:00+07:00
          patuh periksa --standard S03 --standard S04 --fail-on missing,expired,unsigned
          patuh check --format sarif --output Reports/bukti.sarif
          patuh check --format github        # annotations in a GitHub Actions log
          patuh periksa --format junit --output Reports/bukti.xml
          patuh periksa --format github --segel Evidence/_segel/segel-2026-11-25-1.xml
        """,
        aliases: ["check"]
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var now: NowOption

    @Option(name: .customLong("standard"), help: ArgumentHelp("Check only this standard (repeatable), e.g. S03.", valueName: "id"))
    var standards: [String] = []

    @Option(name: .customLong("fail-on"),
            help: ArgumentHelp("Problem kinds that fail the check, comma-separated: \(Self.kindList).",
                               valueName: "list"))
    var failOn: String = ProblemKind.allCases.filter(ProblemKind.defaultFailOn.contains).map(\.rawValue).joined(separator: ",")

    @Option(name: .customLong("warn-days"), parsing: .unconditional,
            help: "Report a rule as expiring this many days before it stops being met.")
    var warnDays: Int = 30

    @Option(help: "Output format: text, json, junit, sarif or github.")
    var format: GateFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file instead of stdout (- is stdout; see --timpa, --buat-folder).", valueName: "file"))
    var output: String?

    @OptionGroup var outputGuards: OutputGuardOptions

    @Option(help: "Language of the report and messages: id (Indonesian) or en (English).")
    var lang: Language = .id

    @Option(name: .customLong("segel"), help: ArgumentHelp("Compare with this seal file instead of the latest seal.", valueName: "file"))
    var sealFile: String?

    var language: Language { lang }

    static let kindList = ProblemKind.allCases.map(\.rawValue).joined(separator: ",")

    func run() throws {
        let request = GateRequest(failOn: try failKinds(), standards: standards, warnDays: warnDays, sealFile: sealFile)
        try outputFile?.plan()
        let gate = try workspace.open(now, language: lang).check(request, scan: ProgressBar.scanOptions(language: lang))
        Console.error(EvidenceCommandRenderer(language: lang).scanNote(gate.evidence.scan))
        if let chosen = gate.evidence.sealInForce {
            let seals = SealFileRenderer(language: lang)
            if case .file = chosen.source { Console.error(seals.sourceNote(chosen).joined(separator: "\n")) }
            if let disagreement = chosen.disagreement { Console.error(seals.warning(disagreement)) }
        }
        let view = GateView(result: gate.result, catalog: gate.catalog, profile: gate.profile, language: lang)
        let style = ANSIStyle(enabled: TerminalStyle.decide(isTerminal: (output == nil || output == "-") && TerminalStyle.isTerminal(STDOUT_FILENO)).enabled)
        try write(view.render(format, style: style, toolVersion: Patuh.version))
        if gate.result.failed { throw ExitCode(ExitStatus.shortfall) }
    }

    /// `--fail-on` as kinds, or exit 2 naming the unknown one.
    private func failKinds() throws -> Set<ProblemKind> {
        let kinds: Set<ProblemKind>
        do {
            kinds = try ProblemKind.parseList(failOn)
        } catch {
            throw WorkspaceError(.invalidInput, "evidence.failOn.unknown", ["kind": error.name, "kinds": Self.kindList])
        }
        // An empty list (an unset CI variable) would make the gate pass everything.
        guard !kinds.isEmpty else {
            throw WorkspaceError(.invalidInput, "hardening.failOn.empty", ["kinds": Self.kindList])
        }
        return kinds
    }

    /// Where `--output` goes, guarded (``OutputFile``).
    private var outputFile: OutputFile? {
        output.map { OutputFile(path: $0, workspace: try? workspace.root(), guards: outputGuards, inputs: [sealFile].compactMap { $0 }) }
    }

    /// Writes to stdout, or to `--output` through ``OutputFile``.
    private func write(_ text: String) throws {
        guard let outputFile else {
            Console.out(text)
            return
        }
        try outputFile.write(text + "\n")
    }
}
