import ArgumentParser
import Catalog
import Core
import EvidenceRegistry
import Foundation
import Reporting
import Workspace
import Assessment

/// `patuh nilai [WORKSPACE]` (alias `assess`): the main job.
struct AssessCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "nilai",
        abstract: "The main job: scan the evidence, score the penilaian mandiri, write the report (alias: assess).",
        discussion: """
        On the workspace (default: the current folder): scans Evidence/ into the registry, scores \
        the LPSE's penilaian mandiri (Evidence/penilaian-mandiri.xml unless --penilaian says \
        otherwise) against the evidence, stores the result in the workspace's history, writes the \
        mandiri report as HTML and JSON to Reports/, and prints the summary and where the report is.

        Exit codes: 0 every standard terpenuhi (eligible for full certification); 1 not yet; \
        2 invalid input; 70 internal error.

        Examples:
          patuh nilai
          patuh nilai path/to/workspace --now 2026-11-25T09:00:00+07:00
          patuh assess --penilaian Evidence/penilaian-2027.xml --lang en
        """,
        aliases: ["assess"]
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: ArgumentHelp("The penilaian mandiri, relative to the workspace.", valueName: "file"))
    var penilaian: String = "Evidence/penilaian-mandiri.xml"

    @Option(help: "Language of the report and summary: id (Indonesian) or en (English).")
    var lang: Language = .id

    @OptionGroup var now: NowOption

    var language: Language { lang }

    func run() throws {
        let sources = try ReportSources(options: workspace, workspace: try workspace.open(now), language: lang)
        let assessed = try sources.workspace.assess(penilaian, scan: ProgressBar.scanOptions(language: lang), message: sources.ruleMessage)
        let evidence = assessed.evidence.facts(message: sources.ruleMessage)
        let report = try sources.mandiri(assessed.scored, evidence: evidence)
        var written: [String] = []
        for format in [ReportFileFormat.html, .json] {
            written.append(try ReportWriter(sources: sources, format: format, output: nil).write(report))
        }
        Console.out(AssessSummary(report: report, evidence: assessed.evidence.report, written: written, language: lang).render())
        if !assessed.scored.result.eligibleForCertification { throw ExitCode(ExitStatus.shortfall) }
    }
}
