import ArgumentParser
import Core
import EvidenceRegistry
import Reporting
import Workspace

/// `patuh bukti seal [WORKSPACE] --catatan TEXT`.
struct SealEvidence: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal",
        abstract: "Record the current hashes as a sealed snapshot (e.g. when a penilaian is submitted).",
        discussion: """
        Scans first, then seals every readable file under Evidence/ with its SHA-256 and the rules \
        it proves: in .patuh/registry.sqlite, and as a new seal file \
        Evidence/_segel/segel-<YYYY-MM-DD>-<n>.xml (schema Standards/schema/segel.xsd) to commit \
        with the evidence; an earlier seal file is never overwritten. The seal file's own SHA-256 \
        is printed, to quote in the submission letter. 'patuh bukti verify' and 'patuh periksa' \
        compare against the latest seal, on a fresh checkout against the latest seal file.

        Exits 0 once sealed, 2 when --catatan is empty or a file is invalid, 70 when the index \
        cannot be used.

        Examples:
          patuh bukti seal --catatan "Penilaian mandiri 2026 diserahkan"
          patuh evidence seal path/to/workspace --catatan "Before the faktual visit" --lang en
        """
    )

    @OptionGroup var options: EvidenceOptions

    @Option(name: .customLong("catatan"), help: ArgumentHelp("A note saying why the evidence is sealed.", valueName: "text"))
    var note: String

    var language: Language { options.lang }

    func run() throws {
        let receipt = try options.open().seal(note: note, scan: ProgressBar.scanOptions(language: language))
        let renderer = EvidenceCommandRenderer(language: language)
        switch options.format {
        case .json: Console.out(try renderer.json(receipt))
        case .text: Console.out(renderer.text(receipt))
        }
    }
}
