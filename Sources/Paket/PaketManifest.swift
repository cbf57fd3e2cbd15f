public import Core
public import Foundation

/// The manifest of a paket (`manifest.xml`, schema `Standards/schema/paket.xsd`, namespace
/// `urn:patuh:paket:1`): who sends it, on which catalog and seal, and every other file of the
/// archive with its size and SHA-256. Its exact bytes are what `manifest.sig` signs.
///
/// A *pengajuan* (submission) carries an LPSE's sealed evidence and penilaian mandiri; a *hasil*
/// (result) carries LKPP's penilaian faktual, findings and report, and names the submission it
/// answers (``answers``).
public struct PaketManifest: Sendable, Hashable {
    public static let namespace = "urn:patuh:paket:1"
    public static let version = "1"
    public static let schemaFileName = "paket.xsd"
    public static let entryName = "manifest.xml"
    public static let signatureName = "manifest.sig"

    /// What a paket is for.
    public enum Kind: String, Sendable, Hashable {
        /// A submission from an LPSE.
        case pengajuan
        /// LKPP's result for one submission.
        case hasil
    }

    /// What a file of the paket is.
    public enum Role: String, Sendable, Hashable {
        case bukti, metadata, jawaban, profil, laporan, temuan
    }

    /// One file of the paket.
    public struct File: Sendable, Hashable {
        public var path: String
        public var size: Int64
        public var sha256: String
        public var role: Role
        /// The `bukti.xml` describing this file, when there is one.
        public var metadata: String?

        public init(path: String, size: Int64, sha256: String, role: Role, metadata: String? = nil) {
            self.path = path
            self.size = size
            self.sha256 = sha256
            self.role = role
            self.metadata = metadata
        }
    }

    /// The LPSE the paket is about.
    public struct LPSE: Sendable, Hashable {
        public var id: String
        public var name: String
        public var instansi: String
        public var zone: IndonesianZone

        public init(id: String, name: String, instansi: String, zone: IndonesianZone) {
            self.id = id
            self.name = name
            self.instansi = instansi
            self.zone = zone
        }
    }

    /// The seal the submitted evidence was taken from.
    public struct Seal: Sendable, Hashable {
        public var id: Int64
        public var instant: Instant
        public var note: String
        public var files: Int

        public init(id: Int64, instant: Instant, note: String, files: Int) {
            self.id = id
            self.instant = instant
            self.note = note
            self.files = files
        }
    }

    public var kind: Kind
    public var created: Instant
    public var patuhVersion: String
    public var lpse: LPSE
    public var catalogVersion: String
    public var catalogSHA256: String
    public var seal: Seal?
    /// A result: the SHA-256 of the submission paket it answers.
    public var answers: String?
    /// Every file but the manifest and its signature, sorted by path (byte order).
    public var files: [File]

    public init(kind: Kind, created: Instant, patuhVersion: String, lpse: LPSE, catalogVersion: String,
                catalogSHA256: String, seal: Seal? = nil, answers: String? = nil, files: [File]) {
        self.kind = kind
        self.created = created
        self.patuhVersion = patuhVersion
        self.lpse = lpse
        self.catalogVersion = catalogVersion
        self.catalogSHA256 = catalogSHA256
        self.seal = seal
        self.answers = answers
        self.files = files.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
    }

    /// The files of one role.
    public func files(_ role: Role) -> [File] {
        files.filter { $0.role == role }
    }
}
