public import Core
import Foundation
import Mustache

/// The printable rendering of a signed certificate document (`sertifikat-<nomor>.xml`): what
/// the LPSE hangs on the wall. The signed XML is the certificate; this page shows its content,
/// the fingerprint of the key that signed it and how anyone checks it.
public struct CertificateDocument: Sendable {
    /// A certified standard with its catalog name.
    public struct Standard: Sendable, Hashable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    public var language: Language
    public var number: String
    public var lpseId: String
    public var lpseName: String
    public var instansi: String
    public var standards: [Standard]
    public var validFrom: CivilDate
    public var validUntil: CivilDate
    /// When it was issued (ISO 8601 with the LPSE's offset).
    public var issued: String
    /// The holder of the LKPP key that signed it.
    public var issuer: String
    /// The signing key's fingerprint, as people read it aloud.
    public var fingerprint: String
    /// The signed document's file name, for the verification line.
    public var signedFile: String
    /// The recorded penilaian faktual the certificate rests on, when known.
    public var faktualDate: CivilDate?
    public var catalogVersion: String
    public var patuhVersion: String

    public init(language: Language, number: String, lpseId: String, lpseName: String, instansi: String,
                standards: [Standard], validFrom: CivilDate, validUntil: CivilDate, issued: String, issuer: String,
                fingerprint: String, signedFile: String, faktualDate: CivilDate?, catalogVersion: String, patuhVersion: String) {
        self.language = language
        self.number = number
        self.lpseId = lpseId
        self.lpseName = lpseName
        self.instansi = instansi
        self.standards = standards
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.issued = issued
        self.issuer = issuer
        self.fingerprint = fingerprint
        self.signedFile = signedFile
        self.faktualDate = faktualDate
        self.catalogVersion = catalogVersion
        self.patuhVersion = patuhVersion
    }
}

/// Renders a ``CertificateDocument`` as one A4 page of HTML (the reports' stylesheet plus the
/// certificate's frame), in the document's language; PDF is made from it by the same converter
/// as the reports. Pure: the same document gives the same bytes.
public struct CertificateRenderer: Sendable {
    private let library: MustacheLibrary

    public init() {
        var library = MustacheLibrary()
        do {
            try library.register(CertificateTemplate.html, named: "sertifikat.html")
        } catch {
            // The template is compiled into Patuh; a parse failure is a bug caught by the tests.
            preconditionFailure("certificate template does not parse: \(error)")
        }
        self.library = library
    }

    /// The page's words in `language`, from the message catalog.
    static func words(_ language: Language) -> [String: String] {
        let messages = Core.Messages(language)
        let keys = [
            "title": "sertifikat.dokumen.title", "number": "sertifikat.dokumen.number", "givenTo": "sertifikat.dokumen.givenTo",
            "forStandards": "sertifikat.dokumen.forStandards", "valid": "sertifikat.dokumen.valid",
            "issued": "sertifikat.dokumen.issued", "issuer": "sertifikat.dokumen.issuer",
            "signedHeading": "sertifikat.dokumen.signedHeading", "signedText": "sertifikat.dokumen.signedText",
            "fingerprint": "sertifikat.dokumen.fingerprint", "verifyWith": "sertifikat.dokumen.verifyWith",
            "revocation": "sertifikat.dokumen.revocation", "footer": "sertifikat.dokumen.footer",
            "lpseId": "sertifikat.dokumen.lpseId", "catalog": "sertifikat.dokumen.catalog",
        ]
        return keys.mapValues { messages.text($0) }
    }

    /// The page as HTML.
    public func html(_ document: CertificateDocument) throws -> String {
        let language = document.language
        var words = [
            "validFrom": DateText.date(document.validFrom, language),
            "validUntil": DateText.date(document.validUntil, language),
            "issued": DateText.dateTime(iso: document.issued, language),
            "verifyCommand": "patuh sertifikat verifikasi \(document.signedFile)",
            "lang": language.rawValue,
        ]
        if document.standards.count > 5 { words["many"] = "many" }
        if let faktual = document.faktualDate {
            words["faktual"] = Core.Messages(language).text("sertifikat.dokumen.faktual", ["date": DateText.date(faktual, language)])
        }
        let context = CertificateContext(document: document, t: Self.words(language), words: words, css: Templates.css)
        guard let text = library.render(context, withTemplate: "sertifikat.html") else {
            throw RenderError(message: "no template named sertifikat.html")
        }
        return text
    }
}

/// What the certificate template sees.
struct CertificateContext {
    var document: CertificateDocument
    var t: [String: String]
    var words: [String: String]
    var css: String
}
