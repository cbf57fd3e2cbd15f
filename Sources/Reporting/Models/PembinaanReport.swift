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
        public var deadlines: [Deadline]
        public var timeline: [Event]

        public init(id: String, stage: String, stageLabel: String, open: Bool, standards: [String],
                    deadlines: [Deadline], timeline: [Event]) {
            self.id = id
            self.stage = stage
            self.stageLabel = stageLabel
            self.open = open
            self.standards = standards
            self.deadlines = deadlines
            self.timeline = timeline
        }
    }

    /// A deadline and the computation behind it.
    public struct Deadline: Sendable, Codable, Hashable {
        public var what: String
        public var received: String
        public var workingDays: Int
        public var due: String
        public var endsAt: String
        public var overdue: Bool
        public var calendarVersion: String
        /// The days skipped and why, one line each.
        public var skipped: [String]

        public init(what: String, received: String, workingDays: Int, due: String, endsAt: String, overdue: Bool,
                    calendarVersion: String, skipped: [String]) {
            self.what = what
            self.received = received
            self.workingDays = workingDays
            self.due = due
            self.endsAt = endsAt
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
        public var event: String
        public var actor: String
        public var role: String
        public var detail: String

        public init(sequence: Int, date: String, instant: String, event: String, actor: String, role: String, detail: String) {
            self.sequence = sequence
            self.date = date
            self.instant = instant
            self.event = event
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
