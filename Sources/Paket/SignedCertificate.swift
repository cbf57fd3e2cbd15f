public import Core
public import Foundation
import XMLSupport

/// A certificate of standardisation LKPP signs for an LPSE (`urn:patuh:sertifikat:1`): its
/// number, the LPSE, the standards it covers and its validity window. Anyone verifies it with
/// LKPP's public key; the signature covers ``signedText``, so any edited value breaks it.
public struct SignedCertificate: Sendable, Hashable {
    public static let namespace = "urn:patuh:sertifikat:1"
    public static let schemaFileName = "sertifikat.xsd"
    static let context = "patuh-sertifikat-1\n"

    public var number: String
    public var lpseId: String
    public var lpseName: String
    public var standards: [String]
    public var validFrom: CivilDate
    public var validUntil: CivilDate
    /// When it was issued (ISO 8601).
    public var issued: String
    public var issuer: String
    public var signature: PaketSignature?

    public init(number: String, lpseId: String, lpseName: String, standards: [String], validFrom: CivilDate,
                validUntil: CivilDate, issued: String, issuer: String, signature: PaketSignature? = nil) {
        self.number = number
        self.lpseId = lpseId
        self.lpseName = lpseName
        self.standards = standards
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.issued = issued
        self.issuer = issuer
        self.signature = signature
    }

    /// The exact text signed: one `field=value` line per field.
    public var signedText: Data {
        var lines = ["nomor=\(number)", "lpse=\(lpseId)", "nama=\(lpseName)"]
        lines += standards.map { "standar=\($0)" }
        lines += ["mulai=\(validFrom)", "sampai=\(validUntil)", "diterbitkan=\(issued)", "penerbit=\(issuer)"]
        return Data((Self.context + lines.joined(separator: "\n") + "\n").utf8)
    }

    /// The certificate signed by `key`.
    public func signed(by key: PaketSigningKey) throws(PaketError) -> SignedCertificate {
        var copy = self
        copy.signature = PaketSignature(key: key.publicKey, signature: try key.sign(signedText))
        return copy
    }

    /// Whether the signature is sound (trust in the key is another question).
    public var signatureIsSound: Bool {
        guard let signature else { return false }
        return signature.key.verifies(signature.signature, of: signedText)
    }

    /// The certificate as XML.
    public var xml: Data {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sertifikat xmlns=\"\(Self.namespace)\" versi=\"1\">\n"
        out += "  <nomor>\(PaketManifest.escape(number))</nomor>\n"
        out += "  <lpse id=\"\(PaketManifest.escape(lpseId))\"><nama>\(PaketManifest.escape(lpseName))</nama></lpse>\n"
        out += standards.map { "  <standar>\(PaketManifest.escape($0))</standar>\n" }.joined()
        out += "  <berlaku-mulai>\(validFrom)</berlaku-mulai>\n  <berlaku-sampai>\(validUntil)</berlaku-sampai>\n"
        out += "  <diterbitkan>\(PaketManifest.escape(issued))</diterbitkan>\n  <penerbit>\(PaketManifest.escape(issuer))</penerbit>\n"
        if let signature {
            out += "  <tanda-tangan kunci=\"\(signature.key.base64)\" sidik-jari=\"\(signature.key.fingerprint)\">\(signature.signature.base64EncodedString())</tanda-tangan>\n"
        }
        return Data((out + "</sertifikat>\n").utf8)
    }

    /// Reads a certificate file, checked by `sertifikat.xsd` in `schemaDirectory`.
    public static func load(path: String, schemaDirectory: String) throws(PaketError) -> SignedCertificate {
        let root = try CertificateXML.root(path: path, schemaDirectory: schemaDirectory, element: "sertifikat")
        guard let from = CivilDate(iso: root.child("berlaku-mulai")?.text ?? ""), let until = CivilDate(iso: root.child("berlaku-sampai")?.text ?? "") else {
            throw PaketError(.notAPaket, "paket.certificate.invalid", ["path": path, "detail": "dates"])
        }
        return SignedCertificate(number: root.child("nomor")?.text ?? "", lpseId: root.child("lpse")?[attribute: "id"] ?? "",
                                 lpseName: root.child("lpse")?.child("nama")?.text ?? "",
                                 standards: root.children(named: "standar").map(\.text), validFrom: from, validUntil: until,
                                 issued: root.child("diterbitkan")?.text ?? "", issuer: root.child("penerbit")?.text ?? "",
                                 signature: try CertificateXML.signature(root, path: path))
    }
}

