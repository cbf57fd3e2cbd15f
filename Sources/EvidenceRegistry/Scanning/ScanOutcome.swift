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
    /// Where each walked file's facts come from, in the order of `walk.files`.
    var sources: [FactSource]
    /// The index as read at the start of the scan (the hashes of unchanged files).
    var snapshot: IndexSnapshot
    public var added: [EvidencePath]
    public var changed: [EvidencePath]
    public var removed: [EvidencePath]
    /// Files that could not be read, with the reason.
    public var unreadable: [EvidencePath: String]
    /// Files that changed while they were hashed.
    public var unstable: [UnstableFile]
    /// The record written to the index.
    public var record: ScanRecord

    /// What the evaluator needs per walked file (hash, or why there is none), in the order
    /// of `walk.files`. Built on demand: a plain scan never needs it.
    public var fileFacts: [FileFacts] {
        zip(walk.files, sources).map { file, source in
            switch source {
            case .stored(let row): FileFacts(stat: file.stat, sha256: snapshot.sha256(row))
            case .hashed(let sha, let stat): FileFacts(stat: stat, sha256: sha)
            case .failed(let reason): FileFacts(stat: file.stat, sha256: nil, failure: reason)
            }
        }
    }

    /// What the evaluator needs per file (hash, or why there is none). Built on each call.
    public var facts: [EvidencePath: FileFacts] {
        Dictionary(zip(walk.files.lazy.map(\.path), fileFacts), uniquingKeysWith: { first, _ in first })
    }

    /// The current hash of every readable file.
    public var currentHashes: [EvidencePath: String] {
        facts.compactMapValues(\.sha256)
    }
}

/// Where the scan got a walked file's facts.
enum FactSource: Sendable {
    /// Unchanged since it was hashed: the hash is the snapshot's row.
    case stored(row: Int)
    /// Hashed by this scan.
    case hashed(sha256: String, stat: FileStat)
    /// Could not be read.
    case failed(reason: String)
}

/// Progress of a running scan, for a progress bar.
public struct ScanProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int64
    public var bytesTotal: Int64
}
