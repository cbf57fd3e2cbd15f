import ArgumentParser
import Catalog
import Core
import Foundation
import Reporting
import Workspace

/// The file formats of `patuh laporan`.
enum ReportFileFormat: String, ExpressibleByArgument, CaseIterable {
    case html, md, json, pdf, csv

    /// The renderer's format; PDF is made from the HTML; CSV has its own renderer.
    var textFormat: TextFormat {
        switch self {
        case .html, .pdf: .html
        case .md: .markdown
        case .json, .csv: .json
        }
    }
}

extension ReportKind: ExpressibleByArgument {}

/// `patuh laporan JENIS [WORKSPACE]` (alias `report`).
struct ReportCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "laporan",
        abstract: "Write a report: mandiri, faktual, bukti or pembinaan, as HTML, Markdown, JSON, PDF or CSV (alias: report).",
        discussion: """
        mandiri: the LPSE's self-assessment, a chart of the 17 standards, every control
        faktual: the assessor's findings beside the LPSE's claims, with signatures
        bukti: the evidence matrix, standards by evidence rules, coloured by status
        pembinaan: sanction cases, their deadlines and how each was counted

        The report goes to Reports/<jenis>-<lpse>-<date>.<ext> under the workspace unless --output \
        says otherwise; the date is --now's in the LPSE's time zone. The same inputs and --now give \
        byte-identical files (PDF too, with WeasyPrint). PDF needs weasyprint (or chromium-headless-shell) on PATH. \
        CSV (mandiri, faktual, bukti) is UTF-8 with a byte-order mark, one row per control or evidence rule, \
        separated by ; with decimal commas (Indonesian) or by , with decimal points (--lang en); \
        a cell starting with =, +, - or @ is prefixed with ' so no spreadsheet reads it as a formula. \
        An English report (--lang en) is written to <jenis>-<lpse>-<date>-en.<ext>.

        Exit codes: 0 written; 2 invalid input; 70 internal error (PDF tool failed, database unusable).

        Examples:
          patuh laporan mandiri
          patuh laporan faktual --format pdf
          patuh laporan bukti --format md --output bukti.md
          patuh report pembinaan --lang en --now 2026-11-25T09:00:00+07:00
        """,
        aliases: ["report"]
    )

    @Argument(help: "The report: mandiri, faktual, bukti or pembinaan.")
    var kind: ReportKind

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "File format: html, md, json, pdf or csv (csv: mandiri, faktual, bukti).")
    var format: ReportFileFormat = .html

    @Option(help: ArgumentHelp("Where to write the report (default: Reports/<jenis>-<lpse>-<date>.<ext>; - is stdout).", valueName: "file"))
    var output: String?

    @OptionGroup var outputGuards: OutputGuardOptions

    @Option(help: "Language of the report: id (Indonesian) or en (English).")
    var lang: Language = .id

    @OptionGroup var now: NowOption

    @Option(help: ArgumentHelp("The penilaian mandiri (mandiri, faktual).", valueName: "file"))
    var mandiri: String = "Evidence/penilaian-mandiri.xml"

    @Option(help: ArgumentHelp("The penilaian faktual (faktual).", valueName: "file"))
    var faktual: String = "Evidence/penilaian-faktual.xml"

    @Option(name: .customLong("kasus"), help: ArgumentHelp("Only this case (pembinaan; default every case).", valueName: "case"))
    var caseId: String?

    var language: Language { lang }

    func run() throws {
        // The pembinaan report only reads the case log: it never creates, migrates or waits for the database.
        let opened = try workspace.open(clock: try now.clock(), readOnly: kind == .pembinaan)
        let sources = try ReportSources(options: workspace, workspace: opened, language: lang)
        let writer = ReportWriter(sources: sources, format: format, output: output, guards: outputGuards,
                                  inputs: [opened.resolve(mandiri), opened.resolve(faktual)])
        if let output { _ = try writer.target(output) }
        let path = try writer.write(model(sources))
        if path != "-" { Console.out(path) }
    }

    private func model(_ sources: ReportSources) throws -> any RenderableReport {
        switch kind {
        case .mandiri: try sources.mandiri(answerFile: mandiri)
        case .faktual: try sources.faktual(mandiri: mandiri, faktual: faktual)
        case .bukti: try sources.bukti()
        case .pembinaan: try sources.pembinaan(caseId: caseId)
        }
    }
}
