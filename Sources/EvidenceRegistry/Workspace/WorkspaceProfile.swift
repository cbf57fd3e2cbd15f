import Foundation
public import Catalog
public import Core
public import XMLSupport

/// The workspace profile, `patuh.xml` at the workspace root: which LPSE the evidence belongs
/// to, its instansi, its time zone and whose infrastructure its SPSE runs on.
///
/// ## Topics
/// - ``load(workspace:schemaDirectory:)``
public struct WorkspaceProfile: Sendable, Hashable, Codable {
    /// The namespace of `patuh.xml`.
    public static let namespace = "urn:patuh:workspace:1"
    /// The profile's file name at the workspace root.
    public static let fileName = "patuh.xml"
    /// The schema's file name under `Standards/schema/`.
    public static let schemaFileName = "workspace.xsd"

    /// A short stable id, e.g. `lpse-kab-contoh`.
    public var id: String
    /// The LPSE's name, e.g. `LPSE Kabupaten Contoh`.
    public var name: String
    /// The owning instansi, e.g. `Pemerintah Kabupaten Contoh`.
    public var instansi: String
    public var zone: IndonesianZone
    /// Whose infrastructure the SPSE runs on (`<infrastruktur>`, default ``SPSEHosting/sendiri``).
    public var hosting: SPSEHosting
    /// The province (`<provinsi>`), when declared: LKPP's portfolio filters by it.
    public var province: String?
    /// The kind of instansi (`<jenis-instansi>`: kementerian, lembaga, provinsi, kabupaten, kota, lainnya), when declared.
    public var instansiKind: String?
    /// How many people work at the LPSE (`<jumlah-pegawai>`), when declared: S08.4 needs one
    /// NDA or integrity pact each.
    public var staff: Int?

    public init(id: String, name: String, instansi: String, zone: IndonesianZone, hosting: SPSEHosting = .sendiri,
                province: String? = nil, instansiKind: String? = nil, staff: Int? = nil) {
        self.id = id
        self.name = name
        self.instansi = instansi
        self.zone = zone
        self.hosting = hosting
        self.province = province
        self.instansiKind = instansiKind
        self.staff = staff
    }

    /// Used when a workspace has no `patuh.xml`: an unnamed LPSE in WIB.
    public static let unnamed = WorkspaceProfile(id: "lpse", name: "LPSE", instansi: "", zone: .wib)

    /// Reads `WORKSPACE/patuh.xml`, validated by `workspace.xsd` in `schemaDirectory`.
    /// Returns ``unnamed`` when the file does not exist.
    public static func load(workspace: String, schemaDirectory: String) throws(EvidenceError) -> WorkspaceProfile {
        let path = (workspace as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return .unnamed }
        let root: XMLElement
        do {
            let schema = try XMLSchema(path: (schemaDirectory as NSString).appendingPathComponent(schemaFileName))
            root = try schema.load(path: path).root
        } catch {
            throw EvidenceError(code: error.code == .schema ? .schema : .invalidMetadata, diagnostics: error.diagnostics)
        }
        return try read(root, path: path)
    }

    /// The profile a `patuh.xml` root element describes, once it satisfies `workspace.xsd`.
    public static func read(_ root: XMLElement, path: String) throws(EvidenceError) -> WorkspaceProfile {
        guard root.name == "lpse", root.namespace == namespace else {
            throw EvidenceError(code: .invalidMetadata, file: path, line: root.line,
                                message: "expected an <lpse> element in namespace \(namespace)")
        }
        return WorkspaceProfile(
            id: root[attribute: "id"] ?? "",
            name: root.child("nama")?.normalizedText ?? "",
            instansi: root.child("instansi")?.normalizedText ?? "",
            zone: IndonesianZone(rawValue: root.child("zona-waktu")?.normalizedText ?? "") ?? .wib,
            hosting: SPSEHosting(rawValue: root.child("infrastruktur")?.normalizedText ?? "") ?? .sendiri,
            province: root.child("provinsi")?.normalizedText,
            instansiKind: root.child("jenis-instansi")?.normalizedText,
            staff: root.child("jumlah-pegawai").flatMap { Int($0.normalizedText) })
    }
}
