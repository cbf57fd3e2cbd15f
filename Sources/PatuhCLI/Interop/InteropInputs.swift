import Assessment
import Catalog
import Core
import EvidenceRegistry
import Foundation
import Interop
import Pembinaan
import Store

/// What `ekspor` and `impor` read before calling Interop: the standards, policy and schema, the
/// instant of the export in the LPSE's zone, and the generator's name.
struct InteropInputs {
    var penilaian: PenilaianInputs
    /// `--now` (or the clock) in the LPSE's zone, ISO 8601 with its offset.
    var generatedAt: String
    var instant: Date
    var generator: String { "Patuh \(Patuh.version)" }

    static func load(_ workspace: WorkspaceOptions, now: NowOption) throws -> InteropInputs {
        let penilaian = try PenilaianInputs.load(standards: workspace.standards)
        let instant = try now.resolve()
        let zone = try WorkspaceIdentity.loadIfPresent(workspace)?.zone ?? .wib
        return InteropInputs(penilaian: penilaian, generatedAt: Instant(instant).iso8601(in: zone), instant: instant)
    }

    /// The answer file and the catalog's controls it does not assess (any other problem exits 2).
    func answers(_ path: String) throws -> (file: AnswerFile, notAssessed: [String]) {
        let (file, problems) = try penilaian.answers(path)
        return (file, problems.filter { $0.kind == .missingControl }.compactMap(\.controlId))
    }

    /// What the workspace's evidence registry knows (rule statuses and file hashes), after an
    /// incremental scan, as `penilaian nilai` sees it; nothing when the workspace has no `Evidence/`.
    func evidence(_ workspace: WorkspaceOptions, language: Language) throws -> EvidenceContext {
        var isDirectory: ObjCBool = false
        let folder = (workspace.workspace as NSString).appendingPathComponent("Evidence")
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return EvidenceContext()
        }
        let registry = try WorkspaceEvidence(workspace: workspace, catalog: penilaian.catalog, instant: Instant(instant),
                                             language: language)
        do {
            let files = try registry.session.store.indexedFiles()
            return EvidenceContext(facts: registry.facts(), hashes: Dictionary(
                files.map { ($0.path.string, $0.sha256) }, uniquingKeysWith: { first, _ in first }))
        } catch {
            throw CommandFailure(status: ExitStatus.internalError, ["patuh: cannot read the evidence index: \(error)"])
        }
    }
}

/// Where an exported or imported document goes: a file, written whole (temporary file, then
/// rename), or stdout.
enum InteropOutput {
    /// Writes `text` to `path`, or prints it when `path` is `nil`. Returns whether a file was written.
    @discardableResult
    static func emit(_ text: String, to path: String?) throws -> Bool {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return false
        }
        try AtomicFile.write(text, to: path)
        return true
    }
}
