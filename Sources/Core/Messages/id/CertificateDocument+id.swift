extension MessageCatalog {
    /// The signed certificate document's page (`sertifikat terbitkan --kunci`: HTML and PDF) and
    /// what issuing it prints.
    static let idCertificateDocument: [String: String] = [
        "sertifikat.dokumen.title": "SERTIFIKAT STANDARDISASI LPSE",
        "sertifikat.dokumen.number": "Nomor",
        "sertifikat.dokumen.givenTo": "diberikan kepada",
        "sertifikat.dokumen.lpseId": "Kode LPSE",
        "sertifikat.dokumen.forStandards": "atas pemenuhan standar berikut menurut Keputusan Deputi LKPP 152/2022:",
        "sertifikat.dokumen.valid": "Berlaku",
        "sertifikat.dokumen.issued": "Diterbitkan",
        "sertifikat.dokumen.issuer": "oleh",
        "sertifikat.dokumen.faktual": "berdasarkan penilaian faktual tanggal {date}",
        "sertifikat.dokumen.catalog": "katalog standar versi",
        "sertifikat.dokumen.signedHeading": "Tanda tangan elektronik",
        "sertifikat.dokumen.signedText": "Sertifikat ini adalah tampilan dokumen bertanda tangan elektronik (Ed25519) LKPP. Dokumen XML-nya yang mengikat; perubahan apa pun pada isinya membuat tanda tangan tidak cocok.",
        "sertifikat.dokumen.fingerprint": "Sidik jari kunci penerbit:",
        "sertifikat.dokumen.verifyWith": "Periksa dengan:",
        "sertifikat.dokumen.revocation": "Tambahkan --pencabutan DAFTAR untuk memeriksa daftar pencabutan LKPP yang terbaru.",
        "sertifikat.dokumen.footer": "Dibuat oleh Patuh",
        "sertifikat.dokumen.lpseNotHere": "patuh: dokumen sertifikat bertanda tangan memuat nama LPSE dari patuh.xml; workspace ini milik '{ours}', bukan '{lpse}' (jalankan di workspace asesor dari 'patuh paket terima')",
        "sertifikat.dokumen.written": "Dokumen sertifikat {number}: {path} (ditandatangani kunci {fingerprint})",
        "sertifikat.dokumen.rendered": "Tampilan: {path}",
        "sertifikat.dokumen.noPDF": "patuh: PDF sertifikat tidak dibuat (tidak ada weasyprint atau chromium di PATH); HTML-nya dapat dicetak",
        "sertifikat.dokumen.unsigned": "patuh: tidak ada dokumen sertifikat bertanda tangan yang ditulis; berikan --kunci NAMA (kunci LKPP) agar siapa pun dapat memeriksanya",
    ]
}
