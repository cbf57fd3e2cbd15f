public import Assessment
public import Catalog
public import Core
public import EvidenceRegistry
import Foundation
import XMLSupport

/// An answer file as read for editing: its text, its SHA-256 (to pass back when saving) and
/// what it says.
public struct AnswerSheet: Sendable {
    /// Relative to the workspace.
    public var file: String
    public var sha256: String
    public var text: String
    public var answers: AnswerFile
}

/// A document that an answer may cite: an indexed evidence file, with the rules it proves.
public struct CitableFile: Sendable, Hashable {
    /// Relative to `Evidence/`, as `<evidence file="…">` names it.
    public var file: String
    public var rules: [String]
    /// Whether it proves a rule of the control being edited.
    public var ofControl: Bool
}

/// What a form for one control offers: the control, its answer now, the statuses the policy
/// allows, and the documents that can be cited.
public struct ControlForm: Sendable {
    public var standard: Standard
    public var control: Control
    public var answer: ControlAnswer?
    /// The statuses a person may choose, in the policy's order; `tidak-berlaku` only where the
    /// scoring policy allows it for this LPSE's hosting.
    public var statuses: [ControlStatus]
    public var notApplicableAllowed: Bool
    /// Indexed files, those proving this control's rules first, then by path.
    public var citable: [CitableFile]
    /// The answer file's SHA-256 as read.
    public var sha256: String
}

/// A person's answer for one control.
public struct AnswerChange: Sendable, Hashable {
    public var control: String
    public var status: ControlStatus
    public var fakta: String?
    public var analisis: String?
    /// Documents cited, relative to `Evidence/`; each must be an indexed evidence file.
    public var files: [String]
    /// Rules cited; `nil` keeps the rule citations the answer has.
    public var rules: [String]?

    public init(control: String, status: ControlStatus, fakta: String?, analisis: String?, files: [String], rules: [String]? = nil) {
        self.control = control
        self.status = status
        self.fakta = fakta
        self.analisis = analisis
        self.files = files
        self.rules = rules
    }
}

/// A saved answer: the new hash of the file and the answer as the file now says it.
public struct SavedAnswer: Sendable {
    public var file: String
    public var sha256: String
    public var answer: ControlAnswer
}

