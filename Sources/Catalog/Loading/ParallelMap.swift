import Dispatch

/// Maps over an array on all cores, keeping the order of the input.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let box = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            box.set(index, transform(items[index]))
        }
        return box.values()
    }

    private final class ResultBox<R>: @unchecked Sendable {
        // Each index is written by exactly one iteration, and read only after all have finished.
        private var storage: [R?]

        init(count: Int) {
            storage = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: R) {
            storage.withUnsafeMutableBufferPointer { $0[index] = value }
        }

        func values() -> [R] {
            storage.map { $0! }
        }
    }
}
