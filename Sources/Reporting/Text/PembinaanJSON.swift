public import Core
public import Pembinaan

/// The JSON shapes of `patuh pembinaan` and `patuh sertifikat` (`--format json`). Their keys
/// are Indonesian lowerCamelCase, as documented in `docs/naming.md`; codes stay codes, and
/// sentences (`keterangan`, `catatan`, `uraian`) are in the language asked for.
public enum PembinaanJSON {
    // MARK: - Status of one case

    /// `patuh pembinaan status CASE --format json`: the case's standing.
    public struct CaseStatus: Encodable, Sendable {
        public struct FindingView: Encodable, Sendable {
            var id: String
            var standar: String
            var kontrol: String?
            var uraian: String
            var tingkat: String?
            var rekomendasi: String?
        }

        public struct ActionView: Encodable, Sendable {
            var tahap: String
            var surat: String
            var ditetapkan: String?
            var dikirim: String?
            var dikenakan: String
            var diterima: String?
            var tindakLanjutDiajukan: String?
            var perbaikanDiterima: Bool
            var sertifikatDicabut: [String]
            var pelanggaranSLA: Bool
        }

        /// An open deadline; `lewat` is true once the day after it has begun in the LPSE's zone.
        public struct DeadlineView: Encodable, Sendable {
            var jenis: String
            var tahap: String
            var surat: String
            var tanggal: String
            var berakhirPada: String
            var lewat: Bool
            /// `berjalan`, `hari-terakhir` or `lewat`.
            var keadaan: String
        }

        public struct KeberatanView: Encodable, Sendable {
            var tahap: String
            var surat: String
            var diajukan: String
            var batas: String
            var status: String
            var putusanPalingLambat: String?
            var alasan: String
        }

        public struct StepView: Encodable, Sendable {
            var langkah: String
            var oleh: [String]
            var wajib: Bool
            var palingLambat: String?
            var mulai: String?
            var lewat: Bool
            var uraian: String
        }

        var kasus: String
        var lpse: String
        var zona: String
        var perTanggal: String
        var status: String
        var tahap: String?
        var temuan: [FindingView]
        var tindakan: [ActionView]
        var tenggatTerbuka: [DeadlineView]
        var keberatan: [KeberatanView]
        var keberatanTertunda: KeberatanView?
        var langkahBerikutnya: [StepView]
        var catatan: [String]

        public init(_ standing: CaseStanding, language: Language) {
            let state = standing.state
            let words = PembinaanWords(language)
            kasus = state.id
            lpse = state.lpse
            zona = state.zone.rawValue
            perTanggal = standing.today.description
            status = state.status.rawValue
            tahap = state.stage?.rawValue
            temuan = state.findings.map {
                FindingView(id: $0.id, standar: $0.standard, kontrol: $0.control, uraian: $0.description,
                            tingkat: $0.severity, rekomendasi: $0.rekomendasi)
            }
            tindakan = state.actions.map(Self.view)
            keberatan = state.keberatan.map(Self.view)
            keberatanTertunda = state.pendingKeberatan.map(Self.view)
            tenggatTerbuka = standing.openDeadlines.map { deadline in
                DeadlineView(jenis: deadline.kind.rawValue, tahap: deadline.stage.rawValue, surat: deadline.notice,
                             tanggal: deadline.date.description, berakhirPada: deadline.endsAt.iso8601(in: state.zone),
                             lewat: deadline.standing.isOverdue, keadaan: deadline.standing.code)
            }
            langkahBerikutnya = standing.nextSteps.map { step in
                StepView(langkah: step.code, oleh: step.actors.map(\.rawValue), wajib: step.required,
                         palingLambat: step.by?.description, mulai: step.from?.description, lewat: step.overdue,
                         uraian: words.nextStep(step))
            }
            catatan = standing.notes.map(words.note)
        }

        static func view(_ action: SanctionAction) -> ActionView {
            ActionView(tahap: action.stage.rawValue, surat: action.notice.number,
                       ditetapkan: action.notice.issuedOn?.description, dikirim: action.notice.sentOn?.description,
                       dikenakan: action.imposedOn.description, diterima: action.receivedOn?.description,
                       tindakLanjutDiajukan: action.followUpFiledOn?.description, perbaikanDiterima: action.remedyAccepted,
                       sertifikatDicabut: action.revokedStandards, pelanggaranSLA: action.forSLABreach)
        }

        static func view(_ record: KeberatanRecord) -> KeberatanView {
            KeberatanView(tahap: record.stage.rawValue, surat: record.notice, diajukan: record.filedOn.description,
                          batas: record.deadline.description, status: PembinaanWords.keberatanCode(record.status),
                          putusanPalingLambat: record.decisionDueBy?.description, alasan: record.reason)
        }
    }

    // MARK: - Every case

    /// One line of `patuh pembinaan status --format json`.
    public struct CaseSummary: Encodable, Sendable {
        var kasus: String
        var lpse: String
        var status: String
        var tahap: String?
        var tenggatLewat: [String]
        var keberatanTertunda: Bool