/// LKPP's signed list of revoked certificates (`daftar-pencabutan`).
public struct RevocationList: Sendable, Hashable {
    static let context = "patuh-pencabutan-1\n"

    public struct Entry: Sendable, Hashable {
        public var number: String
        public var date: CivilDate

        public init(number: String, date: CivilDate) {
            self.number = number
            self.date = date
        }
    }

    public var issued: String
    public var entries: [Entry]
    public var signature: PaketSignature?

    public init(issued: String, entries: [Entry], signature: PaketSignature? = nil) {
        self.issued = issued
        self.entries = entries.sorted { $0.number < $1.number }
        self.signature = signature
    }

    public var signedText: Data {
        let lines = ["diterbitkan=\(issued)"] + entries.map { "dicabut=\($0.number) \($0.date)" }
        return Data((Self.context + lines.joined(separator: "\n") + "\n").utf8)
    }

    public func signed(by key: PaketSigningKey) throws(PaketError) -> RevocationList {
        var copy = self
        copy.signature = PaketSignature(key: key.publicKey, signature: try key.sign(signedText))
        return copy
    }

    public var signatureIsSound: Bool {
        guard let signature else { return false }
        return signature.key.verifies(signature.signature, of: signedText)
    }

    public var xml: Data {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<daftar-pencabutan xmlns=\"\(SignedCertificate.namespace)\" versi=\"1\">\n"
        out += "  <diterbitkan>\(PaketManifest.escape(issued))</diterbitkan>\n"
        out += entries.map { "  <dicabut nomor=\"\(PaketManifest.escape($0.number))\" tanggal=\"\($0.date)\"/>\n" }.joined()
        if let signature {
            out += "  <tanda-tangan kunci=\"\(signature.key.base64)\" sidik-jari=\"\(signature.key.fingerprint)\">\(signature.signature.base64EncodedString())</tanda-tangan>\n"
        }
        return Data((out + "</daftar-pencabutan>\n").utf8)
    }

    public static func load(path: String, schemaDirectory: String) throws(PaketError) -> RevocationList {
        let root = try CertificateXML.root(path: path, schemaDirectory: schemaDirectory, element: "daftar-pencabutan")
        var entries: [Entry] = []
        for element in root.children(named: "dicabut") {
            guard let date = CivilDate(iso: element[attribute: "tanggal"] ?? "") else {
                throw PaketError(.notAPaket, "paket.certificate.invalid", ["path": path, "detail": "tanggal"])
            }
            entries.append(Entry(number: element[attribute: "nomor"] ?? "", date: date))
        }
        return RevocationList(issued: root.child("diterbitkan")?.text ?? "", entries: entries,
                              signature: try CertificateXML.signature(root, path: path))
    }
}

/// Reading the signed XML documents of `sertifikat.xsd`.
enum CertificateXML {
    static func root(path: String, schemaDirectory: String, element: String) throws(PaketError) -> XMLSupport.XMLElement {
        let document: XMLDocument
        do {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size < 1 << 20 else { throw PaketError(.notAPaket, "paket.certificate.invalid", ["path": path, "detail": "too large"]) }
            document = try XMLDocument.parse(path: path)
            let schema = try XMLSchema(path: (schemaDirectory as NSString).appendingPathComponent(SignedCertificate.schemaFileName))
            let problems = schema.validate(document)
            guard problems.isEmpty, document.root.name == element else {
                throw PaketError(.notAPaket, "paket.certificate.invalid", ["path": path, "detail": problems.map(\.description).joined(separator: "; ")])
            }
        } catch let error as PaketError {
            throw error
        } catch {
            throw PaketError(.notAPaket, "paket.certificate.invalid", ["path": path, "detail": "\(error)"])
        }
        return document.root
    }

    static func signature(_ root: XMLSupport.XMLElement, path: String) throws(PaketError) -> PaketSignature {
        guard let element = root.child("tanda-tangan"), let key = try? PaketPublicKey(base64: element[attribute: "kunci"] ?? ""),
              let signature = Data(base64Encoded: element.text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw PaketError(.tampered, "paket.certificate.forged", ["path": path])
        }
        return PaketSignature(key: key, signature: signature)
    }
}
