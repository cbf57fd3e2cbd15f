import Catalog
import Core
import XMLSupport

/// Reads `bukti.xml` files: safe parse, XSD validation (`Standards/schema/bukti.xsd`), then
/// conversion to ``BuktiEntry`` values.
///
/// A file that is not well-formed or not valid is an ``EvidenceError`` with code
/// ``EvidenceError/Code/invalidMetadata`` carrying every diagnostic with its line.
public struct BuktiReader: Sendable {
    /// The namespace of `bukti.xml`.
    public static let namespace = "urn:patuh:bukti:1"
    /// The schema's file name under `Standards/schema/`.
    public static let schemaFileName = "bukti.xsd"

    let schema: XMLSchema

    /// Compiles the schema in `schemaDirectory` (`Standards/schema`).
    public init(schemaDirectory: String) throws(EvidenceError) {
        do {
            schema = try XMLSchema(path: schemaDirectory + "/" + Self.schemaFileName)
        } catch {
            throw EvidenceError(code: .schema, diagnostics: error.diagnostics)
        }
    }

    /// Reads the `bukti.xml` at `absolutePath`; diagnostics name it as `shownPath`.
    ///
    /// The file is read like every XML input (``XMLSupport/InputFile``: a regular file within
    /// the size limit), and a symbolic link is refused: the walker never follows one either.
    public func read(absolutePath: String, shownPath: EvidencePath) throws(EvidenceError) -> BuktiFile {
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(path: absolutePath, shownAs: shownPath.string, followSymlinks: false)
        } catch {
            throw EvidenceError(code: .invalidMetadata, diagnostics: error.diagnostics)
        }
        return try read(document, shownPath: shownPath)
    }

    /// Reads a `bukti.xml` already in memory (held to the same limits as a file).
    public func read(bytes: [UInt8], shownPath: EvidencePath) throws(EvidenceError) -> BuktiFile {
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(bytes: bytes, path: shownPath.string)
        } catch {
            throw EvidenceError(code: .invalidMetadata, diagnostics: error.diagnostics)
        }
        return try read(document, shownPath: shownPath)
    }

    private func read(_ document: XMLDocument, shownPath: EvidencePath) throws(EvidenceError) -> BuktiFile {
        let problems = schema.validate(document)
        guard problems.isEmpty else { throw EvidenceError(code: .invalidMetadata, diagnostics: problems) }
        guard document.root.name == "bukti", document.root.namespace == Self.namespace else {
            throw EvidenceError(code: .invalidMetadata, file: shownPath.string, line: document.root.line,
                                message: "expected a <bukti> element in namespace \(Self.namespace)")
        }
        let entries = document.root.children(named: "dokumen").map { entry(from: $0, source: shownPath.string) }
        return BuktiFile(path: shownPath, entries: entries)
    }

    private func entry(from element: XMLElement, source: String) -> BuktiEntry {
        func text(_ name: String) -> String? { element.child(name)?.normalizedText }
        func date(_ name: String) -> CivilDate? { text(name).flatMap { CivilDate(iso: $0) } }
        let ratification = element.child("disahkan-oleh").map {
            Ratification(name: $0.normalizedText, position: $0[attribute: "jabatan"] ?? "",
                         date: $0[attribute: "tanggal"].flatMap { CivilDate(iso: $0) })
        }
        return BuktiEntry(
            fileName: element[attribute: "berkas"] ?? "",
            rules: (element[attribute: "aturan"] ?? "").split(separator: " ").map(String.init),
            number: text("nomor"), title: text("judul"), date: date("tanggal"),
            validFrom: date("berlaku-mulai"), validUntil: date("berlaku-sampai"),
            ratifiedBy: ratification, note: text("catatan"), source: source, line: element.line)
    }
}
