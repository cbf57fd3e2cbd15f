/// The kind of document an evidence rule expects (a closed list, from `standar-17.md` §2).
public enum EvidenceKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A policy.
    case kebijakan
    /// A decree (surat keputusan) of appointment or establishment, with a validity window.
    case sk
    /// An SOP, plan or procedure (tata cara).
    case prosedur
    /// A blank form or template.
    case formulir
    /// A filled record or log.
    case rekaman
    /// A periodic report.
    case laporan
    /// A contract, SLA or NDA.
    case kontrak
    /// A maintained list.
    case register
}

/// Who decides whether a rule is met: software, software then a person, or a person.
public enum CheckMode: String, Sendable, Hashable, Codable, CaseIterable {
    case auto
    case autoPartial = "auto-partial"
    case human
}

/// What a control expects as evidence: which files, how many, how fresh, signed or not.
public struct EvidenceRule: Sendable, Hashable, Codable, Identifiable {
    /// The rule id, prefixed by its control's id: `S03.2.E1`.
    public var id: String
    public var kind: EvidenceKind
    /// Shell-style patterns (`*`, `?`) matched case-insensitively against base names in the
    /// control's folder. Either pattern matches.
    public var patterns: [String]
    /// Ids of other rules whose files count for this one too.
    public var uses: [String]
    /// The least number of files; 0 means "one per event, if any occurred".
    public var minimumCount: Int
    /// One file per staff member (`minFrom="jumlah-pegawai"`): when the workspace profile
    /// declares `<jumlah-pegawai>`, the least number of files is that count (never below
    /// ``minimumCount``); without it, ``minimumCount``.
    public var minimumPerStaff: Bool
    /// The newest document may be at most this many days old.
    public var freshnessDays: Int?
    /// The document must declare a validity window that contains the assessment date.
    public var validityWindow: Bool
    /// The document must be of the current fiscal year (tahun anggaran).
    public var fiscalYear: Bool
    /// The document must be signed and dated.
    public var signatureExpected: Bool
    /// Who signs, when not the Kepala LPSE.
    public var signer: String?
    public var check: CheckMode
    /// What the check looks at, in words.
    public var checkNote: String?
    /// What Patuh checks inside the documents (`<register>` or `<text>` in `<check>`), if anything.
    public var content: ContentCheck?
    /// The file and line the rule was defined at.
    public var source: SourceLocation

    public init(
        id: String, kind: EvidenceKind, patterns: [String] = [], uses: [String] = [], minimumCount: Int = 1,
        freshnessDays: Int? = nil, validityWindow: Bool = false, fiscalYear: Bool = false,
        signatureExpected: Bool = false, signer: String? = nil, check: CheckMode = .human,
        checkNote: String? = nil, content: ContentCheck? = nil, minimumPerStaff: Bool = false,
        source: SourceLocation = .unknown
    ) {
        self.id = id
        self.kind = kind
        self.patterns = patterns
        self.uses = uses
        self.minimumCount = minimumCount
        self.minimumPerStaff = minimumPerStaff
        self.freshnessDays = freshnessDays
        self.validityWindow = validityWindow
        self.fiscalYear = fiscalYear
        self.signatureExpected = signatureExpected
        self.signer = signer
        self.check = check
        self.checkNote = checkNote
        self.content = content
        self.source = source
    }
}

extension EvidenceRule {
    /// The least number of files the rule needs for an LPSE with `staff` staff members (when
    /// its profile says so): the staff count for a per-staff rule, never below ``minimumCount``.
    public func minimum(staff: Int?) -> Int {
        guard minimumPerStaff, let staff else { return minimumCount }
        return max(minimumCount, staff)
    }
}
