import Dispatch
import Foundation
import Synchronization

/// Hashes many files on all cores, each worker streaming through its own fixed buffer.
///
/// Memory stays constant whatever the file sizes: `workers × bufferSize` for the buffers plus
/// one small result per file.
public struct ParallelHasher: Sendable {
    public var hasher: FileHasher
    /// The read buffer of each worker.
    public var bufferSize: Int
    /// How many files are hashed at once (default: the active processor count).
    public var workers: Int

    public init(hasher: FileHasher = FileHasher(), bufferSize: Int = 1 << 20, workers: Int? = nil) {
        self.hasher = hasher
        self.bufferSize = bufferSize
        self.workers = max(1, workers ?? ProcessInfoCores.active)
    }

    /// Hashes `paths` (absolute), returning results in the same order. `progress` is called
    /// with the number of bytes of each finished file, from any thread.
    public func hash(_ paths: [String], progress: (@Sendable (Int64) -> Void)? = nil) -> [HashResult] {
        guard !paths.isEmpty else { return [] }
        let results = ResultSlots(count: paths.count)
        let workerCount = min(workers, paths.count)
        let hasher = self.hasher, bufferSize = self.bufferSize
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 64)
            defer { buffer.deallocate() }
            while let index = results.claim() {
                let result = hasher.hash(absolutePath: paths[index], buffer: buffer)
                results.set(index, result)
                if case .hashed(_, let stat, _, _) = result { progress?(stat.size) }
            }
        }
        return results.values()
    }

    /// Hashes `paths`, relative to the workspace folder `root` (free of symbolic links, as the
    /// walker's root is), opening every folder on each path relative to the one before it
    /// without following a link (see ``FolderCursor``). Results are in the order of `paths`.
    public func hash(relativePaths paths: [String], under root: String,
                     progress: (@Sendable (Int64) -> Void)? = nil) -> [HashResult] {
        guard !paths.isEmpty else { return [] }
        let results = ResultSlots(count: paths.count)
        let workerCount = min(workers, paths.count)
        let hasher = self.hasher, bufferSize = self.bufferSize
        DispatchQueue.concurrentPerform(iterations: workerCount) { _ in
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 64)
            defer { buffer.deallocate() }
            guard var cursor = FolderCursor(root: root) else {
                let reason = "cannot open the workspace folder: \(POSIX.message(errno))"
                while let index = results.claim() { results.set(index, .failed(reason: reason)) }
                return
            }
            while let index = results.claim() {
                let result: HashResult = switch cursor.open(paths[index]) {
                case .success(let fd): hasher.hash(descriptor: fd, buffer: buffer)
                case .failure(let failure): .failed(reason: failure.reason)
                }
                results.set(index, result)
                if case .hashed(_, let stat, _, _) = result { progress?(stat.size) }
            }
        }
        return results.values()
    }

    private final class ResultSlots: @unchecked Sendable {
        // Each slot is written by exactly one worker and read only after all have finished.
        private let storage: UnsafeMutableBufferPointer<HashResult?>
        private let next = Atomic<Int>(0)

        init(count: Int) {
            storage = .allocate(capacity: count)
            storage.initialize(repeating: nil)
        }

        deinit {
            storage.deinitialize()
            storage.deallocate()
        }

        /// The next index no worker has taken yet, if any.
        func claim() -> Int? {
            let index = next.add(1, ordering: .relaxed).oldValue
            return index < storage.count ? index : nil
        }

        func set(_ index: Int, _ value: HashResult) { storage[index] = value }

        func values() -> [HashResult] { storage.map { $0 ?? .failed(reason: "not hashed") } }
    }
}

/// The number of processors available to this process.
enum ProcessInfoCores {
    static var active: Int {
        max(1, ProcessInfo.processInfo.activeProcessorCount)
    }
}
