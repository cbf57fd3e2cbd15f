import ArgumentParser
import Core
import EvidenceRegistry
import Reporting
import Workspace

/// `patuh bukti verify [WORKSPACE]`.
struct VerifyEvidence: ParsableCommand, LocalizedCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "List every sealed file that has changed or disappeared since the latest seal.",
        discussion: """
        Scans first (incrementally; --rehash reads every file, which also catches a change that \
        kept the size and modification time), then compares with the latest seal.

        Exits 0 when every sealed file is unchanged, 1 when one changed or disappeared, 2 when \
        there is no seal yet.

        Examples:
          patuh bukti verify
          patuh bukti verify --rehash --format json --lang en
        """
    )

    @OptionGroup var options: EvidenceOptions

    @Flag(help: "Hash every file, even when its size, modification time and inode are unchanged.")
    var rehash = false

    var language: Language { options.lang }

    func run() throws {
        let verification = try options.open().verify(scan: ProgressBar.scanOptions(language: language, rehash: rehash))
        let renderer = EvidenceCommandRenderer(language: language)
        switch options.format {
        case .json: Console.out(try renderer.json(verification))
        case .text: Console.out(renderer.text(verification))
        }
        if !verification.intact { throw ExitCode(ExitStatus.shortfall) }
    }
}
