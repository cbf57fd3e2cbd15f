public import Catalog
public import Core

/// Who ratified (signed) a document: name, position and, optionally, when.
public struct Ratification: Sendable, Hashable, Codable {
    public var name: String
    /// The position (jabatan), e.g. `Kepala LPSE`.
    public var position: String
    public var date: CivilDate?

    public init(name: String, position: String, date: CivilDate? = nil) {
        self.name = name
        self.position = position
        self.date = date
    }
}

/// One `<dokumen>` of a `bukti.xml`: what the LPSE declares about one evidence file.
public struct BuktiEntry: Sendable, Hashable, Codable {
    /// The file name, in the same folder as the `bukti.xml`.
    public var fileName: String
    /// Evidence rule ids that override the match by pattern (empty: match by pattern).
    public var rules: [String]
    /// The document number (nomor).
    public var number: String?
    /// The title (judul).
    public var title: String?
    /// The document's own date (tanggal).
    public var date: CivilDate?
    /// The first day of validity (berlaku-mulai).
    public var validFrom: CivilDate?
    /// The last day of validity (berlaku-sampai).
    public var validUntil: CivilDate?
    /// The ratification (disahkan-oleh), when recorded.
    public var ratifiedBy: Ratification?
    public var note: String?
    /// The `bukti.xml` this entry is in, relative to the workspace, and its line.
    public var source: String
    public var line: Int

    public init(fileName: String, rules: [String] = [], number: String? = nil, title: String? = nil,
                date: CivilDate? = nil, validFrom: CivilDate? = nil, validUntil: CivilDate? = nil,
                ratifiedBy: Ratification? = nil, note: String? = nil, source: String = "", line: Int = 0) {
        self.fileName = fileName
        self.rules = rules
        self.number = number
        self.title = title
        self.date = date
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.ratifiedBy = ratifiedBy
        self.note = note
        self.source = source
        self.line = line
    }
}

/// A parsed `bukti.xml`.
public struct BuktiFile: Sendable, Hashable {
    /// The file's path relative to the workspace.
    public var path: EvidencePath
    public var entries: [BuktiEntry]

    public init(path: EvidencePath, entries: [BuktiEntry]) {
        self.path = path
        self.entries = entries
    }
}
