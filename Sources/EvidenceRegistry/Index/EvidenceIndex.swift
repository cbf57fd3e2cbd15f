public import Foundation

/// One scan as the index records it.
public struct ScanRecord: Sendable, Hashable, Codable {
    /// The instant of the scan (the injected `--now`, so reports stay reproducible).
    public var instant: Date
    /// The catalog version the files were matched against.
    public var catalogVersion: String
    /// Files indexed after the scan.
    public var fileCount: Int
    public var added: Int
    public var changed: Int
    public var removed: Int
    /// Files whose content was read and hashed (the rest reused their stored hash).
    public var hashed: Int
    public var hashedBytes: Int64
    /// Files reported and skipped (unreadable, symlinks).
    public var skipped: Int

    public init(instant: Date, catalogVersion: String, fileCount: Int, added: Int, changed: Int, removed: Int,
                hashed: Int, hashedBytes: Int64, skipped: Int) {
        self.instant = instant
        self.catalogVersion = catalogVersion
        self.fileCount = fileCount
        self.added = added
        self.changed = changed
        self.removed = removed
        self.hashed = hashed
        self.hashedBytes = hashedBytes
        self.skipped = skipped
    }
}

/// Where the registry keeps what it knows between runs: the files as last hashed, the scans
/// and the seals. ``EvidenceRegistry`` owns the protocol; `Store` implements it on SQLite.
///
/// Every method is one transaction: a process killed at any point leaves the index as it
/// was before or after the call, never in between.
public protocol EvidenceIndex: Sendable {
    /// Every indexed file.
    func indexedFiles() throws -> [IndexedFile]
    /// Every indexed file in compact form, in byte order of the paths (what a scan compares
    /// against; an index that does not offer it gets one built from ``indexedFiles()``).
    func snapshot() throws -> IndexSnapshot
    /// Inserts or replaces `files`. `beforeCommit`, when given, runs inside the transaction
    /// just before it commits (tests use it to kill a scan mid-write).
    func store(_ files: [IndexedFile], beforeCommit: (@Sendable () -> Void)?) throws
    /// Removes `removed` and records the scan.
    func finishScan(_ record: ScanRecord, removing removed: [EvidencePath]) throws
    /// The most recent scan, if any.
    func lastScan() throws -> ScanRecord?
    /// Records a seal of `files` and returns its id.
    func recordSeal(note: String, instant: Date, files: [SealedFile]) throws -> Int64
    /// The most recent seal, if any.
    func latestSeal() throws -> SealSnapshot?
}

extension EvidenceIndex {
    public func snapshot() throws -> IndexSnapshot {
        var snapshot = IndexSnapshot()
        for file in try indexedFiles() { snapshot.append(file) }
        snapshot.ensureSorted()
        return snapshot
    }
}
