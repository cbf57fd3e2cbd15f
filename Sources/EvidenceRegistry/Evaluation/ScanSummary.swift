/// What one scan did, as `bukti scan` shows it: counts, the files added, changed and removed,
/// the files skipped and why, and those that changed while they were hashed.
public struct ScanSummary: Sendable, Hashable {
    /// A file the scan reported and did not index.
    public struct Skipped: Sendable, Hashable {
        public var path: EvidencePath
        public var status: FileStatus
        public var issue: FileIssue

        public init(path: EvidencePath, status: FileStatus, issue: FileIssue) {
            self.path = path
            self.status = status
            self.issue = issue
        }
    }

    /// Files in the index after the scan.
    public var files: Int
    /// Files read and hashed by this scan.
    public var hashed: Int
    public var hashedBytes: Int64
    public var added: [EvidencePath]
    public var changed: [EvidencePath]
    public var removed: [EvidencePath]
    /// Symbolic links and unreadable files, in path order.
    public var skipped: [Skipped]
    public var changedWhileHashing: [EvidencePath]

    public init(files: Int, hashed: Int, hashedBytes: Int64, added: [EvidencePath], changed: [EvidencePath],
                removed: [EvidencePath], skipped: [Skipped], changedWhileHashing: [EvidencePath]) {
        self.files = files
        self.hashed = hashed
        self.hashedBytes = hashedBytes
        self.added = added
        self.changed = changed
        self.removed = removed
        self.skipped = skipped
        self.changedWhileHashing = changedWhileHashing
    }

    /// The summary of `outcome`: added and changed in path order, removed as the index lists them.
    public init(_ outcome: ScanOutcome) {
        let walkSkips = outcome.walk.problems.map(RuleEvaluator.fileFinding).compactMap { finding in
            finding.issue.map { Skipped(path: finding.path, status: finding.status, issue: $0) }
        }
        let unreadable = outcome.unreadable.map { Skipped(path: $0.key, status: .unreadable, issue: .unreadableFile(reason: $0.value)) }
        self.init(files: outcome.record.fileCount, hashed: outcome.record.hashed, hashedBytes: outcome.record.hashedBytes,
                  added: outcome.added.sorted(), changed: outcome.changed.sorted(), removed: outcome.removed,
                  skipped: (walkSkips + unreadable).sorted { $0.path < $1.path },
                  changedWhileHashing: outcome.unstable.map(\.path).sorted())
    }
}
