public import Core

/// An LPSE in LKPP's portfolio: who it is and where (from its `patuh.xml` as submitted).
public struct LPSERecord: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var instansi: String
    /// `WIB`, `WITA` or `WIT`.
    public var zone: IndonesianZone
    /// The province (`patuh.xml` `<provinsi>`), when declared.
    public var province: String?
    /// The kind of instansi (`kementerian`, `lembaga`, `provinsi`, `kabupaten`, `kota`, ...), when declared.
    public var instansiKind: String?

    public init(id: String, name: String, instansi: String, zone: IndonesianZone, province: String? = nil, instansiKind: String? = nil) {
        self.id = id
        self.name = name
        self.instansi = instansi
        self.zone = zone
        self.province = province
        self.instansiKind = instansiKind
    }
}

/// What a submitted paket is: the LPSE's pengajuan (penilaian mandiri with its evidence) or
/// LKPP's hasil (the penilaian faktual).
public enum SubmissionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case pengajuan
    case hasil

    /// The penilaian a paket of this kind carries.
    public var assessmentKind: String { self == .pengajuan ? "mandiri" : "faktual" }
}

/// One standard's mark in a scored submission.
public struct StandardMark: Sendable, Hashable, Codable {
    public var standardId: String
    /// The percentage as the scoring policy rounds it (nil when the standard was not assessed).
    public var percent: Double?
    public var terpenuhi: Bool

    public init(standardId: String, percent: Double?, terpenuhi: Bool) {
        self.standardId = standardId
        self.percent = percent
        self.terpenuhi = terpenuhi
    }
}

/// A file of a received paket, stored content-addressed under `berkas/sha256/`.
public struct SubmissionFile: Sendable, Hashable, Codable {
    public var path: String
    public var role: String
    public var sha256: String
    public var size: Int64

    public init(path: String, role: String, sha256: String, size: Int64) {
        self.path = path
        self.role = role
        self.sha256 = sha256
        self.size = size
    }
}

/// A received paket, verified and scored.
public struct Submission: Sendable, Hashable, Codable {
    /// The store's number for it (nil before it is stored).
    public var id: Int64?
    public var lpseId: String
    public var kind: SubmissionKind
    /// The paket's identity: SHA-256 of its manifest.
    public var paketSHA256: String
    /// When the server received it, and who uploaded it.
    public var receivedAt: Instant
    public var uploader: String
    /// When the paket says it was made.
    public var createdAt: Instant
    /// The verification outcome (`ok`: signature, trust, LPSE, catalog and every file hash checked).
    public var verification: String
    /// The signer's key fingerprint.
    public var signer: String
    public var catalogVersion: String
    /// The penilaian's date (`YYYY-MM-DD`).
    public var assessmentDate: String
    /// Standards met and assessed in the catalog (N of 17).
    public var terpenuhi: Int
    public var standardCount: Int
    public var eligible: Bool
    public var marks: [StandardMark]
    /// The HTML report of this submission per language (`id`, `en`): SHA-256 of the stored file.
    public var reports: [String: String]
    public var files: [SubmissionFile]

    public init(id: Int64? = nil, lpseId: String, kind: SubmissionKind, paketSHA256: String, receivedAt: Instant, uploader: String,
                createdAt: Instant, verification: String, signer: String, catalogVersion: String, assessmentDate: String,
                terpenuhi: Int, standardCount: Int, eligible: Bool, marks: [StandardMark], reports: [String: String],
                files: [SubmissionFile]) {
        self.id = id
        self.lpseId = lpseId
        self.kind = kind
        self.paketSHA256 = paketSHA256
        self.receivedAt = receivedAt
        self.uploader = uploader
        self.createdAt = createdAt
        self.verification = verification
        self.signer = signer
        self.catalogVersion = catalogVersion
        self.assessmentDate = assessmentDate
        self.terpenuhi = terpenuhi
        self.standardCount = standardCount
        self.eligible = eligible
        self.marks = marks
        self.reports = reports
        self.files = files
    }
}

/// Who may do what on the server.
public enum UserRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// Everything, users included.
    case admin
    /// Every LPSE: reads, uploads, records pembinaan steps.
    case asesor
    /// One LPSE: sees and submits only for it.
    case lpse
}

/// A server account. The password is kept only as a bcrypt hash.
public struct UserAccount: Sendable, Hashable {
    public var id: Int64?
    public var username: String
    public var displayName: String
    public var role: UserRole
    /// The LPSE an `lpse` account is bound to.
    public var lpseId: String?
    public var passwordHash: String
    public var active: Bool
    public var createdAt: Instant

