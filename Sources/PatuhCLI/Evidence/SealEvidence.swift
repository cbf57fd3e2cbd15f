import ArgumentParser
import EvidenceRegistry
import Foundation
import Store

/// `patuh bukti seal [WORKSPACE] --catatan TEXT`.
struct SealEvidence: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal",
        abstract: "Record the current hashes as a sealed snapshot (e.g. when a penilaian is submitted).",
        discussion: """
        Scans first, then seals every readable file under Evidence/ with its SHA-256 and the rules \
        it proves. 'patuh bukti verify' and 'patuh periksa' compare against the latest seal.

        Examples:
          patuh bukti seal --catatan "Penilaian mandiri 2026 diserahkan"
          patuh evidence seal path/to/workspace --catatan "Before the faktual visit"
        """
    )

    @OptionGroup var options: EvidenceOptions

    @Option(name: .customLong("catatan"), help: ArgumentHelp("A note saying why the evidence is sealed.", valueName: "text"))
    var note: String

    func validate() throws {
        if note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw CommandFailure.invalidInput("patuh: --catatan must not be empty")
        }
    }

    func run() throws {
        let session = try EvidenceSession(options: options.workspace)
        let instant = try options.now.resolve()
        let outcome = try session.scan(instant: instant)
        let rulesByPath = Dictionary(outcome.classified.map { ($0.path, $0.rules) }, uniquingKeysWith: { first, _ in first })
        let factsByPath = outcome.facts
        let files = outcome.walk.files.compactMap { file -> SealedFile? in
            guard let facts = factsByPath[file.path], let sha = facts.sha256 else { return nil }
            return SealedFile(path: file.path, sha256: sha, size: facts.stat.size, rules: rulesByPath[file.path] ?? [])
        }
        let id: Int64
        do {
            id = try session.store.recordSeal(note: note, instant: instant, files: files)
        } catch {
            throw CommandFailure(status: ExitStatus.internalError, ["patuh: cannot record the seal: \(error)"])
        }
        switch options.format {
        case .json:
            Console.out(try Console.json(SealReceipt(seal: id, files: files.count, note: note, skipped: outcome.unreadable.keys.sorted())))
        case .text:
            Console.out("Segel #\(id): \(files.count) berkas disegel (\(note))")
            for path in outcome.unreadable.keys.sorted() { Console.out("  ! \(path): tidak terbaca, tidak disegel") }
        }
    }
}

/// What `bukti seal --format json` prints.
struct SealReceipt: Encodable {
    var seal: Int64
    var files: Int
    var note: String
    var skipped: [EvidencePath]
}
