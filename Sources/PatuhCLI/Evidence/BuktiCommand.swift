import ArgumentParser
import Core
import Workspace

/// `patuh bukti`: the evidence registry.
struct BuktiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bukti",
        abstract: "Index, seal and verify the evidence under Evidence/ (alias: evidence).",
        discussion: """
        Evidence lies in Evidence/<standard>[-slug]/<control>/ (e.g. Evidence/S03-aset/S03.2/), \
        shared documents in Evidence/_bersama/. An optional bukti.xml in those folders records \
        each document's number, date, validity window and ratification. The index lives in \
        .patuh/registry.sqlite; seal files, meant to be committed, in Evidence/_segel/.
        """,
        subcommands: [ScanEvidence.self, SealEvidence.self, VerifyEvidence.self, SealFilesCommand.self, RecordEvidence.self, RatifyEvidence.self],
        aliases: ["evidence"]
    )
}

/// Options shared by the evidence commands.
struct EvidenceOptions: ParsableArguments {
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var now: NowOption

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of the output and messages: id (Indonesian) or en (English).")
    var lang: Language = .id

    /// The workspace on the clock of `--now` / `PATUH_NOW`.
    func open() throws -> PatuhWorkspace {
        try workspace.open(now, language: lang)
    }
}

extension WorkspaceOptions {
    /// The workspace on the clock of `--now` / `PATUH_NOW`, a bad value refused (exit 2) in `language`.
    func open(_ now: NowOption, language: Language) throws -> PatuhWorkspace {
        try open(clock: try timeArgument(language: language) { () throws(TimeError) in try Clock.resolve(argument: now.value) })
    }
}
