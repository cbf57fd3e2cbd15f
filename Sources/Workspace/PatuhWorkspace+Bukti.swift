import Catalog
public import Core
public import EvidenceRegistry
import Foundation

/// What `patuh bukti catat` records about a document (each `nil` keeps what `bukti.xml` holds).
public struct DocumentRecord: Sendable, Hashable {
    public var number: String?
    public var title: String?
    public var date: CivilDate?
    public var validFrom: CivilDate?
    public var validUntil: CivilDate?
    /// The evidence rules the document proves (`aturan`), instead of the match by name.
    public var rules: [String]?
    public var note: String?

    public init(number: String? = nil, title: String? = nil, date: CivilDate? = nil, validFrom: CivilDate? = nil,
                validUntil: CivilDate? = nil, rules: [String]? = nil, note: String? = nil) {
        self.number = number
        self.title = title
        self.date = date
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.rules = rules
        self.note = note
    }

    /// Whether nothing would change.
    public var isEmpty: Bool { self == DocumentRecord() }
}

/// A `bukti.xml` entry written: which document, which file, the entry as it now stands.
public struct BuktiEdit: Sendable, Hashable {
    /// The document, relative to the workspace.
    public var document: String
    /// The `bukti.xml`, relative to the workspace.
    public var buktiFile: String
    public var entry: BuktiEntry
    /// Whether the `bukti.xml` did not exist before.
    public var createdFile: Bool
    /// Whether the document had no entry before.
    public var createdEntry: Bool
    /// The new SHA-256 of the `bukti.xml`.
    public var sha256: String
}

extension PatuhWorkspace {
    /// Records a document's number, title, date, validity window, rules or note in its
    /// folder's `bukti.xml` (made when absent); other entries and comments stay as they are.
    public func recordDocument(_ document: String, _ record: DocumentRecord) throws(WorkspaceError) -> BuktiEdit {
        guard !record.isEmpty else { throw WorkspaceError(.invalidInput, "edit.record.empty", ["path": document]) }
        for text in [record.number, record.title, record.note].compactMap({ $0 }) + (record.rules ?? []) {
            try FreeTextInput.check(text)
        }
        return try editBukti(document) { entry in
            if let value = record.number { entry.number = value }
            if let value = record.title { entry.title = value }
            if let value = record.date { entry.date = value }
            if let value = record.validFrom { entry.validFrom = value }
            if let value = record.validUntil { entry.validUntil = value }
            if let value = record.rules { entry.rules = value }
            if let value = record.note { entry.note = value }
        }
    }

    /// Records who ratified (signed) a document, with their position and the date (today in the
    /// LPSE's zone when not given), in its folder's `bukti.xml`.
    public func ratifyDocument(_ document: String, by name: String, position: String,
                               on date: CivilDate? = nil) throws(WorkspaceError) -> BuktiEdit {
        try FreeTextInput.check(name)
        try FreeTextInput.check(position)
        let day: CivilDate
        if let date { day = date } else { day = try zone().civilDate(of: now) }
        return try editBukti(document) { entry in
            entry.ratifiedBy = Ratification(name: name, position: position, date: day)
        }
    }

