import Core
import Crypto
import Foundation
import XMLSupport

/// Reads seal files: safe parse, XSD validation (`Standards/schema/segel.xsd`), then
/// conversion to a ``SealRecord``, with the file's own SHA-256.
///
/// A file that is not well-formed or not valid is an ``EvidenceError`` with code
/// ``EvidenceError/Code/invalidMetadata`` carrying every diagnostic with its line.
public struct SealFileReader: Sendable {
    let schema: XMLSchema

    /// Compiles the schema in `schemaDirectory` (`Standards/schema`).
    public init(schemaDirectory: String) throws(EvidenceError) {
        do {
            schema = try XMLSchema(path: schemaDirectory + "/" + SealRecord.schemaFileName)
        } catch {
            throw EvidenceError(code: .schema, diagnostics: error.diagnostics)
        }
    }

    /// Reads the seal file at `absolutePath`; diagnostics name it as `shownPath`.
    public func read(absolutePath: String, shownPath: String) throws(EvidenceError) -> SealFile {
        guard let data = FileManager.default.contents(atPath: absolutePath) else {
            throw EvidenceError(code: .invalidMetadata, file: shownPath, message: "cannot read the seal file")
        }
        let bytes = [UInt8](data)
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(bytes: bytes, path: shownPath)
        } catch {
            throw EvidenceError(code: .invalidMetadata, diagnostics: error.diagnostics)
        }
        let problems = schema.validate(document)
        guard problems.isEmpty else { throw EvidenceError(code: .invalidMetadata, diagnostics: problems) }
        let root = document.root
        guard root.name == "segel", root.namespace == SealRecord.namespace else {
            throw EvidenceError(code: .invalidMetadata, file: shownPath, line: root.line,
                                message: "expected a <segel> element in namespace \(SealRecord.namespace)")
        }
        let when = root.child("waktu")?.normalizedText ?? ""
        guard let instant = Instant(iso8601: when) else {
            throw EvidenceError(code: .invalidMetadata, file: shownPath, line: root.child("waktu")?.line ?? root.line,
                                message: "'\(when)' is not an instant")
        }
        let zone = IndonesianZone.allCases.first { when.hasSuffix($0.isoOffset) } ?? .wib
        let files = root.children(named: "berkas").map { element in
            SealedFile(path: EvidencePath(element[attribute: "path"] ?? ""), sha256: element[attribute: "sha256"] ?? "",
                       size: Int64(element[attribute: "ukuran"] ?? "") ?? 0,
                       rules: (element[attribute: "aturan"] ?? "").split(separator: " ").map(String.init))
        }
        let signature = root.child("tanda-tangan").map {
            SealSignature(algorithm: $0[attribute: "algoritma"] ?? "", key: $0[attribute: "kunci"] ?? "", value: $0.normalizedText)
        }
        let record = SealRecord(instant: instant, zone: zone, note: root.child("catatan")?.text ?? "",
                                catalogVersion: root.child("katalog")?[attribute: "versi"] ?? "", files: files,
                                signature: signature)
        return SealFile(path: shownPath, record: record, sha256: Self.sha256(bytes))
    }

    /// Lower-case hex SHA-256 of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> String {
        FileHasher.hex(SHA256.hash(data: bytes))
    }
}

/// A seal file read from disk: where it lies, what it records, and its own SHA-256 (the value
/// an LPSE quotes in a letter).
public struct SealFile: Sendable, Hashable {
    /// Relative to the workspace (`Evidence/_segel/segel-2026-11-25-1.xml`), or as given.
    public var path: String
    public var record: SealRecord
    public var sha256: String

    public init(path: String, record: SealRecord, sha256: String) {
        self.path = path
        self.record = record
        self.sha256 = sha256
    }

    /// The file's name without its folder.
    public var name: String { (path as NSString).lastPathComponent }
}
