public import Core
public import Foundation
import XMLSupport

extension PaketManifest {
    /// The manifest as XML: always the same bytes for the same value.
    public var xml: Data {
        let zone = lpse.zone
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<paket xmlns=\"\(Self.namespace)\" versi=\"\(Self.version)\" jenis=\"\(kind.rawValue)\">\n"
        out += "  <dibuat>\(created.iso8601(in: zone))</dibuat>\n"
        out += "  <patuh>\(Self.escape(patuhVersion))</patuh>\n"
        out += "  <lpse id=\"\(Self.escape(lpse.id))\" zona=\"\(zone.rawValue)\">"
        out += "<nama>\(Self.escape(lpse.name))</nama><instansi>\(Self.escape(lpse.instansi))</instansi></lpse>\n"
        out += "  <katalog versi=\"\(Self.escape(catalogVersion))\" sha256=\"\(catalogSHA256)\"/>\n"
        if let seal {
            out += "  <segel id=\"\(seal.id)\" waktu=\"\(seal.instant.iso8601(in: zone))\" berkas=\"\(seal.files)\">"
            out += "<catatan>\(Self.escape(seal.note))</catatan></segel>\n"
        }
        if let answers { out += "  <menjawab sha256=\"\(answers)\"/>\n" }
        for file in files {
            out += "  <berkas jalur=\"\(Self.escape(file.path))\" ukuran=\"\(file.size)\" sha256=\"\(file.sha256)\" peran=\"\(file.role.rawValue)\""
            if let metadata = file.metadata { out += " metadata=\"\(Self.escape(metadata))\"" }
            out += "/>\n"
        }
        out += "</paket>\n"
        return Data(out.utf8)
    }

    /// Reads a manifest's bytes: refuses an unknown version (a newer Patuh) with a clear message,
    /// then anything the schema in `schemaDirectory` does not accept.
    public static func parse(_ bytes: Data, schemaDirectory: String) throws(PaketError) -> PaketManifest {
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(bytes: Array(bytes), path: entryName)
        } catch {
            throw PaketError(.notAPaket, "paket.manifest.invalid", ["detail": error.diagnostics.map(\.description).joined(separator: "; ")])
        }
        let root = document.root
        guard root.name == "paket", let namespace = root.namespace, namespace.hasPrefix("urn:patuh:paket:") else {
            throw PaketError(.notAPaket, "paket.manifest.notManifest")
        }
        let version = root[attribute: "versi"] ?? String(namespace.dropFirst("urn:patuh:paket:".count))
        guard namespace == Self.namespace, version == Self.version else {
            throw PaketError(.notAPaket, "paket.manifest.unknownVersion", ["version": version, "known": Self.version])
        }
        let schemaPath = (schemaDirectory as NSString).appendingPathComponent(schemaFileName)
        do {
            let problems = try XMLSchema(path: schemaPath).validate(document)
            guard problems.isEmpty else {
                throw PaketError(.notAPaket, "paket.manifest.invalid", ["detail": problems.map(\.description).joined(separator: "; ")])
            }
        } catch let error as PaketError {
            throw error
        } catch {
            throw PaketError(.io, "paket.schema.unusable", ["path": schemaPath])
        }
        return try read(root)
    }

    private static func read(_ root: XMLSupport.XMLElement) throws(PaketError) -> PaketManifest {
        func required(_ value: String?) throws(PaketError) -> String {
            guard let value else { throw PaketError(.notAPaket, "paket.manifest.invalid", ["detail": "missing value"]) }
            return value
        }
        func instant(_ text: String?) throws(PaketError) -> Instant {
            guard let text, let value = Instant(iso8601: text) else {
                throw PaketError(.notAPaket, "paket.manifest.invalid", ["detail": "bad instant \(text ?? "")"])
            }
            return value
        }
        let lpseElement = root.child("lpse")
        guard let kind = Kind(rawValue: root[attribute: "jenis"] ?? ""), let lpseElement,
              let zone = IndonesianZone(name: lpseElement[attribute: "zona"] ?? "") else {
            throw PaketError(.notAPaket, "paket.manifest.invalid", ["detail": "jenis or lpse"])
        }
        let lpse = LPSE(id: try required(lpseElement[attribute: "id"]), name: lpseElement.child("nama")?.text ?? "",
                        instansi: lpseElement.child("instansi")?.text ?? "", zone: zone)
        let catalog = root.child("katalog")
        var seal: Seal?
        if let element = root.child("segel") {
            seal = Seal(id: Int64(element[attribute: "id"] ?? "") ?? 0, instant: try instant(element[attribute: "waktu"]),
                        note: element.child("catatan")?.text ?? "", files: Int(element[attribute: "berkas"] ?? "") ?? 0)
        }
        var files: [File] = []
        for element in root.children(named: "berkas") {
            guard let size = Int64(element[attribute: "ukuran"] ?? ""), let role = Role(rawValue: element[attribute: "peran"] ?? "") else {
                throw PaketError(.notAPaket, "paket.manifest.invalid", ["detail": "berkas"])
            }
            files.append(File(path: try required(element[attribute: "jalur"]), size: size,
                              sha256: try required(element[attribute: "sha256"]), role: role, metadata: element[attribute: "metadata"]))
        }
        return PaketManifest(kind: kind, created: try instant(root.child("dibuat")?.text), patuhVersion: root.child("patuh")?.text ?? "",
                             lpse: lpse, catalogVersion: try required(catalog?[attribute: "versi"]),
                             catalogSHA256: try required(catalog?[attribute: "sha256"]), seal: seal,
                             answers: root.child("menjawab")?[attribute: "sha256"], files: files)
    }

    static func escape(_ text: String) -> String {
        XMLWriter.escape(text, attribute: true)
    }
}
