public import Catalog
public import Core

/// What a file is, as far as the folder convention and the metadata say.
public enum FileStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// In a control folder (or `_bersama/`) and matched to at least one evidence rule.
    case classified
    /// In a control folder (or `_bersama/`) but matching no rule there.
    case unclassified
    /// Outside any control folder, or in a folder naming no standard or control.
    case misfiled
    /// A `bukti.xml`: metadata, indexed and sealed but proving nothing itself.
    case metadata
    /// An answer file of a penilaian (`penilaian-*.xml`) directly in `Evidence/`: indexed and
    /// sealed with the evidence it cites, proving nothing itself.
    case assessment
    /// A symbolic link: reported, never followed.
    case symlink
    /// A file or folder that cannot be read.
    case unreadable
}

/// What is wrong with a schema-valid `bukti.xml` entry, structured so that a front end can
/// word it in its language.
public enum MetadataIssue: Sendable, Hashable, Codable {
    /// The `bukti.xml` lies outside a control folder and `_bersama/`: it is ignored.
    case outsideFolders
    /// The entry names a file that is not in its folder.
    case fileNotInFolder(file: String, suggestion: String? = nil)
    /// The entry names an evidence rule the catalog does not have.
    case unknownRule(rule: String)
    /// The entry names a rule of another control than its folder's.
    case ruleOfOtherControl(rule: String, control: String, folder: String)
    /// `berlaku-mulai` is after `berlaku-sampai`.
    case windowReversed(from: CivilDate, until: CivilDate)
    /// A decree (sk) without `berlaku-sampai`.
    case decreeWithoutWindow(file: String)
    /// An answer file's `<evidence file="…">` names a file `Evidence/` does not have.
    case citationMissing(control: String, file: String, suggestion: String?)

    /// The issue in English.
    public var englishMessage: String {
        switch self {
        case .outsideFolders: "bukti.xml lies outside a control folder and _bersama/; it is ignored"
        case .fileNotInFolder(let file, nil): "'\(file)' is not in this folder"
        case .fileNotInFolder(let file, let suggestion?): "'\(file)' is not in this folder; did you mean '\(suggestion)'?"
        case .unknownRule(let rule): "evidence rule \(rule) is not in the catalog"
        case .ruleOfOtherControl(let rule, let control, let folder):
            "evidence rule \(rule) belongs to control \(control), not \(folder); move the file to that control's folder or to _bersama/"
        case .windowReversed(let from, let until): "berlaku-mulai \(from) is after berlaku-sampai \(until)"
        case .decreeWithoutWindow(let file):
            "'\(file)' is a decree (sk) but has no berlaku-sampai; a decree must state its validity window"
        case .citationMissing(let control, let file, let suggestion):
            "\(control) cites Evidence/\(file), which does not exist" + (suggestion.map { "; did you mean Evidence/\($0)?" } ?? "")
        }
    }
}

/// A metadata problem a `bukti.xml` has although it is schema-valid.
public struct MetadataProblem: Sendable, Hashable, Codable {
    /// The `bukti.xml`, relative to the workspace.
    public var file: String
    public var line: Int
    public var issue: MetadataIssue

    public init(file: String, line: Int, issue: MetadataIssue) {
        self.file = file
        self.line = line
        self.issue = issue
    }

    /// The problem in English.
    public var message: String { issue.englishMessage }
}

/// One file with its placement, the rules it proves and its metadata entry.
public struct ClassifiedFile: Sendable, Hashable {
    public var path: EvidencePath
    public var placement: Placement
    public var status: FileStatus
    /// Matched evidence rule ids, in catalog order.
    public var rules: [String]
    public var entry: BuktiEntry?
}

