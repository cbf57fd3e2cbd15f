import Foundation

/// Runs `operation` and answers within `seconds`: its result, or, when it has not finished by
/// then, a ``PortfolioError`` of kind `.unavailable` (the operation is cancelled and left to
/// end on its own).
///
/// What it guards against: after PostgreSQL restarts under load, postgres-nio (1.33.2) left a
/// few connection leases waiting for ever; their requests never answered and the server could
/// not stop on SIGTERM, because a graceful shutdown waits for requests in flight. The caller
/// is not made to wait for the operation's own end, so an operation that ignores cancellation
/// still cannot hold it.
public func withDeadline<T: Sendable>(seconds: Double, _ what: String,
                                      _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    let race = DeadlineRace<T>()
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            race.start(continuation,
                       work: Task {
                           do { race.finish(.success(try await operation())) } catch { race.finish(.failure(error)) }
                       },
                       timer: Task {
                           try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                           if !Task.isCancelled {
                               race.finish(.failure(PortfolioError(.unavailable, "\(what): no answer within \(seconds) s")))
                           }
                       })
        }
    } onCancel: {
        race.cancel()
    }
}

/// The operation and the timer of ``withDeadline(seconds:_:_:)``: the first to finish answers
/// and cancels the other. Cancelling the caller cancels the operation only: the timer still
/// answers if the operation does not end.
private final class DeadlineRace<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var early: Result<T, any Error>?
    private var answered = false
    private var work: Task<Void, Never>?
    private var timer: Task<Void, Never>?
    private var cancelled = false

    func start(_ continuation: CheckedContinuation<T, any Error>, work: Task<Void, Never>, timer: Task<Void, Never>) {
        let (result, cancelWork) = lock.withLock { () -> (Result<T, any Error>?, Bool) in
            self.work = work
            self.timer = timer
            if let early { return (early, false) }
            self.continuation = continuation
            return (nil, cancelled)
        }
        if let result {
            work.cancel()
            timer.cancel()
            continuation.resume(with: result)
        } else if cancelWork {
            work.cancel()
        }
    }

    func finish(_ result: Result<T, any Error>) {
        let (waiting, tasks) = lock.withLock { () -> (CheckedContinuation<T, any Error>?, [Task<Void, Never>]) in
            guard !answered else { return (nil, []) }
            answered = true
            guard let continuation else {
                early = result   // before start: start answers with it
                return (nil, [])
            }
            self.continuation = nil
            return (continuation, [work, timer].compactMap { $0 })
        }
        guard let waiting else { return }
        tasks.forEach { $0.cancel() }
        waiting.resume(with: result)
    }

    func cancel() {
        let running = lock.withLock { () -> Task<Void, Never>? in
            cancelled = true
            return work
        }
        running?.cancel()
    }
}
