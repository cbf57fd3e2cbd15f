import ArgumentParser
import Catalog
import Core
import EvidenceRegistry
import Foundation
import Reporting

/// `patuh nilai [WORKSPACE]` (alias `assess`): the main job.
struct AssessCommand: ParsableCommand {
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

    func run() throws {
        try workspace.requireWorkspace()
        let sources = try ReportSources(workspace: workspace, language: lang, instant: try now.resolve())
        let evidence = try WorkspaceEvidence(workspace: workspace, catalog: sources.catalog, instant: sources.instant,
                                             language: lang)
        let report = try sources.mandiri(answerFile: penilaian, evidence: evidence)
        try AssessmentRecorder(workspace: workspace).save(report, file: penilaian, scoredAt: report.header.generatedAt)
        var written: [String] = []
        for format in [ReportFileFormat.html, .json] {
            written.append(try ReportWriter(sources: sources, format: format, output: nil).write(report))
        }
        Console.out(AssessSummary(report: report, evidence: evidence.report, written: written, language: lang).render())
        if !report.summary.eligibleForCertification { throw ExitCode(ExitStatus.shortfall) }
    }
}