/// Matches files to evidence rules (a pure function of the catalog, the paths and the
/// parsed `bukti.xml` files).
///
/// - In a control folder, a file with a `bukti.xml` entry naming rules (`aturan`) proves
///   exactly those (they must be rules of that control); otherwise it proves every rule of
///   the control whose pattern matches its name. Matching none makes it `unclassified`.
/// - In `_bersama/`, a file with an entry naming rules proves those (any control's);
///   otherwise every rule of the catalog whose pattern matches its name. Through `uses`,
///   the controls that reuse those rules count it too.
/// - Anywhere else it is `misfiled`.
public struct Classifier: Sendable {
    public let layout: EvidenceLayout
    private let rulesById: [String: (control: String, rule: EvidenceRule)]
    private let orderOfRule: [String: Int]
    /// Every rule with its compiled patterns, in catalog order, and the same per control.
    private let patterned: [(id: String, patterns: [FilePattern])]
    private let patternedByControl: [String: [(id: String, patterns: [FilePattern])]]

    public init(catalog: StandardsCatalog) {
        layout = EvidenceLayout(catalog: catalog)
        var byId: [String: (control: String, rule: EvidenceRule)] = [:]
        var order: [String: Int] = [:]
        var all: [(id: String, patterns: [FilePattern])] = []
        var byControl: [String: [(id: String, patterns: [FilePattern])]] = [:]
        for control in catalog.controls {
            for rule in control.evidenceRules {
                byId[rule.id] = (control.id, rule)
                order[rule.id] = order.count
                let compiled = (id: rule.id, patterns: rule.patterns.map(FilePattern.init))
                all.append(compiled)
                byControl[control.id, default: []].append(compiled)
            }
        }
        rulesById = byId
        orderOfRule = order
        patterned = all
        patternedByControl = byControl
    }

    /// Classifies every file and checks the metadata against what is really there.
    public func classify(paths: [EvidencePath], metadata: [BuktiFile])
        -> (files: [ClassifiedFile], problems: [MetadataProblem]) {
        var problems: [MetadataProblem] = []
        var entries: [EvidencePath: BuktiEntry] = [:]
        let existing = metadata.isEmpty ? [] : Set(paths)
        for file in metadata {
            let placement = layout.placement(of: file.path)
            if case .misfiled = placement {
                problems.append(MetadataProblem(file: file.path.string, line: 0, issue: .outsideFolders))
                continue
            }
            for entry in file.entries {
                let target = EvidencePath(file.path.folder + "/" + entry.fileName)
                problems += check(entry, placement: placement, exists: existing.contains(target),
                                  siblings: { Self.names(in: file.path.folder, among: paths) })
                entries[target] = entry
            }
        }
        // The walk lists a folder's files together: placement and candidate rules are worked
        // out once per run of files in the same folder, and equal rule lists share storage.
        var placements: [Substring: Placement] = [:]
        var current: (folder: Substring, placement: Placement)? = nil
        var matcher = RunMatcher()
        var files: [ClassifiedFile] = []
        files.reserveCapacity(paths.count)
        for path in paths {
            let (folder, name) = Self.split(path.string)
            if current == nil || !current!.folder.utf8.elementsEqual(folder.utf8) {
                let placement = placements[folder] ?? layout.placement(folder: String(folder))
                placements[folder] = placement
                current = (folder, placement)
                matcher = RunMatcher(candidates: candidates(for: placement))
            }
            files.append(classify(path, name: name, placement: current!.placement,
                                  entry: entries.isEmpty ? nil : entries[path], matcher: &matcher))
        }
        for file in files {
            guard let entry = file.entry, entry.validUntil == nil,
                  file.rules.contains(where: { rulesById[$0]?.rule.kind == .sk }) else { continue }
            problems.append(MetadataProblem(file: entry.source, line: entry.line, issue: .decreeWithoutWindow(file: entry.fileName)))
        }
        return (files, problems.sorted { ($0.file, $0.line, $0.message) < ($1.file, $1.line, $1.message) })
    }

