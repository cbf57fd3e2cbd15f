import ArgumentParser
import Assessment
import Catalog
import Core
import Reporting
import Foundation
import Pembinaan
import XMLSupport
import Store
import Workspace

/// `patuh penilaian nilai FILE [WORKSPACE]` (alias `score`).
struct ScoreCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "nilai",
        abstract: "Score an answer file: per standard, overall, claims without evidence (alias: score).",
        discussion: """
        Prints per standard the score, its maximum, the percentage, the determination (terpenuhi or not) \
        and the mandatory controls not met; the count of standards terpenuhi; the four XCCDF 1.2 scores; \
        and the controls claimed memenuhi whose evidence is missing or expired (with --bukti). The policy's \
        model is the default; --model default|flat|flat-unweighted|absolute prints the per-standard scores \
        of that XCCDF model instead (the determination always follows the policy). Percentages are rounded \
        down, so a standard just below the threshold never shows as reaching it.

        The scored result is stored in WORKSPACE/.patuh/ (one per LPSE, kind and date; --no-save to skip).

        Exit codes: 0 every standard terpenuhi (the policy's certification rule); 1 not; 2 invalid input \
        (a control missing from the file is reported, scored as not assessed, and exits 2).

        Examples:
          patuh penilaian nilai Evidence/penilaian-mandiri.xml
          patuh penilaian nilai Evidence/penilaian-mandiri.xml --bukti bukti.json --explain S05
          patuh penilaian nilai Evidence/penilaian-faktual.xml --model default --format json
        """,
        aliases: ["score"]
    )

    @Argument(help: "The answer file (penilaian mandiri or faktual).")
    var file: String

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "Scoring model: patuh (the policy's), default, flat, flat-unweighted, absolute (or an XCCDF URI).")
    var model: String = ScoringModel.patuh.rawValue

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Explain one standard: each control's contribution and what-if.", valueName: "standard"))
    var explain: String?

    @Option(name: .customLong("jenis"), help: "Refuse the file unless it is of this kind: mandiri or faktual.")
    var kind: AssessmentKind?

    @Option(name: .customLong("bukti"),
            help: ArgumentHelp("Evidence status per rule from this JSON of 'patuh periksa --format json' (default: scan the workspace's Evidence/).", valueName: "file"))
    var evidenceReport: String?

    @Flag(name: .customLong("no-save"), help: "Do not store the result in the workspace database.")
    var noSave = false

    @Option(help: "Language of labels: id (Indonesian) or en (English).")
    var lang: Language = .id

    @OptionGroup var now: NowOption

    var language: Language { lang }

    func run() throws {
        let messages = Messages(lang)
        guard let scoringModel = ScoringModel(name: model) else {
            throw CommandFailure.invalidInput(messages.text("penilaian.model.unknown", [
                "model": model, "models": ScoringModel.allCases.map(\.rawValue).joined(separator: ", "),
            ]))
        }
        let opened = try workspace.open(now)
        let inputs = try opened.scoring()
        let standardToExplain = try explain.map { id in
            guard let standard = inputs.catalog.standard(id) else {
                throw CommandFailure.invalidInput(messages.text("penilaian.option.notAStandard",
                                                                ["option": "--explain", "id": id, "version": inputs.catalog.version]))
            }
            return standard
        }
        let evidence = try EvidenceSource.facts(file: evidenceReport, workspace: opened, language: lang)
        let scored = try opened.score(file, expecting: kind, evidence: evidence)
        let report = ScoreReport(answers: scored.answers, problems: scored.problems, result: scored.result, catalog: inputs.catalog,
                                 policy: inputs.policy, model: scoringModel, explain: standardToExplain)
            .noting(scored.result, missingCitations: scored.missingCitations, catalog: inputs.catalog, language: lang)
        switch format {
        case .json: Console.out(try Console.json(report))
        case .text: Console.out(ScoreText(report: report, catalog: inputs.catalog, language: lang).render())
        }
        scored.problems.forEach { Console.error($0.diagnostic.description) }
        if !scored.problems.isEmpty {
            let count = scored.problems.count
            throw CommandFailure(status: ExitStatus.invalidInput, [
                messages.text(count == 1 ? "penilaian.score.missing.one" : "penilaian.score.missing.many",
                              ["count": String(count), "file": file]),
            ])
        }
        if !noSave { try opened.record(scored) }
        if !report.eligibleForCertification { throw ExitCode(ExitStatus.shortfall) }
    }
}

extension AssessmentKind: ExpressibleByArgument {}
