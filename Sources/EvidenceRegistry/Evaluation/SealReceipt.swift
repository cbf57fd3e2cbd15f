/// What recording a seal did: its id, how many files it holds, its note, and the files it
/// could not read and so left out.
public struct SealReceipt: Sendable, Hashable {
    public var seal: Int64
    public var files: Int
    public var note: String
    /// Unreadable files, not sealed, in path order.
    public var skipped: [EvidencePath]

    public init(seal: Int64, files: Int, note: String, skipped: [EvidencePath]) {
        self.seal = seal
        self.files = files
        self.note = note
        self.skipped = skipped
    }
}
