import ArgumentParser
import Assessment
import Catalog
import Core
import Interop
import Workspace

/// Which OSCAL document to write.
enum OSCALDocumentKind: String, CaseIterable, ExpressibleByArgument {
    /// The catalog.
    case katalog
    /// Assessment results from an answer file.
    case hasil
    /// A plan of action and milestones from an answer file's open controls.
    case poam

    init?(argument: String) {
        switch argument {
        case "katalog", "catalog": self = .katalog
        case "hasil", "assessment-results", "results": self = .hasil
        case "poam": self = .poam
        default: return nil
        }
    }

    /// The OSCAL model's name.
    var model: String {
        switch self {
        case .katalog: "catalog"
        case .hasil: "assessment-results"
        case .poam: "plan-of-action-and-milestones"
        }
    }
}

/// `patuh ekspor oscal --jenis katalog|hasil|poam [WORKSPACE] [--penilaian FILE] [--output FILE]`.
struct EksporOSCALCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "oscal",
        abstract: "The catalog, a penilaian's results, or its POA&M as OSCAL 1.1.2 JSON.",
        discussion: """
        --jenis katalog: the standards as groups, the controls with statement, guidance and one \
        assessment-method part per evidence rule, props weight, mandatory and kind (infra or umum).
        --jenis hasil (assessment-results): one observation per assessed control (fakta, analisis, the \
        evidence cited, each file with its SHA-256 where the workspace's evidence registry knows it) and one \
        finding per applicable control and per temuan.
        --jenis poam: one item per control not met (sebagian, tidak, not assessed), with its risk and what to do.

        The output is deterministic: keys sorted, UUIDs derived from stable names (version 5), and the only \
        time is --now (last-modified). compliance-trestle validates all three (docs/interop.md).

        Exit codes: 0 written (or, for a POA&M, nothing open: nothing written); 2 invalid input; 70 an \
        evidence registry that cannot be read.

        Examples:
          patuh ekspor oscal --jenis katalog --output katalog.json
          patuh ekspor oscal --jenis hasil --penilaian Evidence/penilaian-mandiri.xml \\
            --output hasil.json
          patuh ekspor oscal --jenis poam --penilaian Evidence/penilaian-faktual.xml \\
            --output poam.json --now 2026-11-25T09:00:00+07:00
        """
    )

    @Option(name: .customLong("jenis"), help: "The document: katalog, hasil (assessment-results) or poam.")
    var kind: OSCALDocumentKind

    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .customLong("penilaian"),
            help: ArgumentHelp("The answer file (needed for hasil and poam).", valueName: "file"))
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
        if kind != .katalog && penilaian == nil { throw CommandFailure.invalidInput(texts.needsPenilaian) }
        let file = try InteropOutput.target(output, workspace: workspace, guards: outputGuards, inputs: [penilaian])
        let inputs = try InteropInputs.load(workspace, now: now)
        let exporter = OSCALExporter(catalog: inputs.penilaian.catalog, policy: inputs.penilaian.policy,
                                     generatedAt: inputs.generatedAt, generator: inputs.generator)
        let text: String
        switch kind {
        case .katalog:
            text = exporter.catalogDocument()
        case .hasil, .poam:
            let path = penilaian ?? ""
            let (answers, notAssessed) = try inputs.answers(path)
            if !notAssessed.isEmpty {
                Console.error(texts.notAssessed(notAssessed, file: path, as: texts.notAssessedInOSCAL))
            }
            let evidence = try inputs.evidence(language: lang)
            if kind == .hasil {
                text = exporter.assessmentResults(answers, evidence: evidence)
            } else {
                guard let poam = exporter.poam(answers, evidence: evidence) else {
                    Console.error(texts.nothingOpen(path))
                    return
                }
                text = poam
            }
        }
        if try InteropOutput.emit(text, to: file), let output {
            Console.out(texts.wroteOSCAL(output, kind: kind.model))
        }
    }
}
