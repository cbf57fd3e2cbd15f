import Foundation
public import Pembinaan

/// The last folded snapshot of a case log, kept between reads by a long-running process (the
/// server) so that an unchanged log is not read, checked and folded again on every request.
///
/// A snapshot is reused only while the log's head (sequence and hash of its last record, as
/// `case_log_head` records them), its number of records and the rules are the ones it was folded
/// with; every append moves the head, so an event appended by this process or any other is seen
/// on the next read. The chain is checked when a snapshot is built; `pembinaan verifikasi`
/// (``CaseLog/verify(anchor:)``) never uses the cache and always recomputes every hash.
public final class CaseLogCache: @unchecked Sendable {
    /// What identifies a log's contents cheaply.
    struct Key: Equatable {
        var seq: Int
        var hash: String
        var count: Int
    }

    private let lock = NSLock()
    /// Held while a reader folds the whole log, so that readers missing at the same moment (the
    /// first requests after a start) fold it once, not once each.
    private let foldLock = NSLock()
    private var kept: (key: Key, rules: CaseRules, snapshot: CaseLog.Snapshot)?
    private var foldCount = 0

    public init() {}

    /// How many times the whole log was read and folded (a cache miss).
    public var folds: Int {
        lock.withLock { foldCount }
    }

    /// The kept snapshot when it is the one of `key` and `rules`; `taking` removes it from the
    /// cache (an append about to extend it).
    func snapshot(for key: Key, rules: CaseRules, taking: Bool = false) -> CaseLog.Snapshot? {
        lock.withLock {
            guard let kept, kept.key == key, kept.rules == rules else { return nil }
            if taking { self.kept = nil }
            return kept.snapshot
        }
    }

    func foldingAlone<T>(_ body: () throws -> T) rethrows -> T {
        try foldLock.withLock(body)
    }

    func countFold() {
        lock.withLock { foldCount += 1 }
    }

    /// Keeps `snapshot` as the log's current one (after a fold or a committed append).
    func keep(_ snapshot: CaseLog.Snapshot, rules: CaseRules, folded: Bool = false) {
        guard let last = snapshot.records.last else { return }
        let key = Key(seq: last.seq, hash: last.hash, count: snapshot.records.count)
        lock.withLock {
            if folded { foldCount += 1 }
            kept = (key, rules, snapshot)
        }
    }
}
