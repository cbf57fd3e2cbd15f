import ArgumentParser
import Assessment
import Catalog
import Core
import Foundation
import Interop
import Workspace
import XMLSupport

/// `patuh impor xccdf FILE [WORKSPACE] [--output answer.xml]`.
struct ImporXCCDFCommand: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "xccdf",
        abstract: "Read an XCCDF 1.2 TestResult back into a penilaian answer file.",
        discussion: """
        FILE is a results document of Patuh's benchmark: from 'patuh ekspor xccdf --penilaian', from \
        'oscap xccdf eval --results' (or --results-arf) on Patuh's benchmark, or from another tool. The \
        last TestResult in it is read. Each rule-result gives its control's status: pass → memenuhi, \
        fail (and error, unknown) → tidak, notapplicable → tidak-berlaku; notchecked, notselected and \
        informational leave the control not assessed. A result Patuh wrote carries each answer whole \
        (fakta, analisis, evidence, overrides, temuan, and sebagian), so it comes back unchanged.

        A rule id that is not a control of the catalog (xccdf_id.go.lkpp_rule_S01.1 ...) is refused \
        with its file and line. The answer file is checked against Standards/schema/penilaian.xsd before \
        it is written; an existing --output file is never overwritten.

        When the result does not name the LPSE (oscap names the host), it is taken from --lpse-id, \
        --lpse-nama and --instansi, else from the workspace's patuh.xml; --penilai and --jenis likewise.

        Exit codes: 0 written (warnings name what did not carry over); 2 invalid input (unknown rule, \
        another catalog version, a file that cannot be read, --output exists).

        Examples:
          patuh impor xccdf hasil-xccdf.xml --output penilaian-impor.xml
          oscap xccdf eval --results hasil-oscap.xml patuh-xccdf.xml
          patuh impor xccdf hasil-oscap.xml --jenis faktual \\
            --penilai "Dewi Lestari|Asesor|LKPP" --output faktual.xml
          patuh penilaian nilai faktual.xml
        """
    )

    @Argument(help: "The XCCDF results file.")
    var file: String

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: ArgumentHelp("Write the answer file here (never overwritten without --timpa) instead of stdout.", valueName: "file"))
    var output: String?

    @OptionGroup var outputGuards: OutputGuardOptions

    @Option(name: .customLong("jenis"), help: "The kind when the result does not say: mandiri (default) or faktual.")
    var kind: AssessmentKind = .mandiri

    @Option(name: .customLong("lpse-id"), help: "The LPSE's identifier when the result does not say (default: patuh.xml).")
    var lpseIdOption: String?

    @Option(name: .customLong("lpse-nama"), help: "The LPSE's name when the result does not say (default: patuh.xml).")
    var lpseNameOption: String?

    @Option(name: .customLong("instansi"), help: "The instansi when the result does not say (default: patuh.xml).")
    var instansiOption: String?

    @Option(name: .customLong("penilai"), help: ArgumentHelp("An assessor as 'name|role|institution' (repeatable) when the result names none.", valueName: "assessor"))
    var assessors: [String] = []

    @Option(help: "Language of messages: id (Indonesian) or en (English).")
    var lang: Language = .id

    var language: Language { lang }

    func run() throws {
        let texts = InteropTexts(language: lang)
        let target = try InteropOutput.target(output, workspace: workspace, guards: outputGuards, inputs: [file], replacesExisting: false)
        let inputs = try workspace.open(clock: .system).scoring()
        let defaults = XCCDFImportDefaults(lpse: try lpse(), assessors: try assessors.map { try TemplateCommand.assessor($0, language: lang) }, kind: kind)
        let outcome = XCCDFResultReader.load(path: file, catalog: inputs.catalog, policy: inputs.policy, defaults: defaults)
        let english = lang == .en
        outcome.problems.forEach { Console.error($0.text(english: english)) }
        guard var answers = outcome.file, !outcome.isRefused else {
            let errors = outcome.problems.filter { $0.severity == .error }.count
            throw CommandFailure(status: ExitStatus.invalidInput, [texts.refused(file, errors: max(errors, 1))])
        }
        answers.path = output ?? "stdout"
        let (text, problems) = AnswerFileWriter.renderChecked(
            answers, comment: [texts.importComment(file, testResult: outcome.testResultId)],
            schema: inputs.schema, catalog: inputs.catalog)
        guard problems.isEmpty else {
            throw CommandFailure(status: ExitStatus.invalidInput, problems.map(\.description) + [texts.invalidOutput(file)])
        }
        try InteropOutput.emit(text, to: target)
        let summary = texts.imported(answers, from: file, testResult: outcome.testResultId, to: output)
        if output != nil { Console.out(summary) } else { Console.error(summary) }
    }

    /// The LPSE from the options, else from patuh.xml; `nil` when neither names it.
    private func lpse() throws -> LPSEIdentity? {
        let messages = Messages(lang)
        let identity = try WorkspaceIdentity.loadIfPresent(workspace)
        guard let id = lpseIdOption ?? identity?.id, !id.isEmpty else { return nil }
        guard id.range(of: "^[A-Za-z0-9][A-Za-z0-9._-]*$", options: .regularExpression) != nil else {
            throw CommandFailure.invalidInput(messages.text("penilaian.lpseId.invalid", ["id": id]))
        }
        let name = lpseNameOption ?? identity?.name ?? id
        let instansi = instansiOption ?? identity?.instansi ?? ""
        return LPSEIdentity(id: id, name: name.isEmpty ? id : name, instansi: instansi.isEmpty ? "(nama instansi)" : instansi)
    }
}
