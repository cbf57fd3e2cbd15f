import ArgumentParser
import EvidenceRegistry
import Foundation

/// `patuh bukti verify [WORKSPACE]`.
struct VerifyEvidence: ParsableCommand {
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
          patuh bukti verify --rehash --format json
        """
    )

    @OptionGroup var options: EvidenceOptions

    @Flag(help: "Hash every file, even when its size, modification time and inode are unchanged.")
    var rehash = false

    func run() throws {
        let session = try EvidenceSession(options: options.workspace)
        let outcome = try session.scan(instant: try options.now.resolve(), rehash: rehash)
        guard let seal = try session.latestSeal() else {
            throw CommandFailure.invalidInput("patuh: no seal yet in \(options.workspace.workspace); run 'patuh bukti seal --catatan TEXT' first")
        }
        let deviations = seal.deviations(from: outcome.currentHashes)
        switch options.format {
        case .json:
            Console.out(try Console.json(VerifyReport(seal: seal.id, note: seal.note, sealedFiles: seal.files.count, deviations: deviations)))
        case .text:
            Console.out("Segel #\(seal.id) (\(seal.note)): \(seal.files.count) berkas, \(deviations.count) berubah atau hilang")
            for deviation in deviations {
                Console.out(deviation.kind == .changed ? "  ~ \(deviation.path): isi berubah" : "  - \(deviation.path): hilang")
            }
        }
        if !deviations.isEmpty { throw ExitCode(ExitStatus.shortfall) }
    }
}

/// What `bukti verify --format json` prints.
struct VerifyReport: Encodable {
    var seal: Int64
    var note: String
    var sealedFiles: Int
    var deviations: [SealDeviation]
}
