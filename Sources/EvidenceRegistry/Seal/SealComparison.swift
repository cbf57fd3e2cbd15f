/// What changed between two lists of sealed files (two seals, or a database seal and a seal
/// file): files only in the second, only in the first, and in both with different hashes.
public struct SealComparison: Sendable, Hashable {
    /// Files only the second list has, in path order.
    public var added: [SealedFile]
    /// Files only the first list has, in path order.
    public var removed: [SealedFile]
    /// Files in both whose hashes differ (`sealedSHA256` the first's, `currentSHA256` the
    /// second's), in path order.
    public var changed: [SealDeviation]
    /// How many files are in both with the same hash.
    public var unchanged: Int

    public init(from first: [SealedFile], to second: [SealedFile]) {
        let old = Dictionary(first.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let new = Dictionary(second.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        added = new.values.filter { old[$0.path] == nil }.sorted { $0.path < $1.path }
        removed = old.values.filter { new[$0.path] == nil }.sorted { $0.path < $1.path }
        changed = old.values.compactMap { before in
            guard let after = new[before.path], after.sha256 != before.sha256 else { return nil }
            return SealDeviation(path: before.path, kind: .changed, sealedSHA256: before.sha256, currentSHA256: after.sha256)
        }.sorted { $0.path < $1.path }
        unchanged = old.values.filter { new[$0.path]?.sha256 == $0.sha256 }.count
    }

    /// Whether both lists hold the same files with the same hashes.
    public var identical: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

    /// How many files differ.
    public var differing: Int { added.count + removed.count + changed.count }
}

/// Where the seal compared with comes from.
public enum SealSource: Sendable, Hashable {
    /// The latest seal in the workspace database.
    case database(id: Int64)
    /// A seal file (the latest under `Evidence/_segel/`, or the one `--segel` names), with its
    /// path and its own SHA-256.
    case file(path: String, sha256: String)
}

/// The seal that `verify`, `periksa` and scoring compare with, where it comes from, and
/// whether the database's latest seal and the latest seal file disagree.
public struct SealInForce: Sendable, Hashable {
    public var snapshot: SealSnapshot
    public var source: SealSource
    /// Set when the database has a seal, a seal file exists too, and their files differ.
    public var disagreement: SealDisagreement?

    public init(snapshot: SealSnapshot, source: SealSource, disagreement: SealDisagreement? = nil) {
        self.snapshot = snapshot
        self.source = source
        self.disagreement = disagreement
    }
}

/// The database's latest seal and the latest seal file record different files.
public struct SealDisagreement: Sendable, Hashable {
    /// The database seal's number.
    public var databaseSeal: Int64
    /// The seal file, relative to the workspace.
    public var file: String
    /// From the database seal to the seal file.
    public var comparison: SealComparison

    public init(databaseSeal: Int64, file: String, comparison: SealComparison) {
        self.databaseSeal = databaseSeal
        self.file = file
        self.comparison = comparison
    }
}
