/// The view model of the evidence status report: standards × evidence rules, coloured by status.
public struct BuktiReport: Sendable, Codable, Hashable {
    public var header: ReportHeader
    /// Counts per status, in a fixed order.
    public var summary: [StatusCount]
    public var standards: [StandardRules]
    /// Files that belong to no rule: misfiled or unclassified.
    public var strayFiles: [StrayFile]

    public init(header: ReportHeader, summary: [StatusCount], standards: [StandardRules], strayFiles: [StrayFile]) {
        self.header = header
        self.summary = summary
        self.standards = standards
        self.strayFiles = strayFiles
    }

    /// How many rules or files have one status.
    public struct StatusCount: Sendable, Codable, Hashable {
        public var status: String
        public var label: String
        public var count: Int

        public init(status: String, label: String, count: Int) {
            self.status = status
            self.label = label
            self.count = count
        }
    }

    /// One row of the matrix: a standard and its rules' states.
    public struct StandardRules: Sendable, Codable, Hashable {
        public var id: String
        public var name: String
        public var rules: [RuleState]
        /// Whether every rule of the standard is `ok`.
        public var allOk: Bool

        public init(id: String, name: String, rules: [RuleState]) {
            self.id = id
            self.name = name
            self.rules = rules
            self.allOk = rules.allSatisfy { $0.status == "ok" }
        }
    }

    /// A file outside the rules.
    public struct StrayFile: Sendable, Codable, Hashable {
        public var path: String
        /// `misfiled` or `unclassified`.
        public var status: String
        public var label: String
        public var message: String

        public init(path: String, status: String, label: String, message: String) {
            self.path = path
            self.status = status
            self.label = label
            self.message = message
        }
    }
}
