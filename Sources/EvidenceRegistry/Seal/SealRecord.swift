public import Core

/// A seal as a seal file (`Evidence/_segel/segel-<YYYY-MM-DD>-<n>.xml`, schema
/// `Standards/schema/segel.xsd`, namespace `urn:patuh:segel:1`) records it: what an LPSE and
/// LKPP share as "these are the bytes we submitted on that date".
///
/// The file is meant to be committed with the evidence, so that `bukti verify` and `periksa`
/// can compare against it on a fresh checkout, where the workspace database holds no seal.
///
/// ## Topics
/// - ``SealFileWriter``
/// - ``SealFileReader``
/// - ``SealFolder``
/// - ``SealSignature``
public struct SealRecord: Sendable, Hashable {
    /// The namespace of a seal file.
    public static let namespace = "urn:patuh:segel:1"
    /// The schema's file name under `Standards/schema/`.
    public static let schemaFileName = "segel.xsd"
    /// The format version written in `versi`.
    public static let formatVersion = 1

    /// When the seal was made.
    public var instant: Instant
    /// The zone the instant is written in (the LPSE's), and whose civil day names the file.
    public var zone: IndonesianZone
    /// The note given with `--catatan`.
    public var note: String
    /// The version of the standards catalog in force.
    public var catalogVersion: String
    /// The penilaian answer files among ``files``, in path order.
    public var answerFiles: [EvidencePath]
    /// Every sealed file, in byte order of its path.
    public var files: [SealedFile]
    /// The LPSE's signature, once signing keys exist; `nil` in a plain seal file.
    public var signature: SealSignature?

    public init(instant: Instant, zone: IndonesianZone, note: String, catalogVersion: String,
                files: [SealedFile], signature: SealSignature? = nil) {
        self.instant = instant
        self.zone = zone
        self.note = note
        self.catalogVersion = catalogVersion
        self.files = files.sorted { $0.path < $1.path }
        self.answerFiles = self.files.map(\.path).filter(EvidenceLayout.isAnswerFile)
        self.signature = signature
    }

    /// The civil day of the seal in its zone (the date in the file's name).
    public var day: CivilDate { zone.civilDate(of: instant) }

    /// The seal as the evaluator and `verify` compare with (`id` 0: it has no database row).
    public func snapshot(id: Int64 = 0) -> SealSnapshot {
        SealSnapshot(id: id, instant: instant.date, note: note, files: files)
    }
}

/// The extension point for a signed seal file: the LPSE's signature over the seal file's bytes
/// without its `<tanda-tangan>` element, with the algorithm and the key's name.
///
/// Patuh does not sign seal files yet (no signing keys exist); a reader keeps a signature it
/// finds so that a later verifier can check it against a named key, and says it is unchecked.
public struct SealSignature: Sendable, Hashable {
    /// E.g. `ed25519`.
    public var algorithm: String
    /// The name of the key (its owner), as the key register will know it.
    public var key: String
    /// The signature, base64.
    public var value: String

    public init(algorithm: String, key: String, value: String) {
        self.algorithm = algorithm
        self.key = key
        self.value = value
    }
}
