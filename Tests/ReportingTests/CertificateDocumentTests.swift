import Core
import Foundation
import Testing
@testable import Reporting

/// The printable page of a signed certificate: its words in one language, what it must show,
/// and every value escaped.
@Suite struct CertificateDocumentTests {
    func document(_ language: Language, name: String = "LPSE Kabupaten Contoh", standards: Int = 2) -> CertificateDocument {
        CertificateDocument(
            language: language, number: "SK-12/LKPP/2026", lpseId: "lpse-kab-contoh", lpseName: name,
            instansi: "Pemerintah Kabupaten Contoh",
            standards: (1...standards).map { .init(id: String(format: "S%02d", $0), name: "Standar \($0)") },
            validFrom: CivilDate(iso: "2026-12-01")!, validUntil: CivilDate(iso: "2029-11-30")!,
            issued: "2026-12-01T10:00:00+07:00", issuer: "LKPP", fingerprint: "5247 b50a 7a74 802c f642 bda0 043e 857c",
            signedFile: "sertifikat-SK-12-LKPP-2026.xml", faktualDate: CivilDate(iso: "2026-11-12")!,
            catalogVersion: "2026.1", patuhVersion: "0.1.0")
    }

    @Test("Indonesian: the fingerprint, the verification line, the validity in words, each standard")
    func indonesian() throws {
        let html = try CertificateRenderer().html(document(.id))
        #expect(html.contains("<html lang=\"id\">"))
        #expect(html.contains("SERTIFIKAT STANDARDISASI LPSE"))
        #expect(html.contains("5247 b50a 7a74 802c f642 bda0 043e 857c"))
        #expect(html.contains("patuh sertifikat verifikasi sertifikat-SK-12-LKPP-2026.xml"))
        #expect(html.contains("1 Desember 2026") && html.contains("30 November 2029"))
        #expect(html.contains("penilaian faktual tanggal 12 November 2026"))
        #expect(html.contains("<td class=\"id\">S01</td><td>Standar 1</td>"))
        #expect(!html.contains("CERTIFICATE") && !html.contains("Verify with"))
    }

    @Test("English throughout with --lang en; many standards in two columns")
    func english() throws {
        let html = try CertificateRenderer().html(document(.en, standards: 17))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("LPSE STANDARDISATION CERTIFICATE"))
        #expect(html.contains("1 December 2026"))
        #expect(html.contains("Verify with:"))
        #expect(!html.contains("Periksa dengan") && !html.contains("Berlaku"))
        #expect(html.contains("class=\"frame many\""))
        #expect(html.contains("<li><strong>S17</strong> Standar 17</li>"))
    }

    @Test("An LPSE name with markup is text, not markup")
    func escaped() throws {
        let html = try CertificateRenderer().html(document(.id, name: "<script>alert(1)</script>"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
    }
}
