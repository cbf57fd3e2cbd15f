import Foundation

/// A file as a seal recorded it.
public struct SealedFile: Sendable, Hashable, Codable {
    public var path: EvidencePath
    public var sha256: String
    public var size: Int64
    /// The rules it proved when sealed.
    public var rules: [String]

    public init(path: EvidencePath, sha256: String, size: Int64, rules: [String]) {
        self.path = path
        self.sha256 = sha256
        self.size = size
        self.rules = rules
    }
}

/// A sealed snapshot of the evidence (e.g. when a penilaian is submitted): the hashes every
/// later `verify` and `periksa` compare against.
public struct SealSnapshot: Sendable, Hashable, Codable {
    public var id: Int64
    public var instant: Date
    /// The note given with `--catatan`.
    public var note: String
    public var files: [SealedFile]

    public init(id: Int64, instant: Date, note: String, files: [SealedFile]) {
        self.id = id
        self.instant = instant
        self.note = note
        self.files = files
    }
}

/// A sealed file that has since changed or disappeared.
public struct SealDeviation: Sendable, Hashable, Codable {
    /// `changed` or `removed`.
    public enum Kind: String, Sendable, Hashable, Codable {
        case changed
        case removed
    }

    public var path: EvidencePath
    public var kind: Kind
    public var sealedSHA256: String
    /// The current hash, for a changed file.
    public var currentSHA256: String?

    public init(path: EvidencePath, kind: Kind, sealedSHA256: String, currentSHA256: String?) {
        self.path = path
        self.kind = kind
        self.sealedSHA256 = sealedSHA256
        self.currentSHA256 = currentSHA256
    }
}

extension SealSnapshot {
    /// The sealed files that differ from `current` (path → SHA-256), in path order.
    public func deviations(from current: [EvidencePath: String]) -> [SealDeviation] {
        files.sorted { $0.path < $1.path }.compactMap { sealed in
            guard let now = current[sealed.path] else {
                return SealDeviation(path: sealed.path, kind: .removed, sealedSHA256: sealed.sha256, currentSHA256: nil)
            }
            return now == sealed.sha256 ? nil
                : SealDeviation(path: sealed.path, kind: .changed, sealedSHA256: sealed.sha256, currentSHA256: now)
        }
    }
}
