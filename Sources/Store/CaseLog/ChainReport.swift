public import Core

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

        /// An event as a break names it: its name, case and civil date.
        public struct Named: Sendable, Hashable {
            public var seq: Int
            public var event: String
            public var caseId: String?
            public var date: String
        }

        /// What the break is, with what its message names.
        public enum Detail: Sendable, Hashable {
            /// A gap in the sequence: the log goes from `expected - 1` to `found`.
            case gap(expected: Int, found: Int)
            /// The event is out of order: it was appended after `later`.
            case reordered(Named, later: Named)
            /// `edited` was changed: the event after it was chained to a different record.
            case editedBefore(Named, next: Int)
            /// The event is chained to a record no longer in the log.
            case chainedToMissing(Named)
            /// The event's own record no longer has the hash it was appended with.
            case edited(Named)
            /// Events from `first` through `last` were deleted at the end.
            case tailDeleted(first: Int, last: Int)
            /// Events from `first` on were added outside Patuh, which appended `appended`.
            case tailInserted(first: Int, appended: Int)
            /// The last event was replaced by a record with another hash.
            case lastReplaced(Named)
        }

        public var kind: Kind
        /// The sequence number of the first bad event (for a deletion: the number of the missing event).
        public var seq: Int
        /// The case of the event named, when it is still in the log.
        public var caseId: String?
        /// The event's name, when it is still in the log.
        public var event: String?
        /// What is wrong, in a sentence (English; ``message(_:)`` gives either language).
        public var message: String
        /// What is wrong, with its values (not encoded).
        public var detail: Detail?

        enum CodingKeys: String, CodingKey {
            case kind, seq, caseId, event, message
        }

        init(kind: Kind, seq: Int, named: Named?, detail: Detail) {
            self.kind = kind
            self.seq = seq
            caseId = named?.caseId
            event = named?.event
            self.detail = detail
            message = ""
            message = message(.en)
        }

        /// What is wrong, in a sentence in `language`, from the message catalog.
        public func message(_ language: Language) -> String {
            guard let detail else { return message }
            let words = Messages(language)
            func describe(_ named: Named) -> String {
                words.text("pembinaan.chain.named", ["event": named.event, "case": named.caseId ?? "-", "date": named.date])
            }
            switch detail {
            case .gap(let expected, let found):
                return words.text("pembinaan.chain.gap", ["seq": String(expected), "before": String(expected - 1),
                                                          "found": String(found)])
            case .reordered(let named, let later):
                return words.text("pembinaan.chain.reordered", ["seq": String(named.seq), "named": describe(named),
                                                                "later": String(later.seq), "laterNamed": describe(later)])
            case .editedBefore(let named, let next):
                return words.text("pembinaan.chain.editedBefore", ["seq": String(named.seq), "named": describe(named),
                                                                   "next": String(next)])
            case .chainedToMissing(let named):
                return words.text("pembinaan.chain.chainedToMissing", ["seq": String(named.seq), "named": describe(named)])
            case .edited(let named):
                return words.text("pembinaan.chain.edited", ["seq": String(named.seq), "named": describe(named)])
            case .tailDeleted(let first, let last):
                return words.text("pembinaan.chain.tailDeleted", ["first": String(first), "last": String(last)])
            case .tailInserted(let first, let appended):
                return words.text("pembinaan.chain.tailInserted", ["first": String(first), "appended": String(appended)])
            case .lastReplaced(let named):
                return words.text("pembinaan.chain.lastReplaced", ["seq": String(named.seq), "named": describe(named)])
            }
        }
    }

    /// The number of events in the log.
    public var count: Int
    /// The hash of the last event: write it down elsewhere to detect a later rewrite of the whole tail.
    public var headHash: String?
    /// The first break, or `nil` when the chain holds.
    public var firstBreak: Break?
    /// The first event whose stored record cannot be read back although its hash holds (so that
    /// `verifikasi` names what `status` cannot read, instead of sending the user back and forth).
    public var unreadable: Unreadable?
    /// The anchor exported earlier that this log was checked against (`--kepala`).
    public var anchor: AnchorCheck?
    /// The head of this log, to export (`--ekspor-kepala`); `nil` for an empty log.
    public var head: ChainAnchor?

    /// An event that cannot be read back.
    public struct Unreadable: Sendable, Hashable, Codable {
        public var seq: Int
        public var event: String
    }

    /// Whether the log has no event: nothing to verify, which is not intact history.
    public var isEmpty: Bool { count == 0 }

    /// Whether the chain holds, every event reads back, and the anchor (when given) is extended.
    public var isIntact: Bool { firstBreak == nil && unreadable == nil && anchor?.holds != false }

    /// Checks `records` (in `seq` order) against each other and against the stored `head`
    /// (the sequence number and hash of the last event appended).
    public static func check(_ records: [CaseEventRecord], head: (seq: Int, hash: String)?) -> ChainReport {
        var report = ChainReport(count: records.count, headHash: records.last?.hash, firstBreak: nil)
        report.head = records.last.map { ChainAnchor(seq: $0.seq, hash: $0.hash, instant: $0.at) }
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
            return Break(kind: .deleted, seq: lastSeq + 1, named: nil, detail: .tailDeleted(first: lastSeq + 1, last: head.seq))
        }
        guard let last else { return nil }
        if head.seq < lastSeq {
            return Break(kind: .inserted, seq: head.seq + 1, named: nil,
                         detail: .tailInserted(first: head.seq + 1, appended: head.seq))
        }
        if head.hash != last.hash {
            return Break(kind: .edited, seq: lastSeq, named: named(last), detail: .lastReplaced(named(last)))
        }
        return nil
    }

    /// The break at `record` (the `index`-th, whose predecessor's recomputed hash is `previous`).
    private static func linkBreak(_ record: CaseEventRecord, index: Int, previous: String,
                                  records: [CaseEventRecord]) -> Break? {
        let expected = index + 1
        if record.seq > expected {
            return Break(kind: .deleted, seq: expected, named: nil, detail: .gap(expected: expected, found: record.seq))
        }
        let ownHashHolds = record.computedHash == record.hash
        if record.previousHash != previous {
            if let later = records.first(where: { $0.hash == record.previousHash && $0.seq > record.seq }) {
                return Break(kind: .reordered, seq: record.seq, named: named(record),
                             detail: .reordered(named(record), later: named(later)))
            }
            if ownHashHolds, index > 0 {
                let before = records[index - 1]
                return Break(kind: .edited, seq: before.seq, named: named(before),
                             detail: .editedBefore(named(before), next: record.seq))
            }
            return Break(kind: .deleted, seq: record.seq, named: named(record), detail: .chainedToMissing(named(record)))
        }
        if !ownHashHolds {
            return Break(kind: .edited, seq: record.seq, named: named(record), detail: .edited(named(record)))
        }
        return nil
    }

    private static func named(_ record: CaseEventRecord) -> Break.Named {
        Break.Named(seq: record.seq, event: record.event, caseId: record.caseId, date: record.civilDate)
    }
}
