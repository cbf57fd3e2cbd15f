/// A file whose content changed while it was hashed.
public struct UnstableFile: Sendable, Hashable {
    public var path: EvidencePath
    /// How many times it was read again.
    public var rereads: Int
    /// Whether the last read was consistent; when false the stored hash is of a file still
    /// being written and the next scan reads it again.
    public var settled: Bool
}

/// Everything one scan did and found.
public struct ScanOutcome: Sendable {
    /// The files and what the walk skipped.
    public var walk: WalkResult
    /// Every walked file, classified.
    public var classified: [ClassifiedFile]
    /// Schema-valid metadata that does not fit the files or the catalog.
    public var metadataProblems: [MetadataProblem]
    /// What the evaluator needs per file (hash, or why there is none).
    public var facts: [EvidencePath: FileFacts]
    public var added: [EvidencePath]
    public var changed: [EvidencePath]
    public var removed: [EvidencePath]
    /// Files that could not be read, with the reason.
    public var unreadable: [EvidencePath: String]
    /// Files that changed while they were hashed.
    public var unstable: [UnstableFile]
    /// The record written to the index.
    public var record: ScanRecord

    /// The current hash of every readable file.
    public var currentHashes: [EvidencePath: String] {
        facts.compactMapValues(\.sha256)
    }
}

/// Progress of a running scan, for a progress bar.
public struct ScanProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int64
    public var bytesTotal: Int64
}
