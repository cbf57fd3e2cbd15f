public import Catalog
public import Core
public import EvidenceRegistry
import Foundation

/// The name Patuh proposes for a document filed into a control: the rule it is meant for, that
/// rule's pattern, the document's own words and extension, its date.
public struct NameProposal: Sendable, Hashable {
    /// The control folder, relative to the workspace (`Evidence/S12-kelangsungan/S12.3`).
    public var folder: String
    public var rule: EvidenceRule
    /// The proposed file name (matches the rule's first pattern).
    public var name: String
}

/// What to file: the bytes of a document, where, under which name, and optionally its
/// `bukti.xml` record and ratification in the same step.
public struct UploadRequest: Sendable {
    public var control: String
    /// The name the document came with (only its words and extension are used).
    public var originalName: String
    public var bytes: [UInt8]
    /// The evidence rule meant; `nil`: the likeliest of the control's rules by the name's words.
    public var rule: String?
    /// The document's date for the name; `nil`: a date in the original name, else today.
    public var date: CivilDate?
    /// The name confirmed by the person (checked, never a path); `nil`: the proposal.
    public var name: String?
    public var record: DocumentRecord?
    public var ratification: Ratification?

    public init(control: String, originalName: String, bytes: [UInt8], rule: String? = nil, date: CivilDate? = nil,
                name: String? = nil, record: DocumentRecord? = nil, ratification: Ratification? = nil) {
        self.control = control
        self.originalName = originalName
        self.bytes = bytes
        self.rule = rule
        self.date = date
        self.name = name
        self.record = record
        self.ratification = ratification
    }
}

/// A document filed: where it lies, the rules it now proves, and its `bukti.xml` entry if one
/// was written.
public struct FiledDocument: Sendable {
    /// Relative to the workspace.
    public var path: String
    public var sha256: String
    public var rules: [String]
    public var bukti: BuktiEdit?
}

extension PatuhWorkspace {
    /// The largest document `fileDocument` accepts (64 MiB): front ends stop reading beyond it.
    public static let uploadLimit = 64 * 1024 * 1024

    /// The name a document called `originalName` should have in `control`'s folder to prove
    /// `rule` (default: the likeliest rule by its words), dated `date` (default: a date in the
    /// original name, else today in the LPSE's zone).
    public func proposeName(control id: String, originalName: String, rule ruleId: String? = nil,
                            date: CivilDate? = nil) throws(WorkspaceError) -> NameProposal {
        let catalog = try catalog()
        guard let found = catalog.control(id) else { throw WorkspaceError(.invalidInput, "edit.answer.unknownControl", ["control": id]) }
        let rules = found.control.evidenceRules.filter { !$0.patterns.isEmpty }
        let rule: EvidenceRule
        if let ruleId {
            guard let chosen = rules.first(where: { $0.id == ruleId.uppercased() }) else {
                throw WorkspaceError(.invalidInput, "edit.upload.rule", ["rule": ruleId, "control": id,
                                                                         "rules": rules.map(\.id).joined(separator: ", ")])
            }
            rule = chosen
        } else {
            guard let likeliest = SuggestedName.likeliestRule(rules, original: originalName) else {
                throw WorkspaceError(.invalidInput, "edit.upload.noRule", ["control": id])
            }
            rule = likeliest
        }
        let day: CivilDate
        if let date { day = date } else if let named = CivilDate.inFileName(originalName) ?? DateInName.find(in: originalName)?.date {
            day = named
        } else {
            day = try zone().civilDate(of: now)
        }
        let name = SuggestedName.proposal(for: rule, original: Self.displayName(originalName), date: day.description)
            ?? SuggestedName.example(pattern: rule.patterns[0], date: day.description)
        return NameProposal(folder: EvidenceLayout(catalog: catalog).folder(of: found.control.id), rule: rule, name: name)
    }

    /// Files a document into a control folder: the name checked (no path, no control
    /// character, no hidden or reserved name), written whole into the folder and never over an
    /// existing file, indexed, and, when asked, recorded and ratified in `bukti.xml` in the same
    /// step (if that fails, the document is removed again and nothing is left half-done).
    public func fileDocument(_ request: UploadRequest) throws(WorkspaceError) -> FiledDocument {
        guard request.bytes.count <= Self.uploadLimit else {
            throw WorkspaceError(.invalidInput, "edit.upload.tooLarge", ["limit": String(Self.uploadLimit / (1024 * 1024))])
        }
        let proposal = try proposeName(control: request.control, originalName: request.originalName, rule: request.rule,
                                       date: request.date)
        let name = try Self.checkedFileName(request.name ?? proposal.name)
        if let record = request.record {
            for text in [record.number, record.title, record.note].compactMap({ $0 }) { try FreeTextInput.check(text) }
        }
        if let ratification = request.ratification {
            try FreeTextInput.check(ratification.name)
            try FreeTextInput.check(ratification.position)
        }
        let files = WorkspaceFiles(root: root)
        try files.ensureFolder(proposal.folder)
        let target = try files.locate(proposal.folder + "/" + name)
        guard target.relative == proposal.folder + "/" + name else {
            throw WorkspaceError(.invalidInput, "edit.outsideWorkspace", ["path": name, "root": root])
        }
        let sha = try files.create(request.bytes, at: target)
        do {
            var bukti: BuktiEdit?
            if let record = request.record, !record.isEmpty { bukti = try recordDocument(target.relative, record) }
            if let ratification = request.ratification {
                bukti = try ratifyDocument(target.relative, by: ratification.name, position: ratification.position,
                                           on: ratification.date)
            }
            let indexed = try scan()
            let rules = indexed.classified.first { $0.path.string == target.relative }?.rules ?? []
            return FiledDocument(path: target.relative, sha256: sha, rules: rules, bukti: bukti)
        } catch {
            unlink(target.absolute)
            throw error
        }
    }

    /// A file name as a person confirmed it, or a refusal: one name (no `/`, `\`, `..`), no
    /// control character, not hidden, not Patuh's own (`bukti.xml`, `BACA.md`, answer files), at
    /// most 200 bytes.
    public static func checkedFileName(_ name: String) throws(WorkspaceError) -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        let reserved = [EvidenceLayout.metadataFileName, EvidenceLayout.readmeFileName].map { $0.lowercased() }
        guard !trimmed.isEmpty, !trimmed.contains("/"), !trimmed.contains("\\"), !trimmed.hasPrefix("."),
              trimmed.utf8.count <= 200, !reserved.contains(trimmed.lowercased()),
              !(trimmed.lowercased().hasPrefix("penilaian-") && trimmed.lowercased().hasSuffix(".xml")),
              VisibleText.firstControl(in: trimmed) == nil else {
            throw WorkspaceError(.invalidInput, "edit.upload.badName", ["name": VisibleText.escape(name, keepingStyle: false)])
        }
        return trimmed
    }

    /// The last component of a name as a browser sends it (some send a Windows path).
    static func displayName(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
        return String(last.unicodeScalars.filter { VisibleText.firstControl(in: String($0)) == nil })
    }
}
