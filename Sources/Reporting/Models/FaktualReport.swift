/// The view model of the laporan penilaian faktual: the assessor's verdict beside the LPSE's
/// own claims, with calibration, every override and the findings, ready to be signed.
public struct FaktualReport: Sendable, Codable, Hashable {
    public var header: ReportHeader
    public var mandiriDate: String
    public var faktualDate: String
    public var summary: Summary
    public var standards: [StandardComparison]
    public var overrides: [Override]
    public var findings: [Finding]
    /// The signature block: the assessors who sign the report.
    public var signatories: [Signatory]

    public init(header: ReportHeader, mandiriDate: String, faktualDate: String, summary: Summary,
                standards: [StandardComparison], overrides: [Override], findings: [Finding], signatories: [Signatory]) {
        self.header = header
        self.mandiriDate = mandiriDate
        self.faktualDate = faktualDate
        self.summary = summary
        self.standards = standards
        self.overrides = overrides
        self.findings = findings
        self.signatories = signatories
    }

    /// Headline figures of both assessments and their calibration.
    public struct Summary: Sendable, Codable, Hashable {
        public var mandiriTerpenuhi: Int
        public var faktualTerpenuhi: Int
        public var of: Int
        /// Share of controls the LPSE rated higher than the assessor, in percent.
        public var rankedHigherPercent: Figure
        /// Mean of (LPSE's value − assessor's value) over controls both assessed, in points of 1.
        public var meanDifference: Figure
        public var controlsCompared: Int

        public init(mandiriTerpenuhi: Int, faktualTerpenuhi: Int, of: Int, rankedHigherPercent: Figure,
                    meanDifference: Figure, controlsCompared: Int) {
            self.mandiriTerpenuhi = mandiriTerpenuhi
            self.faktualTerpenuhi = faktualTerpenuhi
            self.of = of
            self.rankedHigherPercent = rankedHigherPercent
            self.meanDifference = meanDifference
            self.controlsCompared = controlsCompared
        }
    }

    /// One standard in both assessments.
    public struct StandardComparison: Sendable, Codable, Hashable {
        public var id: String
        public var name: String
        public var mandiriPercent: Figure
        public var faktualPercent: Figure
        public var mandiriTerpenuhi: Bool
        public var faktualTerpenuhi: Bool
        public var controls: [ControlComparison]

        public init(id: String, name: String, mandiriPercent: Figure, faktualPercent: Figure, mandiriTerpenuhi: Bool,
                    faktualTerpenuhi: Bool, controls: [ControlComparison]) {
            self.id = id
            self.name = name
            self.mandiriPercent = mandiriPercent
            self.faktualPercent = faktualPercent
            self.mandiriTerpenuhi = mandiriTerpenuhi
            self.faktualTerpenuhi = faktualTerpenuhi
            self.controls = controls
        }
    }

    /// One control side by side.
    public struct ControlComparison: Sendable, Codable, Hashable {
        public var id: String
        public var title: String
        public var mandiri: String
        public var mandiriLabel: String
        public var faktual: String
        public var faktualLabel: String
        /// `sama`, `asesor-lebih-rendah`, `asesor-lebih-tinggi` or `tidak-dinilai`.
        public var relation: String
        public var relationLabel: String
        /// The colour of the comparison, from agreement and status together: `ok` (both say
        /// memenuhi), `partial` (both say sebagian), `bad` (both say tidak, or the assessor rated
        /// lower), `higher` (the assessor rated higher), `none` (not compared).
        public var tone: String
        /// The LPSE's own fakta and analisis (its claim's justification).
        public var mandiriFakta: String
        public var mandiriAnalisis: String
        /// The assessor's fakta and analisis (the verdict's justification).
        public var faktualFakta: String
        public var faktualAnalisis: String
        /// The findings raised on this control, by id.
        public var findings: [String]

        public init(id: String, title: String, mandiri: String, mandiriLabel: String, faktual: String,
                    faktualLabel: String, relation: String, relationLabel: String, tone: String = "none",
                    mandiriFakta: String = "", mandiriAnalisis: String = "", faktualFakta: String = "",
                    faktualAnalisis: String = "", findings: [String] = []) {
            self.id = id
            self.title = title
            self.mandiri = mandiri
            self.mandiriLabel = mandiriLabel
            self.faktual = faktual
            self.faktualLabel = faktualLabel
            self.relation = relation
            self.relationLabel = relationLabel
            self.tone = tone
            self.mandiriFakta = mandiriFakta
            self.mandiriAnalisis = mandiriAnalisis
            self.faktualFakta = faktualFakta
            self.faktualAnalisis = faktualAnalisis
            self.findings = findings
        }
    }

    /// An assessor changing a result: always recorded, never silent.
    public struct Override: Sendable, Codable, Hashable {
        public var control: String
        public var from: String
        public var to: String
        public var authority: String
        public var time: String
        public var remark: String
        /// `from`, `to` and `time` in the report's language.
        public var fromLabel: String
        public var toLabel: String
        public var timeText: String

        public init(control: String, from: String, to: String, authority: String, time: String, remark: String,
                    fromLabel: String = "", toLabel: String = "", timeText: String = "") {
            self.control = control
            self.from = from
            self.to = to
            self.authority = authority
            self.time = time
            self.remark = remark
            self.fromLabel = fromLabel.isEmpty ? from : fromLabel
            self.toLabel = toLabel.isEmpty ? to : toLabel
            self.timeText = timeText.isEmpty ? time : timeText
        }
    }

    /// A temuan and its rekomendasi.
    public struct Finding: Sendable, Codable, Hashable {
        public var id: String
        public var control: String
        /// `mayor`, `minor` or `observasi`.
        public var severity: String
        public var severityLabel: String
        public var description: String
        public var rekomendasi: String

        public init(id: String, control: String, severity: String, severityLabel: String, description: String,
                    rekomendasi: String) {
            self.id = id
            self.control = control
            self.severity = severity
            self.severityLabel = severityLabel
            self.description = description
            self.rekomendasi = rekomendasi
        }
    }

    /// A person who signs.
    public struct Signatory: Sendable, Codable, Hashable {
        public var name: String
        public var role: String
        public var institution: String
        /// Nomor Induk Pegawai, when the answer file gives it.
        public var nip: String?
        /// Where the signatory signs, when the answer file gives it.
        public var place: String?

        public init(name: String, role: String, institution: String, nip: String? = nil, place: String? = nil) {
            self.name = name
            self.role = role
            self.institution = institution
            self.nip = nip
            self.place = place
        }
    }
}
