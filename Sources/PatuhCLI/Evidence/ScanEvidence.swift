import ArgumentParser
import EvidenceRegistry
import Foundation

/// `patuh bukti scan [WORKSPACE]`.
struct ScanEvidence: ParsableCommand {
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
          patuh evidence scan --format json
        """
    )

    @OptionGroup var options: EvidenceOptions

    @Flag(help: "Hash every file, even when its size, modification time and inode are unchanged.")
    var rehash = false

    func run() throws {
        let session = try EvidenceSession(options: options.workspace)
        let outcome = try session.scan(instant: try options.now.resolve(), rehash: rehash)
        switch options.format {
        case .json: Console.out(try Console.json(ScanSummary(outcome)))
        case .text: ScanSummary(outcome).lines().forEach(Console.out)
        }
    }
}

/// What `bukti scan` prints.
struct ScanSummary: Encodable {
    var files: Int
    var hashed: Int
    var hashedBytes: Int64
    var added: [EvidencePath]
    var changed: [EvidencePath]
    var removed: [EvidencePath]
    var skipped: [Skipped]
    var changedWhileHashing: [EvidencePath]

    struct Skipped: Encodable {
        var path: EvidencePath
        var status: FileStatus
        var detail: String
    }

    init(_ outcome: ScanOutcome) {
        files = outcome.record.fileCount
        hashed = outcome.record.hashed
        hashedBytes = outcome.record.hashedBytes
        added = outcome.added.sorted()
        changed = outcome.changed.sorted()
        removed = outcome.removed
        let walkSkips = outcome.walk.problems.map(RuleEvaluator.fileFinding)
        let unreadable = outcome.unreadable.map { FileFinding(path: $0.key, status: .unreadable, detail: "cannot be read: \($0.value)") }
        skipped = (walkSkips + unreadable).sorted { $0.path < $1.path }
            .map { Skipped(path: $0.path, status: $0.status, detail: $0.detail ?? "") }
        changedWhileHashing = outcome.unstable.map(\.path).sorted()
    }

    func lines() -> [String] {
        var lines = ["\(files) berkas diindeks: \(added.count) baru, \(changed.count) berubah, \(removed.count) dihapus; \(hashed) di-hash (\(ByteCount.text(hashedBytes)))"]
        lines += added.map { "  + \($0)" }
        lines += changed.map { "  ~ \($0)" }
        lines += removed.map { "  - \($0)" }
        lines += changedWhileHashing.map { "  ! \($0): berubah saat di-hash, dibaca ulang" }
        lines += skipped.map { "  ! \($0.path): \($0.detail)" }
        return lines
    }
}