        public init(_ standing: CaseStanding) {
            let state = standing.state
            kasus = state.id
            lpse = state.lpse
            status = state.status.rawValue
            tahap = state.stage?.rawValue
            tenggatLewat = standing.overdueDeadlines.map { "\($0.kind.rawValue) \($0.date)" }
            keberatanTertunda = state.pendingKeberatan != nil
        }
    }

    // MARK: - Timeline

    /// One event of `patuh pembinaan riwayat --format json`, as stored, with what it did.
    public struct HistoryEntry: Encodable, Sendable {
        public struct NoticeView: Encodable, Sendable {
            var nomor: String?
            var ditetapkan: String?
            var dikirim: String?
            var diterima: String?
        }

        var urutan: Int
        var kasus: String?
        var urutanKasus: Int?
        var lpse: String
        var peristiwa: String
        var oleh: String
        var peran: String
        var pada: String
        var zona: String
        var tanggal: String
        var surat: NoticeView
        var dasar: [String]
        var data: PembinaanEvent.Payload
        /// The stage of the case after the event.
        var tahapSetelah: String?
        var statusSetelah: String?
        /// What the event did, in words.
        var keterangan: String
        var hashSebelumnya: String
        var hash: String

        public init(_ entry: CaseTimelineEntry, language: Language) {
            let event = entry.event
            urutan = entry.sequence
            kasus = event.caseId
            urutanKasus = entry.caseSequence
            lpse = event.lpse
            peristiwa = event.name
            oleh = event.actor
            peran = event.role.rawValue
            pada = event.at.iso8601(in: event.zone)
            zona = event.zone.rawValue
            tanggal = event.civilDate.description
            surat = NoticeView(nomor: entry.notice?.number, ditetapkan: entry.notice?.issuedOn?.description,
                               dikirim: entry.notice?.sentOn?.description, diterima: entry.received?.description)
            dasar = event.basis
            data = event.payload
            tahapSetelah = entry.after?.stage?.rawValue
            statusSetelah = entry.after?.status.rawValue
            keterangan = PembinaanWords(language).explain(event.payload, after: entry.after)
            hashSebelumnya = entry.previousHash
            hash = entry.hash
        }
    }

    /// What a mutating `patuh pembinaan` command prints with `--format json`.
    public struct Recorded: Encodable, Sendable {
        var peristiwa: HistoryEntry
        var kasus: CaseStatus?
        /// What the event did that a person must know although nothing was refused.
        var peringatan: [String]

        public init(_ entry: CaseTimelineEntry, standing: CaseStanding?, warnings: [CaseWarning], language: Language) {
            peristiwa = HistoryEntry(entry, language: language)
            kasus = standing.map { CaseStatus($0, language: language) }
            peringatan = warnings.map { $0.message(language) }
        }
    }

    // MARK: - Certificates

    /// One row of `patuh sertifikat daftar --format json`: a certificate, or a standard revoked
    /// without a certificate in force (no dates, `tanpaSertifikat` true).
    public struct CertificateRow: Encodable, Sendable {
        public struct ChangeView: Encodable, Sendable {
            var date: String
            var status: String
            var decision: String
        }

        var lpse: String
        var standar: String
        var status: String
        var diterbitkan: String?
        var berlakuSampai: String?
        var versiKatalog: String?
        var keputusan: String
        var riwayat: [ChangeView]
        var tanpaSertifikat: Bool?

        public init(_ certificate: Certificate, status: Certificate.Status, language: Language) {
            let words = PembinaanWords(language)
            lpse = certificate.lpse
            standar = certificate.standard
            self.status = status.rawValue
            diterbitkan = certificate.issuedOn.description
            berlakuSampai = certificate.validUntil.description
            versiKatalog = certificate.catalogVersion
            keputusan = certificate.history.last.map(words.decision) ?? certificate.decision
            riwayat = certificate.history.map {
                ChangeView(date: $0.date.description, status: $0.status.rawValue, decision: words.decision($0))
            }
        }

        public init(withoutCertificate revocation: Revocation, language: Language) {
            lpse = revocation.lpse
            standar = revocation.standard
            status = Certificate.Status.dicabut.rawValue
            keputusan = PembinaanWords(language).text("sertifikat.text.withoutCertificate",
                                                      ["notice": revocation.notice, "case": revocation.caseId])
            riwayat = []
            tanpaSertifikat = true
        }

        /// Every row of a listing: the certificates, then the standards revoked without one,
        /// sorted by LPSE and standard.
        public static func rows(_ certificates: [(Certificate, Certificate.Status)], revocations: [Revocation],
                                language: Language) -> [CertificateRow] {
            let rows = certificates.map { CertificateRow($0.0, status: $0.1, language: language) }
                + revocations.filter { !$0.hadCertificate }.map { CertificateRow(withoutCertificate: $0, language: language) }
            return rows.sorted { ($0.lpse, $0.standar) < ($1.lpse, $1.standar) }
        }
    }
}