extension PatuhWorkspace {
    /// Reads an answer file for editing (inside the workspace, never through a link).
    public func answerSheet(_ file: String) throws(WorkspaceError) -> AnswerSheet {
        let inputs = try scoring()
        let files = WorkspaceFiles(root: root)
        let located = try files.locate(file)
        guard let bytes = try files.read(located) else {
            throw WorkspaceError(.invalidInput, "assessment.answers.missing",
                                 ["path": located.relative, "file": located.relative, "kind": AssessmentKind.mandiri.rawValue])
        }
        let answers = try Self.checkedAnswers(bytes, shownAs: located.relative, inputs: inputs)
        let sha = WorkspaceFiles.sha256(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        remember(text, sha256: sha)
        return AnswerSheet(file: located.relative, sha256: sha, text: text, answers: answers)
    }

    /// The form of one control of an answer file.
    /// `scan`, when the caller has scanned already (a page that also shows the rules' status),
    /// lists the citable files without scanning again.
    public func controlForm(_ file: String, control id: String, scan: ScanOutcome? = nil) throws(WorkspaceError) -> ControlForm {
        let sheet = try answerSheet(file)
        let inputs = try scoring()
        guard let found = inputs.catalog.control(id) else {
            throw WorkspaceError(.invalidInput, "edit.answer.unknownControl", ["control": id])
        }
        let allowed = inputs.policy.allowsNotApplicable(found.control, on: try profile().hosting)
        let own = Set(found.control.evidenceRules.map(\.id))
        let citable = try citableFiles(scan: scan).map { file in
            CitableFile(file: file.file, rules: file.rules, ofControl: !own.isDisjoint(with: file.rules))
        }.sorted { ($0.ofControl ? 0 : 1, $0.file) < ($1.ofControl ? 0 : 1, $1.file) }
        return ControlForm(standard: found.standard, control: found.control, answer: sheet.answers.answer(id),
                           statuses: ControlStatus.allCases.filter { $0 != .tidakBerlaku || allowed },
                           notApplicableAllowed: allowed, citable: citable, sha256: sheet.sha256)
    }

    /// Every indexed evidence file (of `scan`, or scanned now), relative to `Evidence/`, with its rules.
    public func citableFiles(scan done: ScanOutcome? = nil) throws(WorkspaceError) -> [(file: String, rules: [String])] {
        guard hasEvidenceFolder else { return [] }
        let outcome: ScanOutcome
        if let done { outcome = done } else { outcome = try scan() }
        return outcome.classified.filter { $0.status == .classified }.map { file in
            (String(file.path.string.dropFirst(EvidenceWalker.folderName.count + 1)), file.rules)
        }
    }

    /// Saves one control's answer: checked against the policy (statuses, tidak-berlaku, a
    /// justification unless memenuhi), the index (every cited document exists), the XSD and the
    /// catalog before anything is written; written atomically, only that control's element
    /// changed. Refused, with the difference, when the file changed since it was read with
    /// `expectedSHA256`.
    public func saveAnswer(_ file: String, _ change: AnswerChange, expectedSHA256: String) throws(WorkspaceError) -> SavedAnswer {
        let inputs = try scoring()
        let files = WorkspaceFiles(root: root)
        let located = try files.locate(file)
        guard let current = try files.read(located) else {
            throw WorkspaceError(.notFound, "edit.vanished", ["path": located.relative])
        }
        guard WorkspaceFiles.sha256(current) == expectedSHA256 else {
            let plain = AnswerText.Answer(control: change.control, status: change.status, fakta: change.fakta,
                                          analisis: change.analisis, citations: change.files.map { .file($0) })
            throw conflict(located.relative, current: current, intended: AnswerText.replacing(plain, in: current) ?? current,
                           expectedSHA256: expectedSHA256)
        }
        let before = try Self.checkedAnswers(current, shownAs: located.relative, inputs: inputs)
        let keptRules = (before.answer(change.control)?.evidence ?? []).compactMap { citation -> String? in
            if case .rule(let id) = citation { return id }
            return nil
        }
        let answer = try checkedAnswer(change, keptRules: keptRules, inputs: inputs)
        guard let edited = AnswerText.replacing(answer, in: current) else {
            throw WorkspaceError(.invalidInput, "edit.answer.noControl", ["control": change.control, "path": located.relative])
        }
        let answers = try Self.checkedAnswers(edited, shownAs: located.relative, inputs: inputs)
        let sha = try files.write(edited, to: located, expectedSHA256: expectedSHA256) { now in
            self.conflict(located.relative, current: now, intended: edited, expectedSHA256: expectedSHA256)
        }
        remember(String(decoding: edited, as: UTF8.self), sha256: sha)
        guard let saved = answers.answer(change.control) else {
            throw WorkspaceError(.invalidInput, "edit.answer.noControl", ["control": change.control, "path": located.relative])
        }
        return SavedAnswer(file: located.relative, sha256: sha, answer: saved)
    }

    // MARK: - Checks

    /// The change as the file will say it, after the checks that need no file.
    private func checkedAnswer(_ change: AnswerChange, keptRules: [String],
                               inputs: ScoringInputs) throws(WorkspaceError) -> AnswerText.Answer {
        guard let found = inputs.catalog.control(change.control) else {
            throw WorkspaceError(.invalidInput, "edit.answer.unknownControl", ["control": change.control])
        }
        if change.status == .tidakBerlaku, !inputs.policy.allowsNotApplicable(found.control, on: try profile().hosting) {
            throw WorkspaceError(.refused, "edit.answer.notApplicable", ["control": change.control])
        }
        let fakta = try Self.paragraph(change.fakta)
        let analisis = try Self.paragraph(change.analisis)
        if change.status != .memenuhi, fakta == nil || analisis == nil {
            throw WorkspaceError(.invalidInput, "edit.answer.justification",
                                 ["control": change.control, "status": change.status.rawValue])
        }
        let indexed = Set(try citableFiles().map(\.file))
        var citations: [EvidenceCitation] = []
        let rules = change.rules ?? keptRules
        for rule in rules {
            guard inputs.catalog.rule(rule) != nil else { throw WorkspaceError(.invalidInput, "edit.rule.unknown", ["rule": rule]) }
            citations.append(.rule(rule))
        }
        for file in change.files where !citations.contains(.file(file)) {
            guard indexed.contains(file) else {
                let guess = NameSuggestion.closest(to: file, among: Array(indexed))
                throw WorkspaceError(.invalidInput, guess == nil ? "edit.answer.citation" : "edit.answer.citationGuess",
                                     ["file": file, "guess": guess ?? ""])
            }
            citations.append(.file(file))
        }
        return AnswerText.Answer(control: change.control, status: change.status, fakta: fakta, analisis: analisis, citations: citations)
    }

    /// Free text of a form: line ends as `\n`, no other control character, trimmed; `nil` when blank.
    static func paragraph(_ text: String?) throws(WorkspaceError) -> String? {
        guard let text else { return nil }
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !normalised.isEmpty else { return nil }
        try FreeTextInput.check(normalised.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " "))
        return normalised
    }

    /// An answer file's bytes read and checked like `nilai` reads them (XSD, then the catalog).
    static func checkedAnswers(_ bytes: [UInt8], shownAs path: String, inputs: ScoringInputs) throws(WorkspaceError) -> AnswerFile {
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(bytes: bytes, path: path)
        } catch {
            throw WorkspaceError(.invalidInput, "assessment.answers.invalid", ["path": path], diagnostics: error.diagnostics)
        }
        let invalid = inputs.schema.validate(document)
        guard invalid.isEmpty else {
            throw WorkspaceError(.invalidInput, "assessment.answers.invalid", ["path": path], diagnostics: invalid)
        }
        let outcome = AnswerFileLoader.read(document.root, path: path, catalog: inputs.catalog)
        guard let answers = outcome.file, outcome.blockingProblems.isEmpty else {
            throw WorkspaceError(.invalidInput, "assessment.answers.invalid", ["path": path], diagnostics: outcome.diagnostics)
        }
        return answers
    }

    /// The refusal of a save over a file that changed: what changed on disk since it was read
    /// (when that text is still known), else what the save would change in the file as it is now.
    func conflict(_ path: String, current: [UInt8], intended: [UInt8], expectedSHA256: String) -> WorkspaceError {
        let now = String(decoding: current, as: UTF8.self)
        if let before = remembered(expectedSHA256) {
            return WorkspaceError(.refused, "edit.answer.conflict",
                                  ["path": path, "diff": LineDiff.lines(from: before, to: now).joined(separator: "\n")])
        }
        return WorkspaceError(.refused, "edit.answer.conflictUnknown",
                              ["path": path, "diff": LineDiff.lines(from: now, to: String(decoding: intended, as: UTF8.self))
                                  .joined(separator: "\n")])
    }
}
