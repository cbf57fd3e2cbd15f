import ArgumentParser
import Core
import EvidenceRegistry
import Reporting
import Workspace

/// `patuh bukti scan [WORKSPACE]`.
struct ScanEvidence: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Index Evidence/: hash new and changed files, report what was added, changed and removed.",
        discussion: """
        A file whose size, modification time and inode are unchanged keeps its stored hash (as \
        git's index does); --rehash reads every file again. Hashing runs on all cores with a fixed \
        buffer per core. Symbolic links are reported and never followed; unreadable files are \
        reported and skipped. A progress bar is drawn on a terminal only.

        Exits 0 after a scan (problems with single files are reported, not fatal), 2 when a \
        bukti.xml or patuh.xml is invalid, 70 when the index cannot be used.

        Examples:
          patuh bukti scan
          patuh bukti scan path/to/workspace --rehash
          patuh evidence scan --format json --lang en
        """
    )

    @OptionGroup var options: EvidenceOptions

    @Flag(help: "Hash every file, even when its size, modification time and inode are unchanged.")
    var rehash = false

    var language: Language { options.lang }

    func run() throws {
        let workspace = try options.open()
        let summary = ScanSummary(try workspace.scan(ProgressBar.scanOptions(language: language, rehash: rehash)))
        let renderer = EvidenceCommandRenderer(language: language)
        switch options.format {
        case .json: Console.out(try renderer.json(summary))
        case .text: Console.out(renderer.text(summary))
        }
    }
}
