/// What recording a seal did: its id, how many files it holds, its note, the files it could
/// not read and so left out, and the seal file written with its SHA-256.
public struct SealReceipt: Sendable, Hashable {
    public var seal: Int64
    public var files: Int
    public var note: String
    /// Unreadable files, not sealed, in path order.
    public var skipped: [EvidencePath]
    /// The seal file written (`Evidence/_segel/segel-<YYYY-MM-DD>-<n>.xml`), relative to the workspace.
    public var sealFile: String?
    /// The seal file's own SHA-256, to quote in a letter.
    public var sealFileSHA256: String?

    public init(seal: Int64, files: Int, note: String, skipped: [EvidencePath], sealFile: String? = nil,
                sealFileSHA256: String? = nil) {
        self.seal = seal
        self.files = files
        self.note = note
        self.skipped = skipped
        self.sealFile = sealFile
        self.sealFileSHA256 = sealFileSHA256
    }
}
