import Assessment
import Catalog
import Core
import EvidenceRegistry
import Foundation
import Interop
import Pembinaan
import Store
import Workspace

/// What `ekspor` and `impor` read before calling Interop: the standards, policy and schema, the
/// instant of the export in the LPSE's zone, and the generator's name.
struct InteropInputs {
    var workspace: PatuhWorkspace
    var penilaian: ScoringInputs
    /// `--now` (or the clock) in the LPSE's zone, ISO 8601 with its offset.
    var generatedAt: String
    var generator: String { "Patuh \(Patuh.version)" }

    static func load(_ options: WorkspaceOptions, now: NowOption) throws -> InteropInputs {
        let workspace = try options.open(now)
        return InteropInputs(workspace: workspace, penilaian: try workspace.scoring(),
                             generatedAt: workspace.now.iso8601(in: try workspace.zone()))
    }

    /// The answer file and the catalog's controls it does not assess (any other problem exits 2).
    func answers(_ path: String) throws -> (file: AnswerFile, notAssessed: [String]) {
        let (file, problems) = try workspace.answers(path)
        return (file, problems.filter { $0.kind == .missingControl }.compactMap(\.controlId))
    }

    /// What the workspace's evidence registry knows (rule statuses and file hashes), after an
    /// incremental scan, as `penilaian nilai` sees it; nothing when the workspace has no `Evidence/`.
    func evidence(language: Language) throws -> EvidenceContext {
        guard workspace.hasEvidenceFolder else { return EvidenceContext() }
        let facts = try EvidenceSource.facts(file: nil, workspace: workspace, language: language)
        do {
            let files = try workspace.evidenceStore().indexedFiles()
            return EvidenceContext(facts: facts, hashes: Dictionary(
                files.map { ($0.path.string, $0.sha256) }, uniquingKeysWith: { first, _ in first }))
        } catch {
            throw LocalizedFailure(status: ExitStatus.internalError, "interop.evidenceIndex", ["detail": "\(error)"])
        }
    }
}

/// Where an exported or imported document goes: a file through ``OutputFile``, or stdout.
enum InteropOutput {
    /// The guarded `--output`, or `nil` for stdout; refused outputs fail here, before any work.
    static func target(_ path: String?, workspace: WorkspaceOptions, guards: OutputGuardOptions,
                       inputs: [String?] = [], replacesExisting: Bool = true) throws -> OutputFile? {
        guard let path else { return nil }
        let file = OutputFile(path: path, workspace: try? workspace.root(), guards: guards,
                              inputs: inputs.compactMap { $0 }, replacesExisting: replacesExisting)
        try file.plan()
        return file
    }

    /// Writes `text` to `file`, or prints it when `file` is `nil` or stdout. Returns whether a file was written.
    @discardableResult
    static func emit(_ text: String, to file: OutputFile?) throws -> Bool {
        guard let file, !file.isStandardOutput else {
            try OutputFile.writeAll(Data(VisibleText.escape(text).utf8), to: STDOUT_FILENO, path: "-")
            return false
        }
        try file.write(text)
        return true
    }
}
