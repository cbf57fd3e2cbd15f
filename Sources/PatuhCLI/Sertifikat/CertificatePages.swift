import Core
import Foundation
import Paket
import Reporting
import Workspace

/// Writes the pages of a signed certificate document beside it: `sertifikat-<nomor>.html`
/// always, `.pdf` when a converter is on PATH (else a note says so), and says what was written.
struct CertificatePages {
    var language: Language
    /// Lines go to stderr (when stdout carries JSON).
    var toStandardError = false

    func write(_ issued: IssuedCertificateDocument, patuhVersion: String) throws {
        let certificate = issued.certificate
        let document = CertificateDocument(
            language: language, number: certificate.number, lpseId: certificate.lpseId, lpseName: certificate.lpseName,
            instansi: issued.instansi,
            standards: certificate.standards.map { .init(id: $0, name: issued.standardNames[$0]?.text(language) ?? "") },
            validFrom: certificate.validFrom, validUntil: certificate.validUntil, issued: certificate.issued,
            issuer: certificate.issuer, fingerprint: certificate.signature?.key.fingerprint ?? "",
            signedFile: (issued.path as NSString).lastPathComponent, faktualDate: issued.faktualDate,
            catalogVersion: issued.catalogVersion, patuhVersion: patuhVersion)
        let messages = Messages(language)
        say(messages.text("sertifikat.dokumen.written", ["number": certificate.number, "path": issued.path,
                                                         "fingerprint": document.fingerprint]))
        let base = (issued.path as NSString).deletingPathExtension
        let html = try CertificateRenderer().html(document)
        // New files beside the new signed document: never replace one that is already there.
        try OutputFile(path: base + ".html", workspace: nil, replacesExisting: false).write(html)
        say(messages.text("sertifikat.dokumen.rendered", ["path": base + ".html"]))
        guard let converter = try? PDFConverter.locate() else {
            Console.error(messages.text("sertifikat.dokumen.noPDF"))
            return
        }
        try converter.convert(html: html, to: OutputFile(path: base + ".pdf", workspace: nil, replacesExisting: false))
        say(messages.text("sertifikat.dokumen.rendered", ["path": base + ".pdf"]))
    }

    private func say(_ line: String) {
        if toStandardError { Console.error(line) } else { Console.out(line) }
    }
}
