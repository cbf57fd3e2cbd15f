import Catalog
public import Core

/// The status of one evidence rule, most serious first.
public enum RuleStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Fewer files than the rule's minimum.
    case missing
    /// A file the rule counts changed (or disappeared) since the last seal.
    case tampered
    /// Enough files, but too few of them current: too old for the freshness, outside their
    /// validity window, or of another tahun anggaran.
    case expired
    /// Current files whose content fails the rule's content check (a missing column, a value
    /// not allowed, an overdue row, a phrase not found, a malformed register).
    case content
    /// A current file lacks the ratification (signature) the rule expects.
    case unsigned
    /// Met, but ceases to be within the warning period.
    case expiring
    /// Met.
    case ok

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: RuleStatus, rhs: RuleStatus) -> Bool { lhs.rank < rhs.rank }
}

/// Where a document's date came from (standar-17.md §2: metadata, then name, then mtime).
public enum DateSource: String, Sendable, Hashable, Codable {
    /// `tanggal` in `bukti.xml`.
    case metadata
    /// `_YYYY-MM-DD` in the file name.
    case fileName = "file-name"
    /// The file's modification time: flagged, as copying a file changes it.
    case modificationTime = "mtime"
}

/// The evaluation of one evidence rule.
public struct RuleFinding: Sendable, Hashable, Codable {
    public var standard: String
    public var control: String
    public var rule: String
    public var status: RuleStatus
    /// Every file the rule counts (its own, shared, and those of the rules it uses).
    public var files: [EvidencePath]
    /// The rule's minimum number of files.
    public var minimum: Int
    /// How many of ``files`` are current.
    public var current: Int
    /// The last day the rule is (or was) met through its dates, when it has date rules.
    public var validUntil: CivilDate?
    /// Current files without a recorded ratification, when one is expected.
    public var unsigned: [EvidencePath]
    /// Counted files whose content differs from the last seal.
    public var tampered: [EvidencePath]
    /// Files sealed for this rule that no longer exist.
    public var removed: [EvidencePath]
    /// Counted files dated by their modification time only.
    public var datedByModificationTime: [EvidencePath]
    /// For a `tampered` rule: each changed or removed file with the hash the seal recorded and
    /// the current one, in path order (`nil` when nothing differs from the seal).
    public var sealChanges: [SealDeviation]?
    /// For a `missing` rule with a file-name pattern: where a document would satisfy it, a
    /// name in its control folder (`Evidence/S12-kelangsungan/S12.3/laporan-simulasi_2026-11-25.pdf`).
    public var expectedFile: String?
    /// What the rule's content check found in the documents it read (failures and notices),
    /// `nil` when no content check ran.
    public var content: [ContentFinding]?

    /// The content findings that fail the rule.
    public var contentFailures: [ContentFinding] { (content ?? []).filter(\.failing) }
    /// The documents the content check could not read here (notices).
    public var contentNotices: [ContentFinding] { (content ?? []).filter { !$0.failing } }

    public init(standard: String, control: String, rule: String, status: RuleStatus, files: [EvidencePath] = [],
                minimum: Int = 1, current: Int = 0, validUntil: CivilDate? = nil, unsigned: [EvidencePath] = [],
                tampered: [EvidencePath] = [], removed: [EvidencePath] = [], datedByModificationTime: [EvidencePath] = []) {
        self.standard = standard
        self.control = control
        self.rule = rule
        self.status = status
        self.files = files
        self.minimum = minimum
        self.current = current
        self.validUntil = validUntil
        self.unsigned = unsigned
        self.tampered = tampered
        self.removed = removed
        self.datedByModificationTime = datedByModificationTime
    }
}

/// The evaluation of one file.
public struct FileFinding: Sendable, Hashable, Codable {
    public var path: EvidencePath
    public var status: FileStatus
    public var rules: [String]
    /// The document date and where it came from (none for metadata, unreadable or misfiled files).
    public var date: CivilDate?
    public var dateSource: DateSource?
    /// Why a misfiled, symlinked or unreadable file is reported, in English (see ``issue``).
    public var detail: String?
    /// Why a misfiled, symlinked or unreadable file is reported, for wording in any language.
    public var issue: FileIssue?
    /// The content changed since the last seal.
    public var tampered: Bool
    /// For an unclassified file: the file-name patterns of its folder's rules.
    public var expectedPatterns: [String]?
    /// For an unclassified file: the path it would prove a rule under (its words, the likeliest
    /// rule's pattern, its date or `YYYY-MM-DD`).
    public var suggestedPath: String?
    /// A date written in the name in another form than `_YYYY-MM-DD` (`10-01-2026`), not read.
    public var unreadDate: String?
    /// The same day written as the convention wants (`_2026-01-10`).
    public var conventionalDate: String?

    public init(path: EvidencePath, status: FileStatus, rules: [String] = [], date: CivilDate? = nil,
                dateSource: DateSource? = nil, detail: String? = nil, tampered: Bool = false) {
        self.path = path
        self.status = status
        self.rules = rules
        self.date = date
        self.dateSource = dateSource
        self.detail = detail
        self.tampered = tampered
    }

    /// A file reported for `issue` (its ``detail`` is the issue in English).
    public init(path: EvidencePath, status: FileStatus, issue: FileIssue) {
        self.init(path: path, status: status, detail: issue.englishDetail)
        self.issue = issue
    }
}

/// Everything `patuh periksa` found: per rule, per file, and in the metadata.
public struct EvidenceReport: Sendable, Hashable, Codable {
    /// The assessment day in the LPSE's zone.
    public var today: CivilDate
    public var rules: [RuleFinding]
    public var files: [FileFinding]
    public var metadataProblems: [MetadataProblem]
    /// Sealed files no rule counts (the answer files, misfiled files, files no longer matched)
    /// that changed or disappeared since the seal, in path order (issue 18): the rules'
    /// `tampered` cannot see them. `nil` when there is no seal.
    public var sealChanges: [SealDeviation]?

    public init(today: CivilDate, rules: [RuleFinding], files: [FileFinding], metadataProblems: [MetadataProblem],
                sealChanges: [SealDeviation]? = nil) {
        self.today = today
        self.rules = rules
        self.files = files
        self.metadataProblems = metadataProblems
        self.sealChanges = sealChanges
    }
}
