public import Assessment
import Catalog
public import Core
public import EvidenceRegistry
import Foundation
public import Store

/// An answer file read and scored: the file, the problems that still left it usable, the result.
public struct ScoredAnswers: Sendable {
    public var answers: AnswerFile
    /// Problems that leave the file usable (a control missing from it, scored as not assessed).
    public var problems: [AnswerProblem]
    public var result: AssessmentResult
    /// The answer file as the user named it.
    public var file: String
    /// Its `<evidence file="…">` citations of files that do not exist.
    public var missingCitations: [MissingCitation] = []
}

/// The main job's outcome: the evidence as it stands and the penilaian mandiri scored against it.
public struct Assessed: Sendable {
    public var evidence: EvidenceCheck
    public var scored: ScoredAnswers
}

extension PatuhWorkspace {
    /// Reads an answer file (relative to the workspace or absolute), refusing it unless it is of
    /// `kind` when one is given. A tidak-berlaku answer the scoring policy does not allow for this
    /// LPSE (see `<infrastruktur>` in `patuh.xml`) refuses the whole file: nothing is scored.
    public func answers(_ file: String, expecting kind: AssessmentKind? = nil) throws(WorkspaceError) -> (AnswerFile, [AnswerProblem]) {
        let inputs = try scoring()
        let path = resolve(file)
        try WorkspaceLinks.refuseEscapingInput(path, root: root)
        guard FileManager.default.fileExists(atPath: path) else {
            throw WorkspaceError(.invalidInput, "assessment.answers.missing",
                                 ["path": path, "file": file, "kind": (kind ?? .mandiri).rawValue])
        }
        let outcome = AnswerFileLoader.load(path: path, schema: inputs.schema, catalog: inputs.catalog, expecting: kind)
        guard let answers = outcome.file, outcome.blockingProblems.isEmpty else {
            throw WorkspaceError(.invalidInput, "assessment.answers.invalid", ["path": path], diagnostics: outcome.diagnostics)
        }
        let refused = inputs.policy.notApplicableViolations(answers, catalog: inputs.catalog, hosting: try profile().hosting)
        guard refused.isEmpty else {
            throw WorkspaceError(.refused) { language in
                let lines = refused.map {
                    "\($0.source.file):\($0.source.line): " + Messages(language).text("assessment.refused") + $0.message(language)
                }
                return (lines + [Messages(language).text("assessment.notApplicable.refused",
                                                         ["path": path, "count": String(refused.count)])])
                    .joined(separator: "\n")
            }
        }
        return (answers, outcome.problems)
    }

    /// Scores an answer file against `evidence` (the registry's facts; empty when unknown).
    public func score(_ file: String, expecting kind: AssessmentKind? = nil,
                      evidence: EvidenceFacts) throws(WorkspaceError) -> ScoredAnswers {
        let inputs = try scoring()
        let (answers, problems) = try answers(file, expecting: kind)
        let result = ResultBuilder(catalog: inputs.catalog, policy: inputs.policy).assess(answers, evidence: evidence)
        return ScoredAnswers(answers: answers, problems: problems, result: result, file: file,
                             missingCitations: missingCitations(answers, shownAs: file))
    }

    /// The evidence facts of the workspace's own registry (scanned now), or none when the
    /// workspace has no `Evidence/` folder.
    public func evidenceFacts(_ options: ScanOptions = ScanOptions(),
                              message: (RuleFinding) -> String? = { _ in nil }) throws(WorkspaceError) -> EvidenceFacts {
        guard hasEvidenceFolder else { return EvidenceFacts() }
        return try checkEvidence(options).facts(message: message)
    }

    /// The main job: scans the evidence, scores the penilaian mandiri against it, and stores the
    /// result in the workspace's history.
    public func assess(_ file: String, scan options: ScanOptions = ScanOptions(),
                       message: (RuleFinding) -> String? = { _ in nil }) throws(WorkspaceError) -> Assessed {
        let evidence = try checkEvidence(options)
        let scored = try score(file, expecting: .mandiri, evidence: evidence.facts(message: message))
        try record(scored)
        return Assessed(evidence: evidence, scored: scored)
    }

    /// Stores a scored assessment in the history, replacing one of the same LPSE, kind and date.
    public func record(_ scored: ScoredAnswers) throws(WorkspaceError) {
        let record = StoredAssessment(scored.result, file: scored.file, scoredAt: now.description,
                                      percentDecimals: try scoring().policy.percentDecimals,
                                      thresholds: [try scoring().policy.thresholdPercent])
        do {
            try AssessmentHistory(database: try database()).save(record)
        } catch let error as StoreError {
            throw Self.storeFailure(error)
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw WorkspaceError(.unavailable, "workspace.database", ["detail": "\(error)"])
        }
    }

    /// The stored assessments, oldest first, optionally of one LPSE or kind.
    public func history(lpse: String? = nil, kind: AssessmentKind? = nil) throws(WorkspaceError) -> [StoredAssessment] {
        do {
            return try AssessmentHistory(database: try database()).all(lpseId: lpse, kind: kind?.rawValue)
        } catch let error as StoreError {
            throw Self.storeFailure(error)
        } catch let error as WorkspaceError {
            throw error
        } catch {
            throw WorkspaceError(.unavailable, "workspace.database", ["detail": "\(error)"])
        }
    }

    /// The penilaian mandiri beside the faktual, control by control; both files must concern the
    /// same LPSE. Problems that leave the files usable come back as warnings.
    public func compare(mandiri: String, faktual: String) throws(WorkspaceError) -> (Comparison, [AnswerProblem]) {
        let inputs = try scoring()
        var failures: [WorkspaceError] = []
        var loaded: [AnswerFile] = []
        var warnings: [AnswerProblem] = []
        for (path, kind) in [(mandiri, AssessmentKind.mandiri), (faktual, .faktual)] {
            do {
                let (file, problems) = try answers(path, expecting: kind)
                loaded.append(file)
                warnings += problems
            } catch {
                failures.append(error)
            }
        }
        guard failures.isEmpty, loaded.count == 2 else {
            let failure = failures[0]
            var combined = failure
            combined.diagnostics = failures.flatMap(\.diagnostics)
            throw combined
        }
        guard loaded[0].lpse.id == loaded[1].lpse.id else {
            throw WorkspaceError(.invalidInput, "assessment.compare.differentLPSE",
                                 ["mandiri": loaded[0].lpse.id, "faktual": loaded[1].lpse.id])
        }
        return (Comparator(catalog: inputs.catalog, policy: inputs.policy).compare(mandiri: loaded[0], faktual: loaded[1]), warnings)
    }

    /// A complete answer file for every control (or one standard's), pre-filled from `evidence`,
    /// dated today in the LPSE's zone.
    public func template(kind: AssessmentKind, standard: String? = nil, lpse: LPSEIdentity, assessors: [Assessor],
                         evidence: EvidenceFacts) throws(WorkspaceError) -> String {
        let catalog = try catalog()
        if let standard, catalog.standard(standard) == nil {
            throw WorkspaceError(.invalidInput, "assessment.standard.unknown", ["id": standard, "version": catalog.version])
        }
        return AnswerTemplate(catalog: catalog, kind: kind, lpse: lpse, assessors: assessors,
                              date: try zone().civilDate(of: now).description, evidence: evidence,
                              standardId: standard?.uppercased()).render()
    }
}
