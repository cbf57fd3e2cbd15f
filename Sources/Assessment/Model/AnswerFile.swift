import Catalog

/// The LPSE an answer file is about.
public struct LPSEIdentity: Sendable, Hashable, Codable {
    /// A stable identifier, e.g. `lpse-kab-contoh`.
    public var id: String
    /// The LPSE's name, e.g. `LPSE Kabupaten Contoh`.
    public var name: String
    /// The instansi (ministry, agency or local government) that owns it.
    public var instansi: String

    /// Creates an identity.
    public init(id: String, name: String, instansi: String) {
        self.id = id
        self.name = name
        self.instansi = instansi
    }
}

/// A person who took part in an assessment.
public struct Assessor: Sendable, Hashable, Codable {
    /// Full name.
    public var name: String
    /// Role in the assessment (e.g. `Ketua Tim Penilai Internal`, `Asesor LKPP`).
    public var role: String
    /// The institution the assessor belongs to.
    public var institution: String
    /// Nomor Induk Pegawai, the civil-servant number an official signature block shows; optional.
    public var nip: String?
    /// Where the assessor signs (the signature block's place, e.g. `Jakarta`); optional.
    public var place: String?

    /// Creates an assessor.
    public init(name: String, role: String, institution: String, nip: String? = nil, place: String? = nil) {
        self.name = name
        self.role = role
        self.institution = institution
        self.nip = nip
        self.place = place
    }
}

/// Why a control got its status, as in SPBE evaluations: the facts seen, then the analysis.
public struct Justification: Sendable, Hashable, Codable {
    /// Fakta: what was seen (documents, records, interviews).
    public var fakta: String
    /// Analisis: why those facts give the status.
    public var analisis: String

    /// Creates a justification.
    public init(fakta: String, analisis: String) {
        self.fakta = fakta
        self.analisis = analisis
    }
}

/// A piece of evidence an answer cites: a file under `Evidence/`, or an evidence rule id.
public enum EvidenceCitation: Sendable, Hashable, Codable {
    /// A file path, relative to the workspace's `Evidence/` folder.
    case file(String)
    /// An evidence rule of the catalog, e.g. `S03.2.E1`.
    case rule(String)
}

/// An assessor changing a result: always recorded, never silent.
public struct Override: Sendable, Hashable, Codable {
    /// The status before the change.
    public var from: ControlStatus
    /// The status after the change (the control's status in the file).
    public var to: ControlStatus
    /// Who decided, with the capacity they decided in.
    public var authority: String
    /// When, as an ISO 8601 instant or date.
    public var time: String
    /// Why.
    public var remark: String

    /// Creates an override.
    public init(from: ControlStatus, to: ControlStatus, authority: String, time: String, remark: String) {
        self.from = from
        self.to = to
        self.authority = authority
        self.time = time
        self.remark = remark
    }
}

/// The answer for one control.
public struct ControlAnswer: Sendable, Hashable, Codable {
    /// The control id, e.g. `S03.2`.
    public var controlId: String
    public var status: ControlStatus
    /// Required unless the status is ``ControlStatus/memenuhi``.
    public var justification: Justification?
    public var evidence: [EvidenceCitation]
    /// The status was proposed by `patuh penilaian template` and not yet reviewed by a person.
    public var proposed: Bool
    /// Only in a faktual file.
    public var override: Override?
    /// Only in a faktual file.
    public var findings: [Temuan]
    /// Where the answer is written.
    public var source: SourceLocation

    /// Creates an answer.
    public init(controlId: String, status: ControlStatus, justification: Justification? = nil,
                evidence: [EvidenceCitation] = [], proposed: Bool = false, override: Override? = nil,
                findings: [Temuan] = [], source: SourceLocation = .unknown) {
        self.controlId = controlId
        self.status = status
        self.justification = justification
        self.evidence = evidence
        self.proposed = proposed
        self.override = override
        self.findings = findings
        self.source = source
    }
}

/// One answer file: a penilaian mandiri or faktual of one LPSE against one catalog version.
///
/// ## Topics
/// - ``statuses``
/// - ``findings``
public struct AnswerFile: Sendable, Hashable, Codable {
    public var lpse: LPSEIdentity
    public var kind: AssessmentKind
    public var assessors: [Assessor]
    /// The date of the assessment, `YYYY-MM-DD`.
    public var date: String
    /// The catalog version the file was made against.
    public var catalogVersion: String
    /// The answers in file order.
    public var answers: [ControlAnswer]
    /// The file the answers were read from.
    public var path: String

    /// Creates an answer file.
    public init(lpse: LPSEIdentity, kind: AssessmentKind, assessors: [Assessor] = [], date: String,
                catalogVersion: String, answers: [ControlAnswer], path: String = "") {
        self.lpse = lpse
        self.kind = kind
        self.assessors = assessors
        self.date = date
        self.catalogVersion = catalogVersion
        self.answers = answers
        self.path = path
    }

    /// Each assessed control's status, by control id: what the scorer reads.
    public var statuses: [String: ControlStatus] {
        Dictionary(answers.map { ($0.controlId, $0.status) }, uniquingKeysWith: { first, _ in first })
    }

    /// The answer for a control, if the file has one.
    public func answer(_ controlId: String) -> ControlAnswer? {
        answers.first { $0.controlId == controlId }
    }

    /// Every finding of the file, in file order.
    public var findings: [Temuan] { answers.flatMap(\.findings) }

    /// Every override of the file, with its control, in file order.
    public var overrides: [(controlId: String, override: Override)] {
        answers.compactMap { answer in answer.override.map { (answer.controlId, $0) } }
    }
}
