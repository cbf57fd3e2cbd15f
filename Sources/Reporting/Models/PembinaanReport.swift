/// The view model of the pembinaan status report: each case's stage, its deadlines with how
/// they were computed, and its timeline; and the certificates per standard.
public struct PembinaanReport: Sendable, Codable, Hashable {
    public var header: ReportHeader
    public var cases: [Case]
    public var certificates: [Certificate]

    public init(header: ReportHeader, cases: [Case], certificates: [Certificate]) {
        self.header = header
        self.cases = cases
        self.certificates = certificates
    }

    /// One kasus pembinaan.
    public struct Case: Sendable, Codable, Hashable {
        public var id: String
        public var stage: String
        public var stageLabel: String
        public var open: Bool
        public var standards: [String]
        /// Every deadline the case has set, with where it stands on the report's date.
        public var deadlines: [Deadline]
        /// The next legal steps, most pressing first, each in a sentence (who, what, by when).
        public var nextSteps: [String]
        public var timeline: [Event]

        public init(id: String, stage: String, stageLabel: String, open: Bool, standards: [String],
                    deadlines: [Deadline], nextSteps: [String] = [], timeline: [Event]) {
            self.id = id
            self.stage = stage
            self.stageLabel = stageLabel
            self.open = open
            self.standards = standards
            self.deadlines = deadlines
            self.nextSteps = nextSteps
            self.timeline = timeline
        }
    }

    /// A deadline and the computation behind it.
    public struct Deadline: Sendable, Codable, Hashable {
        /// `tindak-lanjut`, `keberatan` or `putusan-keberatan`.
        public var kind: String
        /// The stage and notice of the action it belongs to.
        public var stage: String
        public var notice: String
        public var what: String
        /// The day counting starts from: the receipt of the notice, or the filing of the keberatan.
        public var received: String
        public var workingDays: Int
        public var due: String
        public var endsAt: String
        /// `berjalan`, `hari-terakhir`, `lewat` or `selesai`.
        public var state: String
        public var stateLabel: String
        public var overdue: Bool
        public var calendarVersion: String
        /// The days skipped and why, one line each.
        public var skipped: [String]

        public init(kind: String, stage: String, notice: String, what: String, received: String, workingDays: Int,
                    due: String, endsAt: String, state: String, stateLabel: String, overdue: Bool,
                    calendarVersion: String, skipped: [String]) {
            self.kind = kind
            self.stage = stage
            self.notice = notice
            self.what = what
            self.received = received
            self.workingDays = workingDays
            self.due = due
            self.endsAt = endsAt
            self.state = state
            self.stateLabel = stateLabel
            self.overdue = overdue
            self.calendarVersion = calendarVersion
            self.skipped = skipped
        }
    }

    /// One event of the case, as recorded.
    public struct Event: Sendable, Codable, Hashable {
        public var sequence: Int
        public var date: String
        public var instant: String
        /// The event's code, e.g. `kasus-dibuka`, and its name in the report's language.
        public var event: String
        public var eventLabel: String
        public var actor: String
        public var role: String
        public var detail: String

        public init(sequence: Int, date: String, instant: String, event: String, eventLabel: String, actor: String,
                    role: String, detail: String) {
            self.sequence = sequence
            self.date = date
            self.instant = instant
            self.event = event
            self.eventLabel = eventLabel
            self.actor = actor
            self.role = role
            self.detail = detail
        }
    }

    /// A certificate for one standard.
    public struct Certificate: Sendable, Codable, Hashable {
        public var standard: String
        public var status: String
        public var statusLabel: String
        public var issued: String
        public var validUntil: String

        public init(standard: String, status: String, statusLabel: String, issued: String, validUntil: String) {
            self.standard = standard
            self.status = status
            self.statusLabel = statusLabel
            self.issued = issued
            self.validUntil = validUntil
        }
    }
}
