/// The limits a paket is checked against before a byte of it is extracted: they stop zip bombs,
/// absurd entry counts and oversized manifests. Every limit can be raised by the caller.
public struct ArchiveLimits: Sendable, Hashable {
    /// At most this many entries.
    public var maximumEntries = 200_000
    /// At most this many bytes once uncompressed, all entries together (default 16 GiB).
    public var maximumTotalSize: Int64 = 16 << 30
    /// An entry (or the whole archive) larger than 1 MiB may expand at most this many times.
    public var maximumRatio: Int64 = 100
    /// The manifest may be at most this large (default 32 MiB).
    public var maximumManifestSize: Int64 = 32 << 20
    /// The signature file may be at most this large.
    public var maximumSignatureSize: Int64 = 4096
    /// An entry name may be at most this many bytes.
    public var maximumNameLength = 1024

    public init() {}
}
