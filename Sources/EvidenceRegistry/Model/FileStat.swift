/// What the file system says about a file: enough to tell, as git's index does, that a file
/// has not changed since it was last hashed.
public struct FileStat: Sendable, Hashable, Codable {
    /// The size in bytes.
    public var size: Int64
    /// The modification time in nanoseconds since 1970-01-01T00:00:00Z.
    public var modifiedNanos: Int64
    /// The inode number.
    public var inode: UInt64

    public init(size: Int64, modifiedNanos: Int64, inode: UInt64) {
        self.size = size
        self.modifiedNanos = modifiedNanos
        self.inode = inode
    }

    /// The modification time in whole seconds since 1970.
    public var modifiedSeconds: Int64 {
        modifiedNanos >= 0 ? modifiedNanos / 1_000_000_000 : (modifiedNanos - 999_999_999) / 1_000_000_000
    }
}
