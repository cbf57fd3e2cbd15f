/// The bounds every content read is held to, so that no document (malformed, hostile or just
/// huge) can take unbounded memory or time. A document beyond them is a finding, not a crash.
///
/// The archive limits follow Paket's `ArchiveLimits`: the declared and the actual size of each
/// entry are bounded, and an entry over 1 MiB may not expand more than `maximumRatio` times.
public struct ContentLimits: Sendable, Hashable {
    /// The largest file read, in bytes.
    public var maximumFileSize: Int = 32 << 20
    /// At most this many entries in an XLSX, DOCX or ODT archive.
    public var maximumEntries: Int = 10_000
    /// The largest archive entry read, once uncompressed.
    public var maximumEntrySize: Int = 64 << 20
    /// An entry larger than 1 MiB may expand at most this many times.
    public var maximumRatio: Int = 100
    /// At most this many rows in a register.
    public var maximumRows: Int = 200_000
    /// At most this many columns in a register.
    public var maximumColumns: Int = 1_000
    /// The longest cell or line, in bytes.
    public var maximumCellSize: Int = 1 << 20
    /// The most text taken from a document, in bytes.
    public var maximumTextSize: Int = 16 << 20
    /// How long `pdftotext` may run on one file, in seconds.
    public var pdfTimeoutSeconds: Int = 30

    public init() {}

    /// The limits Patuh uses.
    public static let standard = ContentLimits()
}