    /// The evidence document at `document` (relative to the workspace or absolute): it must be
    /// a regular file in a control folder or in `_bersama/`. A name that is not there gets the
    /// nearest name in that folder as a suggestion.
    public func evidenceDocument(_ document: String) throws(WorkspaceError) -> (file: WorkspaceFilePath, path: EvidencePath) {
        let files = WorkspaceFiles(root: root)
        let file = try files.locate(document)
        let path = EvidencePath(file.relative)
        guard file.relative.hasPrefix("Evidence/") else {
            throw WorkspaceError(.invalidInput, "edit.document.notEvidence", ["path": document])
        }
        switch EvidenceLayout(catalog: try catalog()).placement(of: path) {
        case .control, .shared: break
        case .misfiled: throw WorkspaceError(.invalidInput, "edit.document.notEvidence", ["path": document])
        }
        guard ![EvidenceLayout.metadataFileName, EvidenceLayout.readmeFileName].contains(path.name) else {
            throw WorkspaceError(.invalidInput, "edit.document.notEvidence", ["path": document])
        }
        switch WorkspaceFiles.kind(file.absolute) {
        case .regular: return (file, path)
        case .other: throw WorkspaceError(.invalidInput, "edit.notRegular", ["path": file.relative])
        case .none:
            let folder = (file.absolute as NSString).deletingLastPathComponent
            let siblings = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                .filter { ![EvidenceLayout.metadataFileName, EvidenceLayout.readmeFileName].contains($0) && !$0.hasPrefix(".") }
            if let guess = NameSuggestion.closest(to: path.name, among: siblings) {
                throw WorkspaceError(.invalidInput, "edit.document.missingGuess", ["path": file.relative, "guess": guess])
            }
            throw WorkspaceError(.invalidInput, "edit.document.missing", ["path": file.relative])
        }
    }

    /// Applies `change` to the entry of `document` in its folder's `bukti.xml` and writes the
    /// file, after checking the result against `bukti.xsd` and the catalog.
    func editBukti(_ document: String, _ change: (inout BuktiEntry) -> Void) throws(WorkspaceError) -> BuktiEdit {
        let (file, path) = try evidenceDocument(document)
        let files = WorkspaceFiles(root: root)
        let metadata = try files.locate(path.folder + "/" + EvidenceLayout.metadataFileName)
        let shown = EvidencePath(metadata.relative)
        let reader = try buktiReader()
        let existing = try files.read(metadata)
        var entry = BuktiEntry(fileName: path.name)
        if let existing {
            do {
                let parsed = try reader.read(bytes: existing, shownPath: shown)
                if let found = parsed.entries.first(where: { $0.fileName == path.name }) { entry = found }
            } catch {
                throw WorkspaceError(.invalidInput, "edit.bukti.invalid", ["path": metadata.relative], diagnostics: error.diagnostics)
            }
        }
        let hadEntry = existing != nil && entry.line > 0
        change(&entry)
        try checkEntry(entry, path: path)
        guard let bytes = BuktiText.upsert(entry, into: existing) else {
            throw WorkspaceError(.invalidInput, "edit.bukti.invalid", ["path": metadata.relative])
        }
        do {
            _ = try reader.read(bytes: bytes, shownPath: shown)
        } catch {
            throw WorkspaceError(.invalidInput, "edit.bukti.rejected", ["path": metadata.relative], diagnostics: error.diagnostics)
        }
        let sha = try files.write(bytes, to: metadata, expectedSHA256: existing.map(WorkspaceFiles.sha256))
        return BuktiEdit(document: file.relative, buktiFile: metadata.relative, entry: entry,
                         createdFile: existing == nil, createdEntry: !hadEntry, sha256: sha)
    }

    /// What the schema cannot say about an entry: its rules exist and belong to the folder's
    /// control, and the validity window is not reversed.
    private func checkEntry(_ entry: BuktiEntry, path: EvidencePath) throws(WorkspaceError) {
        let catalog = try catalog()
        let placement = EvidenceLayout(catalog: catalog).placement(of: path)
        for rule in entry.rules {
            guard let found = catalog.rule(rule) else {
                throw WorkspaceError(.invalidInput, "edit.rule.unknown", ["rule": rule])
            }
            if case .control(_, let control) = placement, found.control.id != control {
                throw WorkspaceError(.invalidInput, "edit.rule.otherControl", ["rule": rule, "control": found.control.id, "folder": control])
            }
        }
        if let from = entry.validFrom, let until = entry.validUntil, from > until {
            throw WorkspaceError(.invalidInput, "edit.window.reversed", ["from": from.description, "until": until.description])
        }
    }
}
