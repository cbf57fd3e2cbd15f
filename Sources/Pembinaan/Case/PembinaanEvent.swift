import Catalog
public import Core

/// A letter of LKPP (surat pemberitahuan, keputusan): its number and dates.
public struct Notice: Sendable, Hashable, Codable {
    /// Nomor surat.
    public var number: String
    /// The date it was signed (ditetapkan).
    public var issuedOn: CivilDate?
    /// The date it was sent (dikirim).
    public var sentOn: CivilDate?

    public init(number: String, issuedOn: CivilDate? = nil, sentOn: CivilDate? = nil) {
        self.number = number
        self.issuedOn = issuedOn
        self.sentOn = sentOn
    }
}

/// A temuan (finding): a non-conformity with a standard, the reason for a case.
public struct Finding: Sendable, Hashable, Codable {
    public var id: String
    /// The standard, `S01` ... `S17`.
    public var standard: String
    /// The control, e.g. `S03.2`, when known.
    public var control: String?
    public var description: String
    /// How serious the assessor judged it (`mayor`, `minor`, `observasi`), when known.
    public var severity: String?
    /// What the LPSE must do (rekomendasi perbaikan), when the assessor wrote it.
    public var rekomendasi: String?

    public init(id: String, standard: String, control: String? = nil, description: String,
                severity: String? = nil, rekomendasi: String? = nil) {
        self.id = id
        self.standard = standard
        self.control = control
        self.description = description
        self.severity = severity
        self.rekomendasi = rekomendasi
    }
}

/// The result of LKPP's examination of a keberatan.
public enum KeberatanDecision: Sendable, Hashable, Codable {
    /// The action stands.
    case dikuatkan
    /// The action is changed to a lighter stage, with the decision's notice.
    case diubah(to: SanctionStage, notice: Notice)
    /// The action is cancelled: the case returns to where it was before it.
    case dibatalkan
}

/// One fact in the pembinaan record of an LPSE: who did what, when, on which basis.
///
/// The state of every case and certificate is the fold of these events in order
/// (``PembinaanRegister``); nothing else is stored.
public struct PembinaanEvent: Sendable, Hashable, Codable {
    /// What happened.
    public enum Payload: Sendable, Hashable, Codable {
        /// LKPP issues (or renews) certificates for standards (penetapan), on a recorded penilaian
        /// faktual in which each of them is terpenuhi (`nil` only in a refused event).
        case sertifikatDiterbitkan(standards: [String], catalogVersion: String, decision: Notice,
                                   faktual: RecordedFaktual? = nil)
        /// LKPP opens a case from findings, imposing a rekomendasi with `notice`.
        case kasusDibuka(findings: [Finding], notice: Notice)
        /// The LPSE received the notice of the current action on `date` (with its proof).
        case pemberitahuanDiterima(date: CivilDate, proof: String)
        /// The LPSE files its follow-up (tindak lanjut) of the current action.
        case tindakLanjutDiajukan(summary: String)
        /// LKPP verifies the follow-up; at pencabutan an accepted one is a passed penilaian ulang,
        /// which must be a recorded penilaian faktual (`penilaianUlang`) after the pencabutan.
        case perbaikanDiverifikasi(accepted: Bool, note: String, penilaianUlang: RecordedFaktual? = nil)
        /// LKPP escalates the case one stage up.
        case eskalasi(to: SanctionStage, notice: Notice)
        /// The LPSE objects to the current action.
        case keberatanDiajukan(reason: String)
        /// LKPP decides the pending keberatan.
        case keberatanDiputus(decision: KeberatanDecision, note: String)
        /// LKPP records an SLA breach: penghentian from any stage, or as a new case.
        case pelanggaranSLA(description: String, notice: Notice)
        /// LKPP restores SPSE service after penghentian (pemulihan), on the event's basis.
        case pemulihan(note: String)
    }

    /// The LPSE concerned.
    public var lpse: String
    /// The case, for every payload but ``Payload/sertifikatDiterbitkan(standards:catalogVersion:decision:faktual:)``.
    public var caseId: String?
    /// Who acted, by name.
    public var actor: String
    public var role: Role
    /// When the event was recorded.
    public var at: Instant
    /// The LPSE's time zone: civil dates of the case are dates in this zone.
    public var zone: IndonesianZone
    /// The regulation articles and finding ids the act rests on.
    public var basis: [String]
    public var payload: Payload

    public init(lpse: String, caseId: String?, actor: String, role: Role, at: Instant, zone: IndonesianZone,
                basis: [String] = [], payload: Payload) {
        self.lpse = lpse
        self.caseId = caseId
        self.actor = actor
        self.role = role
        self.at = at
        self.zone = zone
        self.basis = basis
        self.payload = payload
    }

    /// The civil date of the event in the LPSE's zone.
    public var civilDate: CivilDate {
        zone.civilDate(of: at)
    }

    /// The event's name as the log and the CLI write it: `eskalasi`, `keberatan-diajukan`, ...
    public var name: String {
        switch payload {
        case .sertifikatDiterbitkan: "sertifikat-diterbitkan"
        case .kasusDibuka: "kasus-dibuka"
        case .pemberitahuanDiterima: "pemberitahuan-diterima"
        case .tindakLanjutDiajukan: "tindak-lanjut-diajukan"
        case .perbaikanDiverifikasi: "perbaikan-diverifikasi"
        case .eskalasi: "eskalasi"
        case .keberatanDiajukan: "keberatan-diajukan"
        case .keberatanDiputus: "keberatan-diputus"
        case .pelanggaranSLA: "pelanggaran-sla"
        case .pemulihan: "pemulihan"
        }
    }
}
