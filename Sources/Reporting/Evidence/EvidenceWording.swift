public import Catalog
public import Core
public import EvidenceRegistry
public import Assessment

/// The evidence registry's findings in words, in one language: what a rule's status means,
/// why a file is reported, what is wrong with a `bukti.xml` entry. Every sentence comes from
/// the message catalog (`Evidence+id.swift`, `Evidence+en.swift` in Core), so any front end
/// words a finding the same way in Indonesian or English.
///
/// ## Topics
/// - ``ruleMessage(_:rule:today:)``
/// - ``fileMessage(_:)``
/// - ``metadataMessage(_:)``
/// - ``message(_:catalog:today:)``
public struct EvidenceWording: Sendable {
    public let language: Language
    private let messages: Core.Messages

    public init(language: Language) {
        self.language = language
        messages = Core.Messages(language)
    }

    /// The catalog's message `key` in this language.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        messages.text(key, values)
    }

    // MARK: - Problems

    /// One line explaining a problem of the gate.
    public func message(_ problem: GateProblem, catalog: StandardsCatalog, today: CivilDate) -> String {
        switch problem.cause {
        case .rule(let finding): ruleMessage(finding, rule: catalog.rule(finding.rule)?.rule, today: today)
        case .file(let file): problem.kind == .undated ? undatedMessage(file) : fileMessage(file)
        case .metadata(let metadata): metadataMessage(metadata)
        case .sealedFile(let change): text("hardening.seal.fileChanged", ["change": sealChange(change)])
        }
    }

    /// What a kind of problem is, in one sentence.
    public func describe(_ kind: ProblemKind) -> String {
        switch kind {
        case .missing: text("evidence.kind.missing")
        case .tampered: text("evidence.kind.tampered")
        case .expired: text("evidence.kind.expired")
        case .content: text("content.kind")
        case .unsigned: text("evidence.kind.unsigned")
        case .expiring: text("evidence.kind.expiring")
        case .misfiled: text("evidence.kind.misfiled")
        case .unclassified: text("evidence.kind.unclassified")
        case .metadata: text("evidence.kind.metadata")
        case .unreadable: text("evidence.kind.unreadable")
        case .symlink: text("evidence.kind.symlink")
        case .undated: text("evidence.kind.undated")
        }
    }

    // MARK: - Rules

    /// One line explaining a rule's status.
    public func ruleMessage(_ finding: RuleFinding, rule: EvidenceRule?, today: CivilDate) -> String {
        let names = { (paths: [EvidencePath]) in paths.map(\.name).joined(separator: ", ") }
        let until = finding.validUntil.map(String.init(describing:)) ?? "?"
        switch finding.status {
        case .ok:
            return text("evidence.rule.ok", ["count": String(finding.files.count)])
        case .missing:
            let missing = text("evidence.rule.missing", ["count": String(finding.files.count), "minimum": String(finding.minimum),
                                                         "what": Self.describe(rule)])
            return finding.expectedFile.map { missing + text("evidence.rule.missingWhere", ["path": $0]) } ?? missing
        case .expired where !finding.datedByModificationTime.isEmpty && finding.current < finding.minimum:
            return text("evidence.rule.undated", ["files": names(finding.datedByModificationTime)])
        case .expired:
            let since = finding.validUntil?.adding(days: 1).description ?? "?"
            return text("evidence.rule.expired", ["since": since, "until": until, "files": names(finding.files)])
        case .content:
            return contentRuleMessage(finding)
        case .expiring:
            let days = finding.validUntil.map { today.days(until: $0) } ?? 0
            return text("evidence.rule.expiring", ["until": until, "days": String(days)])
        case .unsigned:
            let signer = rule?.signer ?? text("evidence.rule.defaultSigner")
            return text("evidence.rule.unsigned", ["signer": signer, "files": names(finding.unsigned)])
        case .tampered:
            if let changes = finding.sealChanges, !changes.isEmpty {
                return text("evidence.rule.tampered", ["files": changes.map(sealChange).joined(separator: "; ")])
            }
            let gone = text("evidence.rule.gone")
            let changed = finding.tampered.map(\.string) + finding.removed.map { "\($0.string) \(gone)" }
            return text("evidence.rule.tampered", ["files": changed.joined(separator: ", ")])
        }
    }

    /// A sealed file that changed or disappeared, with the sealed hash and the current one.
    public func sealChange(_ change: SealDeviation) -> String {
        switch change.kind {
        case .changed:
            text("seal.hashes.changed", ["path": change.path.string, "sealed": change.sealedSHA256,
                                         "current": change.currentSHA256 ?? "?"])
        case .removed:
            text("seal.hashes.removed", ["path": change.path.string, "sealed": change.sealedSHA256])
        }
    }

    /// A rule's kind and file-name patterns (`rekaman laporan-*|= S01.1.E1`).
    static func describe(_ rule: EvidenceRule?) -> String {
        let kind = rule.map { "\($0.kind.rawValue)" } ?? ""
        let patterns = rule.map { ($0.patterns + $0.uses.map { "= \($0)" }).joined(separator: "|") } ?? ""
        return patterns.isEmpty ? kind : "\(kind) \(patterns)"
    }

    /// A line mentioning the rule's files dated by their modification time only.
    public func datedByModificationTime(_ finding: RuleFinding) -> String {
        text("evidence.rule.mtimeDated", ["rule": finding.rule,
                                          "files": finding.datedByModificationTime.map(\.name).joined(separator: ", ")])
    }

    // MARK: - Files

    /// One line explaining a file's status (empty for a file that is no problem).
    public func fileMessage(_ file: FileFinding) -> String {
        let detail = fileDetail(file) ?? ""
        switch file.status {
        case .misfiled: return text("evidence.file.misfiled", ["detail": detail])
        case .unclassified: return text("evidence.file.unclassified") + (fileDetail(file).map { "; " + $0 } ?? "")
        case .symlink: return text("evidence.file.symlink", ["detail": detail])
        case .unreadable: return text("evidence.file.unreadable", ["detail": detail])
        case .classified, .metadata, .assessment: return ""
        }
    }

    /// One line explaining a file's status; the layout is not needed (kept for existing callers).
    public func fileMessage(_ file: FileFinding, layout: EvidenceLayout) -> String {
        fileMessage(file)
    }

    /// Why a file is reported, in this language (its English ``FileFinding/detail`` when it
    /// carries no structured issue).
    public func fileDetail(_ file: FileFinding) -> String? {
        if file.status == .unclassified, let patterns = file.expectedPatterns, !patterns.isEmpty {
            let list = patterns.map { "'\($0)'" }.joined(separator: ", ")
            guard let suggested = file.suggestedPath else { return text("evidence.file.patterns", ["patterns": list]) }
            return text("evidence.file.suggestion", ["patterns": list, "path": suggested])
        }
        return file.issue.map(detail) ?? file.detail
    }

    /// Why a document's date cannot be read, and how to write it.
    public func undatedMessage(_ file: FileFinding) -> String {
        if let found = file.unreadDate, let conventional = file.conventionalDate {
            return text("evidence.file.dateForm", ["found": found, "conventional": conventional])
        }
        return text("evidence.file.undated", ["path": file.path.string])
    }

    /// A file issue in words.
    public func detail(_ issue: FileIssue) -> String {
        switch issue {
        case .misfiled(.outsideControlFolder): text("evidence.issue.outsideControlFolder")
        case .misfiled(.unknownStandard(let folder)): text("evidence.issue.unknownStandard", ["folder": folder])
        case .misfiled(.unknownControl(let folder, let standard)):
            text("evidence.issue.unknownControl", ["folder": folder, "standard": standard])
        case .misfiled(.tooDeep): text("evidence.issue.tooDeep")
        case .symlink(let target, true): text("evidence.issue.symlinkOutside", ["target": target])
        case .symlink(let target, false): text("evidence.issue.symlink", ["target": target])
        case .unreadableFolder(let reason): text("evidence.issue.unreadableFolder", ["reason": reason])
        case .unreadableFile(let reason): text("evidence.issue.unreadableFile", ["reason": reason])
        case .notRegular: text("evidence.issue.notRegular")
        case .invalidName: text("evidence.issue.invalidName")
        }
    }

    // MARK: - Metadata

    /// A citation of a file that does not exist.
    public func citation(_ missing: MissingCitation) -> String {
        let values = ["control": missing.control, "file": "Evidence/" + missing.file]
        guard let guess = missing.suggestion else { return text("evidence.citation.missing", values) }
        return text("evidence.citation.missingGuess", values.merging(["guess": "Evidence/" + guess]) { a, _ in a })
    }

    /// What is wrong with a `bukti.xml` entry.
    public func metadataMessage(_ problem: MetadataProblem) -> String {
        switch problem.issue {
        case .outsideFolders: text("evidence.metadata.outsideFolders")
        case .fileNotInFolder(let file, nil): text("evidence.metadata.fileNotInFolder", ["file": file])
        case .fileNotInFolder(let file, let suggestion?):
            text("evidence.metadata.fileNotInFolderGuess", ["file": file, "guess": suggestion])
        case .unknownRule(let rule): text("evidence.metadata.unknownRule", ["rule": rule])
        case .ruleOfOtherControl(let rule, let control, let folder):
            text("evidence.metadata.ruleOfOtherControl", ["rule": rule, "control": control, "folder": folder])
        case .windowReversed(let from, let until):
            text("evidence.metadata.windowReversed", ["from": from.description, "until": until.description])
        case .decreeWithoutWindow(let file): text("evidence.metadata.decreeWithoutWindow", ["file": file])
        case .citationMissing(let control, let file, let suggestion):
            citation(MissingCitation(control: control, file: file, answerFile: problem.file, line: problem.line, suggestion: suggestion))
        }
    }
}
