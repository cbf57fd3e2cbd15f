public import Catalog
public import Foundation
import Dispatch
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
        // The index is read while the tree is walked: one is mostly SQLite in user space,
        // the other mostly the kernel's path lookups.
        let reading = SnapshotReader(index: index)
        let walk: WalkResult
        do {
            walk = try EvidenceWalker.walk(workspace: workspace)
        } catch {
            _ = reading.wait()
            throw error
        }
        let metadata: [BuktiFile]
        do {
            metadata = try readMetadata(walk.files)
        } catch {
            _ = reading.wait()
            throw error
        }
        let (classified, problems) = Classifier(catalog: catalog).classify(paths: walk.files.map(\.path), metadata: metadata)
        var stored: IndexSnapshot
        switch reading.wait() {
        case .success(let snapshot): stored = snapshot
        case .failure(let error):
            throw EvidenceError(code: .index, file: workspace, message: "cannot read the evidence index: \(error)")
        }
        stored.ensureSorted()
        let files = walk.files
        // The walk is in byte order of the paths; if it ever were not, merge in that order anyway.
        var order = Array(files.indices)
        if !files.isEmpty, zip(files, files.dropFirst()).contains(where: { !($0.path < $1.path) }) {
            order.sort { files[$0].path < files[$1].path }
        }
        var outcome = ScanOutcome(walk: walk, classified: classified, metadataProblems: problems,
                                  sources: Array(repeating: .failed(reason: ""), count: files.count), snapshot: stored,
                                  added: [], changed: [], removed: [], unreadable: [:], unstable: [],
                                  record: ScanRecord(instant: instant, catalogVersion: catalog.version, fileCount: 0,
                                                     added: 0, changed: 0, removed: 0, hashed: 0, hashedBytes: 0, skipped: 0))
        var toHash: [PendingHash] = []
        var updates: [IndexedFile] = []
        var removedRows: [Int] = []
        // One pass over both sorted lists: each walked file meets its stored row, if any.
        var row = 0
        for index in order {
            let file = files[index]
            var match: Int? = nil
            while row < stored.count {
                let order = stored.comparePath(row, file.path)
                if order < 0 {
                    removedRows.append(row)
                    row += 1
                } else {
                    if order == 0 { match = row; row += 1 }
                    break
                }
            }
            let classification = classified[index]
            let metadata = classification.entry.flatMap(Self.json)
            if let old = match, !rehash, !stored.rows[old].racy, stored.rows[old].stat == file.stat {
                outcome.sources[index] = .stored(row: old)
                if !stored.rules(old, equal: classification.rules) || !stored.metadata(old, equals: metadata) {
                    updates.append(IndexedFile(path: file.path, stat: file.stat, sha256: stored.sha256(old),
                                               rules: classification.rules, metadata: metadata))
                }
            } else {
                toHash.append(PendingHash(index: index, file: file, storedRow: match,
                                          row: IndexedFile(path: file.path, stat: file.stat, sha256: "",
                                                           rules: classification.rules, metadata: metadata)))
            }
        }
        removedRows.append(contentsOf: row..<stored.count)
        try hashAndStore(toHash, updates: updates, stored: stored, startNanos: startNanos, outcome: &outcome)
        outcome.removed = removedRows.map { stored.path($0) }
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

    private func hashAndStore(_ toHash: [PendingHash], updates: [IndexedFile],
                              stored: IndexSnapshot, startNanos: Int64,
                              outcome: inout ScanOutcome) throws(EvidenceError) {
        let totals = ProgressCounter(files: toHash.count, bytes: toHash.reduce(0) { $0 + $1.file.stat.size })
        let report = progress
        var pending = updates
        var batchNumber = 0
        var start = 0
        repeat {
            let batch = Array(toHash[start..<min(start + batchSize, toHash.count)])
            start += batch.count
            let results = hasher.hash(relativePaths: batch.map(\.file.path.string), under: root) { bytes in
                report?(totals.advance(bytes: bytes))
            }
            for (item, result) in zip(batch, results) {
                if let row = record(item, result, storedHash: item.storedRow.map(stored.sha256), startNanos: startNanos,
                                    outcome: &outcome) {
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
    private func record(_ item: PendingHash, _ result: HashResult, storedHash: String?,
                        startNanos: Int64, outcome: inout ScanOutcome) -> IndexedFile? {
        let path = item.file.path
        switch result {
        case .failed(let reason):
            outcome.unreadable[path] = reason
            outcome.sources[item.index] = .failed(reason: reason)
            return nil
        case .hashed(let sha, let stat, let rereads, let settled):
            var row = item.row
            row.sha256 = sha
            row.stat = stat
            // Modified within a second of this scan (or still changing): hash it again next time.
            row.racy = !settled || stat.modifiedNanos >= startNanos - 1_000_000_000
            if rereads > 0 { outcome.unstable.append(UnstableFile(path: path, rereads: rereads, settled: settled)) }
            outcome.sources[item.index] = .hashed(sha256: sha, stat: stat)
            outcome.record.hashed += 1
            outcome.record.hashedBytes += stat.size
            if let storedHash {
                if storedHash != sha { outcome.changed.append(path) }
            } else {
                outcome.added.append(path)
            }
            return row
        }
    }

    /// The workspace folder with every symbolic link resolved, as the walker lists it.
    var root: String { POSIX.realPath(workspace) }

    func absolute(_ path: EvidencePath) -> String {
        (workspace.hasSuffix("/") ? workspace : workspace + "/") + path.string
    }

    static func json(_ entry: BuktiEntry) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(entry)).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// A walked file to hash, with its place in the walk and its stored row, if any.
struct PendingHash {
    var index: Int
    var file: WalkedFile
    var storedRow: Int?
    var row: IndexedFile
}

/// Reads the index's snapshot on another thread.
final class SnapshotReader: @unchecked Sendable {
    private var result: Result<IndexSnapshot, any Error> = .success(IndexSnapshot())
    private let done = DispatchSemaphore(value: 0)

    init(index: any EvidenceIndex) {
        Thread.detachNewThread { [self] in
            result = Result { try index.snapshot() }
            done.signal()
        }
    }

    /// Waits for the read (call once).
    func wait() -> Result<IndexSnapshot, any Error> {
        done.wait()
        return result
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
