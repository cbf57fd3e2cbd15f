/// One file as the evidence index stores it: where it is, what it was when hashed, its
/// SHA-256, and what it proves.
public struct IndexedFile: Sendable, Hashable, Codable {
    public var path: EvidencePath
    public var stat: FileStat
    /// The SHA-256 of the content, lower-case hex.
    public var sha256: String
    /// The file was modified so close to the moment it was hashed that a later change within
    /// the same timestamp could go unseen; the next scan hashes it again (git's "racily clean").
    public var racy: Bool
    /// The evidence rules the file was matched to when indexed, in order.
    public var rules: [String]
    /// The file's `bukti.xml` entry as JSON, if it has one.
    public var metadata: String?

    public init(path: EvidencePath, stat: FileStat, sha256: String, racy: Bool = false,
                rules: [String] = [], metadata: String? = nil) {
        self.path = path
        self.stat = stat
        self.sha256 = sha256
        self.racy = racy
        self.rules = rules
        self.metadata = metadata
    }
}