    private func classify(_ path: EvidencePath, name: Substring, placement: Placement, entry: BuktiEntry?,
                          matcher: inout RunMatcher) -> ClassifiedFile {
        var rules: [String] = []
        var status = FileStatus.misfiled
        switch placement {
        case .misfiled where EvidenceLayout.isAnswerFile(path):
            status = .assessment
        case .misfiled:
            status = .misfiled
        case .control, .shared:
            if name == EvidenceLayout.metadataFileName || name == EvidenceLayout.readmeFileName {
                return ClassifiedFile(path: path, placement: placement, status: .metadata, rules: [], entry: nil)
            }
            rules = matchingRules(name, placement: placement, entry: entry, matcher: &matcher)
            status = rules.isEmpty ? .unclassified : .classified
        }
        return ClassifiedFile(path: path, placement: placement, status: status, rules: rules, entry: entry)
    }

    private func candidates(for placement: Placement) -> [(id: String, patterns: [FilePattern])] {
        switch placement {
        case .control(_, let control): patternedByControl[control] ?? []
        case .shared: patterned
        case .misfiled: []
        }
    }

    private func matchingRules(_ name: Substring, placement: Placement, entry: BuktiEntry?,
                               matcher: inout RunMatcher) -> [String] {
        let control: String? = if case .control(_, let id) = placement { id } else { nil }
        if let entry, !entry.rules.isEmpty {
            return entry.rules.filter { id in
                guard let found = rulesById[id] else { return false }
                return control == nil || found.control == control
            }.sorted { orderOfRule[$0, default: 0] < orderOfRule[$1, default: 0] }
        }
        return matcher.rules(matching: name)
    }

    /// The folder and the file name of a path (the folder is empty at the root).
    private static func split(_ path: String) -> (folder: Substring, name: Substring) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return ("", path[...]) }
        return (path[..<slash], path[path.utf8.index(after: slash)...])
    }

    /// The names of the files directly in `folder`.
    private static func names(in folder: String, among paths: [EvidencePath]) -> [String] {
        paths.filter { $0.folder == folder }.map(\.name)
            .filter { $0 != EvidenceLayout.metadataFileName && $0 != EvidenceLayout.readmeFileName }
    }

    private func check(_ entry: BuktiEntry, placement: Placement, exists: Bool,
                       siblings: () -> [String]) -> [MetadataProblem] {
        var issues: [MetadataIssue] = []
        if !exists {
            issues.append(.fileNotInFolder(file: entry.fileName,
                                           suggestion: NameSuggestion.closest(to: entry.fileName, among: siblings())))
        }
        let control: String? = if case .control(_, let id) = placement { id } else { nil }
        for id in entry.rules {
            guard let found = rulesById[id] else {
                issues.append(.unknownRule(rule: id))
                continue
            }
            if let control, found.control != control {
                issues.append(.ruleOfOtherControl(rule: id, control: found.control, folder: control))
            }
        }
        if let from = entry.validFrom, let until = entry.validUntil, from > until {
            issues.append(.windowReversed(from: from, until: until))
        }
        return issues.map { MetadataProblem(file: entry.source, line: entry.line, issue: $0) }
    }
}

/// Matches the names of one folder's files against that folder's candidate rules, reusing
/// one buffer for the lower-cased name and one array per distinct result.
private struct RunMatcher {
    var candidates: [(id: String, patterns: [FilePattern])] = []
    private var subject: [Unicode.Scalar] = []
    private var results: [UInt64: [String]] = [:]

    init() {}

    init(candidates: [(id: String, patterns: [FilePattern])]) {
        self.candidates = candidates
    }

    mutating func rules(matching name: Substring) -> [String] {
        FilePattern.subject(name, into: &subject)
        guard candidates.count <= 64 else {
            return candidates.filter { $0.patterns.contains { $0.matches(lowercased: subject) } }.map(\.id)
        }
        var mask: UInt64 = 0
        for (bit, candidate) in candidates.enumerated()
        where candidate.patterns.contains(where: { $0.matches(lowercased: subject) }) {
            mask |= 1 << UInt64(bit)
        }
        if mask == 0 { return [] }
        if let shared = results[mask] { return shared }
        let rules = candidates.indices.filter { mask & (1 << UInt64($0)) != 0 }.map { candidates[$0].id }
        results[mask] = rules
        return rules
    }
}
