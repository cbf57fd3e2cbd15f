import ArgumentParser
import Assessment
import Catalog
import Core
import Reporting
import Workspace
import Foundation
import XMLSupport

/// `patuh penilaian faktual --mandiri FILE --faktual FILE` (alias `compare`).
struct CompareCommand: ParsableCommand, LocalizedCommand {
    var language: Language { lang }

    static let configuration = CommandConfiguration(
        commandName: "faktual",
        abstract: "Compare a penilaian faktual with the penilaian mandiri (alias: compare).",
        discussion: """
        Per control the two statuses and the relation: sama, asesor-lebih-rendah, asesor-lebih-tinggi, \
        or tidak-dinilai (one side did not assess it, or only one side found it tidak-berlaku). Per \
        standard both percentages and determinations. Calibration: the share of the controls both sides \
        scored that the LPSE rated higher than the assessor, and the mean difference in the policy's \
        points (mandiri minus faktual). Then every override and every finding with its rekomendasi.

        A control missing from either file is reported on stderr and shown as tidak-dinilai. Exit codes: \
        0 compared; 2 invalid input (including a faktual file given as --mandiri or the reverse).

        Examples:
          patuh penilaian faktual --mandiri Evidence/penilaian-mandiri.xml --faktual Evidence/penilaian-faktual.xml
          patuh assessment compare --mandiri m.xml --faktual f.xml --format json
        """,
        aliases: ["compare"]
    )

    @Option(help: ArgumentHelp("The penilaian mandiri file.", valueName: "file"))
    var mandiri: String

    @Option(help: ArgumentHelp("The penilaian faktual file.", valueName: "file"))
    var faktual: String

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of labels: id (Indonesian) or en (English).")
    var lang: Language = .id

    func run() throws {
        let opened = try workspace.open(clock: .system)
        let inputs = try opened.scoring()
        let (comparison, warnings) = try opened.compare(mandiri: mandiri, faktual: faktual)
        switch format {
        case .json: Console.out(try Console.json(comparison))
        case .text: Console.out(CompareText(comparison: comparison, catalog: inputs.catalog,
                                            decimals: inputs.policy.percentDecimals, language: lang).render())
        }
        warnings.forEach { Console.error($0.diagnostic.description.replacingOccurrences(of: ": error: ", with: ": warning: ")) }
    }
}
