public import Assessment
import EvidenceRegistry
import Foundation

extension PatuhWorkspace {
    /// The `<evidence file="…">` citations of `answers` that name no regular file under
    /// `Evidence/`, each with the nearest file of its folder when one is close (a slip of the pen).
    public func missingCitations(_ answers: AnswerFile, shownAs answerFile: String) -> [MissingCitation] {
        let evidence = (root as NSString).appendingPathComponent(EvidenceWalker.folderName)
        return answers.fileCitations.compactMap { citation in
            let path = (evidence as NSString).appendingPathComponent(citation.file)
            let inside = URL(fileURLWithPath: path).standardizedFileURL.path.hasPrefix(
                URL(fileURLWithPath: evidence).standardizedFileURL.path + "/")
            guard !inside || WorkspaceFiles.kind(path) != .regular else { return nil }
            let folder = (citation.file as NSString).deletingLastPathComponent
            let siblings = ((try? FileManager.default.contentsOfDirectory(atPath: (evidence as NSString).appendingPathComponent(folder))) ?? [])
                .filter { $0 != EvidenceLayout.metadataFileName && $0 != EvidenceLayout.readmeFileName && !$0.hasPrefix(".") }
            let guess = inside ? NameSuggestion.closest(to: (citation.file as NSString).lastPathComponent, among: siblings) : nil
            return MissingCitation(control: citation.control, file: citation.file, answerFile: answerFile, line: citation.line,
                                   suggestion: guess.map { folder.isEmpty ? $0 : folder + "/" + $0 })
        }
    }

    /// The missing citations of every answer file the scan found in `Evidence/` (`penilaian-*.xml`)
    /// that can be read, as metadata problems of the gate. An answer file that cannot be read
    /// is left to `nilai` and `penilaian nilai`, which say why.
    func citationProblems(_ scan: ScanOutcome) -> [MetadataProblem] {
        guard let inputs = try? scoring() else { return [] }
        return scan.classified.filter { $0.status == .assessment }.flatMap { file -> [MetadataProblem] in
            let outcome = AnswerFileLoader.load(path: resolve(file.path.string), schema: inputs.schema, catalog: inputs.catalog)
            guard let answers = outcome.file else { return [] }
            return missingCitations(answers, shownAs: file.path.string).map {
                MetadataProblem(file: file.path.string, line: $0.line,
                                issue: .citationMissing(control: $0.control, file: $0.file, suggestion: $0.suggestion))
            }
        }
    }
}
