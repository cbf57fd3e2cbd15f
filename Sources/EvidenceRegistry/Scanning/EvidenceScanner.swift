public import Catalog
public import Foundation
import Synchronization

/// Scans `WORKSPACE/Evidence` incrementally into an ``EvidenceIndex``.
///
/// As git's index does, a file whose size, modification time and inode are unchanged since
/// it was last hashed keeps its stored hash (unless ``rehash`` is set, or it was "racily"
/// recent when hashed). The rest are hashed on all cores, in batches that are committed one
/// by one, so a scan that is killed keeps the work of the batches already committed and the
/// next scan simply carries on.
public struct EvidenceScanner: Sendable {
    public var workspace: String
    public var catalog: StandardsCatalog
    public var metadataReader: BuktiReader
    public var index: any EvidenceIndex
    public var hasher: ParallelHasher
    /// Hash every file even when its stat is unchanged.
    public var rehash: Bool
    /// Files per committed batch.
    public var batchSize: Int
    /// Called as files are hashed (from any thread).
    public var progress: (@Sendable (ScanProgress) -> Void)?
    /// Runs inside each batch's transaction before it commits, with the batch number (from 1).
    public var beforeBatchCommit: (@Sendable (Int) -> Void)?

    public init(workspace: String, catalog: StandardsCatalog, metadataReader: BuktiReader, index: any EvidenceIndex,
                hasher: ParallelHasher = ParallelHasher(), rehash: Bool = false, batchSize: Int = 1024) {
        self.workspace = workspace
        self.catalog = catalog
        self.metadataReader = metadataReader
        self.index = index
        self.hasher = hasher
        self.rehash = rehash
        self.batchSize = max(1, batchSize)
    }

    /// Walks, classifies, hashes what changed, and records the scan at `instant`.
    public func scan(instant: Date) throws(EvidenceError) -> ScanOutcome {
        let startNanos = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        let walk = try EvidenceWalker.walk(workspace: workspace)
        let metadata = try readMetadata(walk.files)
        let (classified, problems) = Classifier(catalog: catalog).classify(paths: walk.files.map(\.path), metadata: metadata)
        let stored = try indexed()
        var outcome = ScanOutcome(walk: walk, classified: classified, metadataProblems: problems, facts: [:],
                                  added: [], changed: [], removed: [], unreadable: [:], unstable: [],
                                  record: ScanRecord(instant: instant, catalogVersion: catalog.version, fileCount: 0,
                                                     added: 0, changed: 0, removed: 0, hashed: 0, hashedBytes: 0, skipped: 0))
        outcome.facts.reserveCapacity(walk.files.count)
        var toHash: [(file: WalkedFile, row: IndexedFile)] = []
        var updates: [IndexedFile] = []
        for (file, classification) in zip(walk.files, classified) {
            let metadata = classification.entry.flatMap(Self.json)
            if let old = stored[file.path], !rehash, !old.racy, old.stat == file.stat {
                outcome.facts[file.path] = FileFacts(stat: old.stat, sha256: old.sha256)
                if old.rules != classification.rules || old.metadata != metadata {
                    updates.append(IndexedFile(path: file.path, stat: old.stat, sha256: old.sha256,
                                               rules: classification.rules, metadata: metadata))
                }
            } else {
                toHash.append((file, IndexedFile(path: file.path, stat: file.stat, sha256: "",
                                                 rules: classification.rules, metadata: metadata)))
            }
        }
        try hashAndStore(toHash, updates: updates, stored: stored, startNanos: startNanos, outcome: &outcome)
        let present = Set(walk.files.map(\.path))
        outcome.removed = stored.keys.filter { !present.contains($0) }.sorted()
        outcome.record.fileCount = walk.files.count - outcome.unreadable.count
        outcome.record.added = outcome.added.count
        outcome.record.changed = outcome.changed.count
        outcome.record.removed = outcome.removed.count
        outcome.record.skipped = walk.problems.count + outcome.unreadable.count
        do {
            try index.finishScan(outcome.record, removing: outcome.removed)
        } catch {
            throw EvidenceError(code: .index, file: workspace, message: "cannot record the scan: \(error)")
        }
        return outcome
    }

    // MARK: - Steps

