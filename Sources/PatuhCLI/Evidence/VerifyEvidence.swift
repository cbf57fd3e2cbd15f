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
        kept the size and modification time), then compares with the latest seal: the one in \
        .patuh/registry.sqlite, else (a fresh checkout) the latest seal file under \
        Evidence/_segel/, or the seal file --segel names. Both hashes are shown for a changed \
        file; a file added since the seal is listed as new, which is no failure. When the \
        database seal and the latest seal file disagree, a warning says so on stderr.

        Exits 0 when every sealed file is unchanged, 1 when one changed or disappeared, 2 when \
        there is no seal yet or the seal file is not valid.

        Examples:
          patuh bukti verify
          patuh bukti verify --segel Evidence/_segel/segel-2026-11-25-1.xml
          patuh bukti verify --rehash --format json --lang en
        """
    )

    @OptionGroup var options: EvidenceOptions

    @Flag(help: "Hash every file, even when its size, modification time and inode are unchanged.")
    var rehash = false

    @Option(name: .customLong("segel"), help: ArgumentHelp("Compare with this seal file instead of the latest seal.", valueName: "file"))
    var sealFile: String?

    var language: Language { options.lang }

    func run() throws {
        let verification = try options.open().verify(scan: ProgressBar.scanOptions(language: language, rehash: rehash),
                                                     sealFile: sealFile)
        if let disagreement = verification.disagreement {
            Console.error(SealFileRenderer(language: language).warning(disagreement))
        }
        let renderer = EvidenceCommandRenderer(language: language)
        switch options.format {
        case .json: Console.out(try renderer.json(verification))
        case .text: Console.out(renderer.text(verification))
        }
        if !verification.intact { throw ExitCode(ExitStatus.shortfall) }
    }
}