    public init(id: Int64? = nil, username: String, displayName: String, role: UserRole, lpseId: String?,
                passwordHash: String, active: Bool = true, createdAt: Instant) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.lpseId = lpseId
        self.passwordHash = passwordHash
        self.active = active
        self.createdAt = createdAt
    }

    /// Whether this account may see the LPSE `id`.
    public func mayAccess(lpse id: String) -> Bool {
        role != .lpse || lpseId == id
    }
}

/// A login session. The store keeps the SHA-256 of the cookie's token, never the token.
public struct SessionRecord: Sendable, Hashable {
    public var tokenHash: String
    public var userId: Int64
    /// The CSRF token every form of this session carries.
    public var csrfToken: String
    public var createdAt: Instant
    public var expiresAt: Instant

    public init(tokenHash: String, userId: Int64, csrfToken: String, createdAt: Instant, expiresAt: Instant) {
        self.tokenHash = tokenHash
        self.userId = userId
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}

/// One line of the audit log: who did what to which object, when.
public struct AuditEntry: Sendable, Hashable, Codable {
    public var id: Int64?
    public var at: Instant
    public var actor: String
    /// A code: `login`, `login-failed`, `logout`, `paket-diterima`, `paket-ditolak`, `pembinaan`, `sertifikat`, `pengguna`, ...
    public var action: String
    /// What it concerned (`lpse:ID`, `kasus:K-2026-001`, `pengguna:NAME`, `paket:SHA256`).
    public var object: String
    public var detail: String

    public init(id: Int64? = nil, at: Instant, actor: String, action: String, object: String, detail: String = "") {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.object = object
        self.detail = detail
    }
}

/// Which LPSEs the portfolio lists: every condition given must hold.
public struct PortfolioFilter: Sendable, Hashable {
    public var province: String?
    public var instansiKind: String?
    /// `memenuhi` (all standards met in the latest hasil, else the latest pengajuan), `belum`
    /// or `belum-menilai` (nothing submitted).
    public var standing: String?
    /// Text found (ignoring case) in the LPSE's id, name, instansi or province.
    public var search: String?
    /// Only these LPSEs (an `lpse` account's own, those with an open case); `nil`: every LPSE.
    public var only: [String]?

    public init(province: String? = nil, instansiKind: String? = nil, standing: String? = nil, search: String? = nil,
                only: [String]? = nil) {
        self.province = province
        self.instansiKind = instansiKind
        self.standing = standing
        self.search = search
        self.only = only
    }
}

/// How the store orders the portfolio: by name, or by the standards met in the latest mandiri
/// or faktual (an LPSE without one counts as -1), then by name, then by id.
public enum PortfolioOrder: String, Sendable, Hashable, CaseIterable {
    case name, mandiri, faktual
}

/// One LPSE's line of the portfolio as the store aggregates it.
public struct PortfolioSummary: Sendable, Hashable {
    public var lpse: LPSERecord
    /// The latest pengajuan (mandiri) and hasil (faktual), with marks, without files.
    public var mandiri: Submission?
    public var faktual: Submission?
    /// Standards met by each pengajuan, oldest first.
    public var trend: [Int]

    public init(lpse: LPSERecord, mandiri: Submission?, faktual: Submission?, trend: [Int]) {
        self.lpse = lpse
        self.mandiri = mandiri
        self.faktual = faktual
        self.trend = trend
    }

    /// The lines of `ids` in that order from what a store read: LPSEs by id, the latest
    /// submissions of each kind, the trends.
    static func assemble(_ ids: [String], lpses: [String: LPSERecord], latest: [Submission], trends: [String: [Int]]) -> [PortfolioSummary] {
        var mandiri: [String: Submission] = [:]
        var faktual: [String: Submission] = [:]
        for submission in latest {
            if submission.kind == .pengajuan { mandiri[submission.lpseId] = submission } else { faktual[submission.lpseId] = submission }
        }
        return ids.compactMap { id in
            lpses[id].map { PortfolioSummary(lpse: $0, mandiri: mandiri[id], faktual: faktual[id], trend: trends[id] ?? []) }
        }
    }

    /// The key the stores compare names by, and the text a search looks in.
    public static func sortName(_ lpse: LPSERecord) -> String { lpse.name.lowercased() }
    public static func searchText(_ lpse: LPSERecord) -> String {
        [lpse.id, lpse.name, lpse.instansi, lpse.province ?? ""].joined(separator: " ").lowercased()
    }
}