    private func readMetadata(_ files: [WalkedFile]) throws(EvidenceError) -> [BuktiFile] {
        var parsed: [BuktiFile] = []
        var diagnostics: [EvidenceError] = []
        for file in files where file.path.string.hasSuffix("/" + EvidenceLayout.metadataFileName) {
            do {
                parsed.append(try metadataReader.read(absolutePath: absolute(file.path), shownPath: file.path))
            } catch {
                diagnostics.append(error)
            }
        }
        guard diagnostics.isEmpty else {
            throw EvidenceError(code: .invalidMetadata, diagnostics: diagnostics.flatMap(\.diagnostics))
        }
        return parsed
    }

    private func indexed() throws(EvidenceError) -> [EvidencePath: IndexedFile] {
        do {
            return Dictionary(try index.indexedFiles().map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        } catch {
            throw EvidenceError(code: .index, file: workspace, message: "cannot read the evidence index: \(error)")
        }
    }

    private func hashAndStore(_ toHash: [(file: WalkedFile, row: IndexedFile)], updates: [IndexedFile],
                              stored: [EvidencePath: IndexedFile], startNanos: Int64,
                              outcome: inout ScanOutcome) throws(EvidenceError) {
        let totals = ProgressCounter(files: toHash.count, bytes: toHash.reduce(0) { $0 + $1.file.stat.size })
        let report = progress
        var pending = updates
        var batchNumber = 0
        var start = 0
        repeat {
            let batch = Array(toHash[start..<min(start + batchSize, toHash.count)])
            start += batch.count
            let results = hasher.hash(batch.map { absolute($0.file.path) }) { bytes in
                report?(totals.advance(bytes: bytes))
            }
            for (item, result) in zip(batch, results) {
                if let row = record(item, result, stored: stored[item.file.path], startNanos: startNanos, outcome: &outcome) {
                    pending.append(row)
                }
            }
            guard !pending.isEmpty else { continue }
            batchNumber += 1
            let number = batchNumber
            var commitHook: (@Sendable () -> Void)? = nil
            if let hook = beforeBatchCommit {
                commitHook = { hook(number) }
            }
            do {
                try index.store(pending, beforeCommit: commitHook)
            } catch {
                throw EvidenceError(code: .index, file: workspace, message: "cannot store the hashes: \(error)")
            }
            pending.removeAll(keepingCapacity: true)
        } while start < toHash.count
    }

    /// Turns one hash result into an index row (nil when the file could not be read).
    private func record(_ item: (file: WalkedFile, row: IndexedFile), _ result: HashResult, stored: IndexedFile?,
                        startNanos: Int64, outcome: inout ScanOutcome) -> IndexedFile? {
        let path = item.file.path
        switch result {
        case .failed(let reason):
            outcome.unreadable[path] = reason
            outcome.facts[path] = FileFacts(stat: item.file.stat, sha256: nil, failure: reason)
            return nil
        case .hashed(let sha, let stat, let rereads, let settled):
            var row = item.row
            row.sha256 = sha
            row.stat = stat
            // Modified within a second of this scan (or still changing): hash it again next time.
            row.racy = !settled || stat.modifiedNanos >= startNanos - 1_000_000_000
            if rereads > 0 { outcome.unstable.append(UnstableFile(path: path, rereads: rereads, settled: settled)) }
            outcome.facts[path] = FileFacts(stat: stat, sha256: sha)
            outcome.record.hashed += 1
            outcome.record.hashedBytes += stat.size
            if let stored {
                if stored.sha256 != sha { outcome.changed.append(path) }
            } else {
                outcome.added.append(path)
            }
            return row
        }
    }

    func absolute(_ path: EvidencePath) -> String {
        (workspace.hasSuffix("/") ? workspace : workspace + "/") + path.string
    }

    static func json(_ entry: BuktiEntry) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(entry)).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Counts hashed files and bytes across worker threads.
final class ProgressCounter: Sendable {
    private let filesDone = Atomic<Int>(0)
    private let bytesDone = Atomic<Int64>(0)
    let files: Int
    let bytes: Int64

    init(files: Int, bytes: Int64) {
        self.files = files
        self.bytes = bytes
    }

    func advance(bytes: Int64) -> ScanProgress {
        let doneFiles = filesDone.add(1, ordering: .relaxed).newValue
        let doneBytes = bytesDone.add(bytes, ordering: .relaxed).newValue
        return ScanProgress(filesDone: doneFiles, filesTotal: files, bytesDone: doneBytes, bytesTotal: self.bytes)
    }
}
