import ArgumentParser
import Core
import EvidenceRegistry
import Reporting
import Workspace

/// `patuh bukti segel`: the seal files under `Evidence/_segel/`.
struct SealFilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segel",
        abstract: "List the seal files in Evidence/_segel/ and compare two of them (alias: seals).",
        discussion: """
        'patuh bukti seal' writes each seal as Evidence/_segel/segel-<YYYY-MM-DD>-<n>.xml \
        (schema Standards/schema/segel.xsd), meant to be committed with the evidence.
        """,
        subcommands: [ListSealFiles.self, CompareSealFiles.self],
        aliases: ["seals"]
    )
}

/// `patuh bukti segel daftar [WORKSPACE]`.
struct ListSealFiles: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "daftar",
        abstract: "List the seal files, oldest first, with their notes, counts and SHA-256 (alias: list).",
        discussion: """
        Exits 0 (also when there is none), 2 when a seal file is not valid.

        Examples:
          patuh bukti segel daftar
          patuh evidence seals list --format json --lang en
        """,
        aliases: ["list"]
    )

    @OptionGroup var options: EvidenceOptions

    var language: Language { options.lang }

    func run() throws {
        let seals = try options.open().sealFiles()
        let renderer = SealFileRenderer(language: language)
        switch options.format {
        case .json: Console.out(try renderer.json(list: seals))
        case .text: Console.out(renderer.text(list: seals))
        }
    }
}

/// `patuh bukti segel banding A B [--workspace]`.
struct CompareSealFiles: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "banding",
        abstract: "Show what changed between two seal files: new, gone and changed files (alias: compare).",
        discussion: """
        A and B are paths, or names of seal files under Evidence/_segel/ of the workspace \
        (--workspace, default the current folder).

        Exits 0 after comparing (also when they differ), 2 when a seal file is missing or not valid.

        Examples:
          patuh bukti segel banding segel-2026-09-15-1.xml segel-2026-11-25-1.xml
          patuh evidence seals compare Evidence/_segel/segel-2026-09-15-1.xml Evidence/_segel/segel-2026-11-25-1.xml --lang en
        """,
        aliases: ["compare"]
    )

    @Argument(help: ArgumentHelp("The earlier seal file.", valueName: "A"))
    var first: String

    @Argument(help: ArgumentHelp("The later seal file.", valueName: "B"))
    var second: String

    @Option(help: ArgumentHelp("The workspace folder.", valueName: "folder"))
    var workspace: String = "."

    @Option(name: .customLong("standards"), help: ArgumentHelp("The standards folder (default WORKSPACE/Standards).", valueName: "folder"))
    var standards: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of the output and messages: id (Indonesian) or en (English).")
    var lang: Language = .id

    var language: Language { lang }

    func run() throws {
        let opened = PatuhWorkspace(root: workspace, standards: standards)
        let (a, b, comparison) = try opened.compareSeals(first, second)
        let renderer = SealFileRenderer(language: lang)
        switch format {
        case .json: Console.out(try renderer.json(compare: a, b, comparison))
        case .text: Console.out(renderer.text(compare: a, b, comparison))
        }
    }
}
