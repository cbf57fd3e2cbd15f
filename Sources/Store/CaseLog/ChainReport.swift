/// What ``CaseLog/verify()`` found: how many events, the chain's head, and the first break.
///
/// ## Topics
/// - ``Break``
/// - ``check(_:head:)``
public struct ChainReport: Sendable, Hashable, Codable {
    /// The first place the chain does not hold.
    public struct Break: Sendable, Hashable, Codable {
        /// What was done to the log.
        public enum Kind: String, Sendable, Hashable, Codable {
            /// The event's record was changed after it was appended.
            case edited
            /// An event is missing.
            case deleted
            /// Events are not in the order they were appended.
            case reordered
            /// An event was added at the end outside Patuh (the log's head does not know it).
            case inserted
        }

        public var kind: Kind
        /// The sequence number of the first bad event (for a deletion: the number of the missing event).
        public var seq: Int
        /// The case of the event named, when it is still in the log.
        public var caseId: String?
        /// The event's name, when it is still in the log.
        public var event: String?
        /// What is wrong, in a sentence.
        public var message: String
    }

    /// The number of events in the log.
    public var count: Int
    /// The hash of the last event: write it down elsewhere to detect a later rewrite of the whole tail.
    public var headHash: String?
    /// The first break, or `nil` when the chain holds.
    public var firstBreak: Break?

    /// Whether the chain holds.
    public var isIntact: Bool { firstBreak == nil }

    /// Checks `records` (in `seq` order) against each other and against the stored `head`
    /// (the sequence number and hash of the last event appended).
    public static func check(_ records: [CaseEventRecord], head: (seq: Int, hash: String)?) -> ChainReport {
        var report = ChainReport(count: records.count, headHash: records.last?.hash, firstBreak: nil)
        var previous = CaseLogSchema.genesisHash
        for (index, record) in records.enumerated() {
            if let problem = linkBreak(record, index: index, previous: previous, records: records) {
                report.firstBreak = problem
                return report
            }
            previous = record.computedHash
        }
        report.firstBreak = headBreak(records.last, head: head ?? (0, CaseLogSchema.genesisHash))
        return report
    }

    /// The break between the last record and the head Patuh wrote with it, if any.
    private static func headBreak(_ last: CaseEventRecord?, head: (seq: Int, hash: String)) -> Break? {
        let lastSeq = last?.seq ?? 0
        if head.seq > lastSeq {
            return Break(kind: .deleted, seq: lastSeq + 1, caseId: nil, event: nil,
                         message: "event #\(lastSeq + 1) and any after it up to #\(head.seq) were deleted: Patuh appended \(head.seq) events")
        }
        guard let last else { return nil }
        if head.seq < lastSeq {
            return Break(kind: .inserted, seq: head.seq + 1, caseId: nil, event: nil,
                         message: "event #\(head.seq + 1) onwards was added outside Patuh: Patuh appended only \(head.seq) events")
        }
        if head.hash != last.hash {
            return Break(kind: .edited, seq: lastSeq, caseId: last.caseId, event: last.event,
                         message: "event #\(lastSeq) (\(describe(last))) was replaced: Patuh appended a record with another hash")
        }
        return nil
    }

    /// The break at `record` (the `index`-th, whose predecessor's recomputed hash is `previous`).
    private static func linkBreak(_ record: CaseEventRecord, index: Int, previous: String,
                                  records: [CaseEventRecord]) -> Break? {
        func found(_ kind: Break.Kind, _ seq: Int, _ message: String, named: CaseEventRecord?) -> Break {
            Break(kind: kind, seq: seq, caseId: named?.caseId, event: named?.event, message: message)
        }
        let expected = index + 1
        if record.seq > expected {
            return found(.deleted, expected, "event #\(expected) was deleted: the log goes from #\(expected - 1) to #\(record.seq)", named: nil)
        }
        let ownHashHolds = record.computedHash == record.hash
        if record.previousHash != previous {
            if let later = records.first(where: { $0.hash == record.previousHash && $0.seq > record.seq }) {
                return found(.reordered, record.seq, "event #\(record.seq) (\(describe(record))) is out of order: it was appended after the event now at #\(later.seq) (\(describe(later)))", named: record)
            }
            if ownHashHolds, index > 0 {
                let before = records[index - 1]
                return found(.edited, before.seq, "event #\(before.seq) (\(describe(before))) was edited: event #\(record.seq) was chained to a different record", named: before)
            }
            return found(.deleted, record.seq, "an event before #\(record.seq) (\(describe(record))) was deleted: it is chained to a record no longer in the log", named: record)
        }
        if !ownHashHolds {
            return found(.edited, record.seq, "event #\(record.seq) (\(describe(record))) was edited: its record no longer has the hash it was appended with", named: record)
        }
        return nil
    }

    private static func describe(_ record: CaseEventRecord) -> String {
        "\(record.event), kasus \(record.caseId ?? "-"), \(record.civilDate)"
    }
}
