/// The kinds of report Patuh writes.
public enum ReportKind: String, Sendable, Codable, CaseIterable {
    /// Laporan penilaian mandiri: where the LPSE stands and what to do next.
    case mandiri
    /// Laporan penilaian faktual: the assessor's findings beside the LPSE's claims.
    case faktual
    /// Status bukti: the evidence matrix.
    case bukti
    /// Status pembinaan: a case's timeline and deadlines.
    case pembinaan
}

/// The LPSE a report is about.
public struct ReportLPSE: Sendable, Codable, Hashable {
    public var id: String
    public var name: String
    public var instansi: String
    /// WIB, WITA or WIT.
    public var zone: String

    public init(id: String, name: String, instansi: String, zone: String) {
        self.id = id
        self.name = name
        self.instansi = instansi
        self.zone = zone
    }
}

/// What every report starts with. `schema` names the JSON layout (see docs/report-schema.md).
public struct ReportHeader: Sendable, Codable, Hashable {
    /// The JSON schema identifier and version, e.g. `patuh.laporan.mandiri/1`.
    public var schema: String
    public var kind: ReportKind
    /// `id` or `en`.
    public var language: String
    public var title: String
    /// The injected current instant, ISO 8601 with the LPSE's offset: the only time in a report.
    public var generatedAt: String
    public var lpse: ReportLPSE
    public var catalogVersion: String
    public var patuhVersion: String

    /// A header titled as its kind's report is in `language` ("Laporan Penilaian Mandiri", …).
    public init(kind: ReportKind, language: String, generatedAt: String, lpse: ReportLPSE,
                catalogVersion: String, patuhVersion: String) {
        self.init(kind: kind, language: language, title: Messages.table(language)["title." + kind.rawValue] ?? kind.rawValue,
                  generatedAt: generatedAt, lpse: lpse, catalogVersion: catalogVersion, patuhVersion: patuhVersion)
    }

    public init(kind: ReportKind, language: String, title: String, generatedAt: String, lpse: ReportLPSE,
                catalogVersion: String, patuhVersion: String) {
        self.schema = "patuh.laporan.\(kind.rawValue)/\(ReportHeader.schemaVersion)"
        self.kind = kind
        self.language = language
        self.title = title
        self.generatedAt = generatedAt
        self.lpse = lpse
        self.catalogVersion = catalogVersion
        self.patuhVersion = patuhVersion
    }

    /// The version of the JSON layout; raised on any incompatible change.
    public static let schemaVersion = 1
}
