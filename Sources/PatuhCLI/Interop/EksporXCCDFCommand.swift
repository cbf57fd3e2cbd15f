import ArgumentParser
import Assessment
import Catalog
import Core
import Interop
import Workspace

/// `patuh ekspor xccdf [WORKSPACE] [--penilaian FILE] [--output FILE]`.
struct EksporXCCDFCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "xccdf",
        abstract: "The catalog as an XCCDF 1.2 Benchmark; with --penilaian, its TestResult too.",
        discussion: """
        Each standard is a Group weighted by Standards/penilaian.xml, each control a Rule weighted by \
        the control's weight (ids xccdf_id.go.lkpp_group_S01, xccdf_id.go.lkpp_rule_S01.1), with its \
        title and requirement in Indonesian and English, its bases as references and its evidence rules as \
        fixtext. With --penilaian the Benchmark ends with the answer file's TestResult: memenuhi → pass, \
        sebagian → the policy's xccdf value (fail), tidak → fail, tidak-berlaku → notapplicable, not assessed \
        → notchecked, overrides as <override>, and the scores of the four XCCDF models (default, flat, \
        flat-unweighted, absolute) as 'patuh penilaian nilai --model' computes them. The end-time is --now.

        OpenSCAP reads both: oscap xccdf validate, oscap xccdf generate report. To run the benchmark \
        through oscap xccdf eval, give each Rule a check (docs/interop.md shows how).

        Exit codes: 0 written; 2 invalid input (standards, answer file, --now, an unwritable --output).

        Examples:
          patuh ekspor xccdf --output patuh-xccdf.xml
          patuh ekspor xccdf --penilaian Evidence/penilaian-mandiri.xml \\
            --output hasil-xccdf.xml
          oscap xccdf generate report hasil-xccdf.xml > hasil-xccdf.html
        """
    )

    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .customLong("penilaian"),
            help: ArgumentHelp("Add the TestResult of this answer file (penilaian mandiri or faktual).", valueName: "file"))
    var penilaian: String?

    @Option(help: ArgumentHelp("Write to this file (replaced whole) instead of stdout (see --timpa, --buat-folder).", valueName: "file"))
    var output: String?

    @OptionGroup var outputGuards: OutputGuardOptions

    @Option(help: "Language of messages: id (Indonesian) or en (English).")
    var lang: Language = .id

    @OptionGroup var now: NowOption

    var language: Language { lang }

    func run() throws {
        let texts = InteropTexts(language: lang)
        let file = try InteropOutput.target(output, workspace: workspace, guards: outputGuards, inputs: [penilaian])
        let inputs = try InteropInputs.load(workspace, now: now)
        let catalog = inputs.penilaian.catalog
        let exporter = XCCDFExporter(catalog: catalog, policy: inputs.penilaian.policy, generator: inputs.generator)
        guard let penilaian else {
            if try InteropOutput.emit(exporter.benchmark(), to: file), let output {
                Console.out(texts.wroteBenchmark(output, groups: catalog.standards.count, rules: catalog.controls.count))
            }
            return
        }
        let (answers, notAssessed) = try inputs.answers(penilaian)
        if !notAssessed.isEmpty {
            Console.error(texts.notAssessed(notAssessed, file: penilaian, as: inputs.penilaian.policy.notAssessed.xccdf.rawValue))
        }
        if try InteropOutput.emit(exporter.results(answers, endTime: inputs.generatedAt), to: file), let output {
            Console.out(texts.wroteBenchmark(output, groups: catalog.standards.count, rules: catalog.controls.count))
            Console.out(texts.testResult(answers, scores: XCCDFScores.compute(
                catalog: catalog, policy: inputs.penilaian.policy, statuses: answers.statuses)))
        }
    }
}
