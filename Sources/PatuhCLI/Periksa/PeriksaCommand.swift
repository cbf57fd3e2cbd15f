import ArgumentParser
import Catalog
import Core
import EvidenceRegistry
import Foundation

/// The formats `periksa` writes.
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, junit, sarif, github
}

/// `patuh periksa [WORKSPACE]` (alias `check`): the CI gate.
struct PeriksaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "periksa",
        abstract: "Check the evidence against every evidence rule: the CI gate (alias: check).",
        discussion: """
        Scans Evidence/ incrementally, then evaluates every evidence rule of every control. Per \
        rule: ok, missing (fewer files than its minimum), expired (too old, outside its validity \
        window, or of another tahun anggaran), expiring (within --warn-days), unsigned (no \
        ratification recorded in bukti.xml), tampered (changed since the last seal); per file: \
        misfiled, unclassified, unreadable, symlink; and metadata problems in bukti.xml.

        Dates are civil days in the LPSE's time zone (patuh.xml; WIB without one).

        Exits 0 when nothing in --fail-on occurs, 1 when something does, 2 for invalid input \
        (standards, patuh.xml, a bukti.xml, an option's value), 70 for an internal error.

        Examples:
          patuh periksa
          patuh periksa --now 2026-11-25T09:00:00+07:00
          patuh periksa --standard S03 --standard S04 --fail-on missing,expired,unsigned
          patuh check --format sarif --output Reports/bukti.sarif
          patuh check --format github        # annotations in a GitHub Actions log
          patuh periksa --format junit --output Reports/bukti.xml
        """,
        aliases: ["check"]
    )

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var now: NowOption

    @Option(name: .customLong("standard"), help: ArgumentHelp("Check only this standard (repeatable), e.g. S03.", valueName: "id"))
    var standards: [String] = []

    @Option(name: .customLong("fail-on"),
            help: ArgumentHelp("Problem kinds that fail the check, comma-separated: \(ProblemKind.allCases.map(\.rawValue).joined(separator: ",")).",
                               valueName: "list"))
    var failOn: String = "missing,expired,tampered,misfiled"

    @Option(name: .customLong("warn-days"), help: "Report a rule as expiring this many days before it stops being met.")
    var warnDays: Int = 30

    @Option(help: "Output format: text, json, junit, sarif or github.")
    var format: CheckFormat = .text

    @Option(help: ArgumentHelp("Write the report to this file instead of stdout.", valueName: "file"))
    var output: String?

    @Option(help: "Language of the report: id (Indonesian) or en (English).")
    var lang: Language = .id

    func run() throws {
        let failKinds = try ProblemKind.parseList(failOn)
        guard warnDays >= 0 else { throw CommandFailure.invalidInput("patuh: --warn-days must be 0 or more") }
        let instant = try now.resolve()
        let session = try EvidenceSession(options: workspace)
        let selected = try selectedStandards(session.catalog)
        let outcome = try session.scan(instant: instant)
        Console.error("patuh: \(outcome.record.fileCount) berkas diindeks (\(outcome.added.count) baru, \(outcome.changed.count) berubah, \(outcome.removed.count) dihapus)")
        var report = try session.evaluate(outcome, instant: instant, warnDays: warnDays)
        let texts = PeriksaTexts(language: lang)
        let layout = EvidenceLayout(catalog: session.catalog)
        var problems = ProblemList(report: report, layout: layout, texts: texts, failOn: failKinds).problems()
        if let selected {
            report.rules = report.rules.filter { selected.contains($0.standard) }
            problems = problems.filter { $0.standard.map(selected.contains) ?? false }
            let lists = ProblemList(report: report, layout: layout, texts: texts, failOn: failKinds)
            report.files = report.files.filter { lists.standard(of: $0.path).map(selected.contains) ?? false }
        }
        let context = PeriksaContext(report: report, problems: problems, catalog: session.catalog, profile: session.profile,
                                     texts: texts, failOn: failKinds, instant: instant, toTerminal: output == nil)
        try write(render(context))
        if problems.contains(where: \.failing) { throw ExitCode(ExitStatus.shortfall) }
    }

    private func selectedStandards(_ catalog: StandardsCatalog) throws -> Set<String>? {
        guard !standards.isEmpty else { return nil }
        return Set(try standards.map { id in
            guard let standard = catalog.standard(id) else {
                throw CommandFailure.invalidInput("patuh: --standard '\(id)' names no standard of the catalog (S01 to S17)")
            }
            return standard.id
        })
    }

    private func render(_ context: PeriksaContext) throws -> String {
        switch format {
        case .text: TextReport(context: context).render()
        case .json: try Console.json(JSONReport(context))
        case .junit: JUnitReport(context: context).render()
        case .sarif: try SARIFReport(context: context).render()
        case .github: GitHubReport(context: context).render()
        }
    }

    /// Writes to stdout, or to `--output` through a temporary file and a rename.
    private func write(_ text: String) throws {
        guard let output else {
            Console.out(text)
            return
        }
        try AtomicFile.write(text + "\n", to: output)
    }
}

/// Everything a renderer needs.
struct PeriksaContext {
    var report: EvidenceReport
    var problems: [Problem]
    var catalog: StandardsCatalog
    var profile: WorkspaceProfile
    var texts: PeriksaTexts
    var failOn: Set<ProblemKind>
    var instant: Date
    /// Whether the report goes to stdout (colours may apply) rather than a file.
    var toTerminal: Bool

    /// Counts of rules per status and of files per status, with every key present.
    var summary: [String: Int] {
        var counts: [String: Int] = [:]
        for status in RuleStatus.allCases { counts[status.rawValue] = 0 }
        for kind in [ProblemKind.misfiled, .unclassified, .metadata, .unreadable, .symlink] { counts[kind.rawValue] = 0 }
        for rule in report.rules { counts[rule.status.rawValue, default: 0] += 1 }
        for problem in problems where [.misfiled, .unclassified, .metadata, .unreadable, .symlink].contains(problem.kind) {
            counts[problem.kind.rawValue, default: 0] += 1
        }
        return counts
    }

    var failed: Bool { problems.contains(where: \.failing) }
}
