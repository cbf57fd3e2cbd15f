public import Assessment

/// The view model of the laporan penilaian mandiri: everything the report shows, already
/// decided and ordered; renderers only lay it out.
public struct MandiriReport: Sendable, Codable, Hashable {
    public var header: ReportHeader
    public var assessment: AssessmentInfo
    public var summary: Summary
    /// The 17 standards in catalog order.
    public var standards: [StandardResult]
    /// What to do next: mandatory controls first, then by what-if gain.
    public var nextSteps: [NextStep]
    /// Controls claimed `memenuhi` whose required evidence is missing or expired.
    public var claimsWithoutEvidence: [Claim]
    /// Warnings for the reader, in the report's language: answers that are still unreviewed
    /// template proposals, citations of files that do not exist (absent when there are none).
    public var notices: [String]?
    /// The controls whose answer is still an unreviewed proposal (`proposed="true"`).
    public var unreviewed: [String]?
    /// `<evidence file="…">` citations of files that do not exist.
    public var missingCitations: [MissingCitation]?

    public init(header: ReportHeader, assessment: AssessmentInfo, summary: Summary, standards: [StandardResult],
                nextSteps: [NextStep], claimsWithoutEvidence: [Claim]) {
        self.header = header
        self.assessment = assessment
        self.summary = summary
        self.standards = standards
        self.nextSteps = nextSteps
        self.claimsWithoutEvidence = claimsWithoutEvidence
    }

    /// Who assessed, when, and by which rule.
    public struct AssessmentInfo: Sendable, Codable, Hashable {
        /// The assessment's own date, `YYYY-MM-DD`.
        public var date: String
        public var assessors: [String]
        /// The answer file, relative to the workspace.
        public var source: String
        /// The scoring model's name.
        public var scoringModel: String
        /// The weighted score a standard needs, in percent.
        public var thresholdPercent: Figure
        /// The version of the scoring policy (`Standards/penilaian.xml`).
        public var policyVersion: String

        public init(date: String, assessors: [String], source: String, scoringModel: String, thresholdPercent: Figure,
                    policyVersion: String) {
            self.date = date
            self.assessors = assessors
            self.source = source
            self.scoringModel = scoringModel
            self.thresholdPercent = thresholdPercent
            self.policyVersion = policyVersion
        }
    }

    /// The headline figures.
    public struct Summary: Sendable, Codable, Hashable {
        public var terpenuhi: Int
        public var of: Int
        public var eligibleForCertification: Bool
        public var claimsWithoutEvidence: Int
        public var controlsMet: Int
        public var controlsAssessed: Int

        public init(terpenuhi: Int, of: Int, eligibleForCertification: Bool, claimsWithoutEvidence: Int,
                    controlsMet: Int, controlsAssessed: Int) {
            self.terpenuhi = terpenuhi
            self.of = of
            self.eligibleForCertification = eligibleForCertification
            self.claimsWithoutEvidence = claimsWithoutEvidence
            self.controlsMet = controlsMet
            self.controlsAssessed = controlsAssessed
        }
    }

    /// One standard's result and its controls.
    public struct StandardResult: Sendable, Codable, Hashable {
        public var id: String
        public var name: String
        public var score: Figure
        public var maximum: Figure
        public var percent: Figure
        public var terpenuhi: Bool
        public var mandatoryNotMet: [String]
        public var controls: [ControlResult]

        public init(id: String, name: String, score: Figure, maximum: Figure, percent: Figure, terpenuhi: Bool,
                    mandatoryNotMet: [String], controls: [ControlResult]) {
            self.id = id
            self.name = name
            self.score = score
            self.maximum = maximum
            self.percent = percent
            self.terpenuhi = terpenuhi
            self.mandatoryNotMet = mandatoryNotMet
            self.controls = controls
        }
    }

    /// One control as the LPSE rated it, with the evidence behind it.
    public struct ControlResult: Sendable, Codable, Hashable {
        public var id: String
        public var title: String
        public var weight: Int
        public var mandatory: Bool
        /// `memenuhi`, `sebagian`, `tidak`, `tidak-berlaku` or `tidak-dinilai`.
        public var status: String
        public var statusLabel: String
        public var fakta: String
        public var analisis: String
        public var evidenceCited: [String]
        public var rules: [RuleState]

        public init(id: String, title: String, weight: Int, mandatory: Bool, status: String, statusLabel: String,
                    fakta: String, analisis: String, evidenceCited: [String], rules: [RuleState]) {
            self.id = id
            self.title = title
            self.weight = weight
            self.mandatory = mandatory
            self.status = status
            self.statusLabel = statusLabel
            self.fakta = fakta
            self.analisis = analisis
            self.evidenceCited = evidenceCited
            self.rules = rules
        }
    }

    /// A step the LPSE should take.
    public struct NextStep: Sendable, Codable, Hashable {
        public var rank: Int
        public var standard: String
        public var control: String
        public var title: String
        public var mandatory: Bool
        /// Why this step: the control's current status and, for mandatory ones, that it blocks terpenuhi.
        public var reason: String
        /// Percentage points the standard's score would gain if the control became `memenuhi`.
        public var gainPoints: Figure
        /// Whether the standard would become terpenuhi by this step alone.
        public var completesStandard: Bool
        /// The control's requirement in one sentence.
        public var requirement: String
        /// What to do, in plain words: per evidence rule the document, the folder, an example
        /// file name and the date it must carry.
        public var actions: [String]

        public init(rank: Int, standard: String, control: String, title: String, mandatory: Bool, reason: String,
                    gainPoints: Figure, completesStandard: Bool, requirement: String = "", actions: [String] = []) {
            self.requirement = requirement
            self.actions = actions
            self.rank = rank
            self.standard = standard
            self.control = control
            self.title = title
            self.mandatory = mandatory
            self.reason = reason
            self.gainPoints = gainPoints
            self.completesStandard = completesStandard
        }
    }

    /// A claim the evidence does not support.
    public struct Claim: Sendable, Codable, Hashable {
        public var control: String
        public var title: String
        public var rules: [String]

        public init(control: String, title: String, rules: [String]) {
            self.control = control
            self.title = title
            self.rules = rules
        }
    }
}

/// An evidence rule's state as the registry saw it.
public struct RuleState: Sendable, Codable, Hashable {
    public var id: String
    public var kind: String
    /// `ok`, `missing`, `expired`, `expiring`, `unsigned` or `tampered`.
    public var status: String
    public var statusLabel: String
    public var files: [String]
    public var message: String
    /// The rule in words: the document kind and the control it serves.
    public var label: String

    public init(id: String, kind: String, status: String, statusLabel: String, files: [String], message: String,
                label: String = "") {
        self.label = label.isEmpty ? id : label
        self.id = id
        self.kind = kind
        self.status = status
        self.statusLabel = statusLabel
        self.files = files
        self.message = message
    }
}
