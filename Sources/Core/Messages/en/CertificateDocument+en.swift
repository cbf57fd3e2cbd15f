extension MessageCatalog {
    /// The signed certificate document's page (`sertifikat terbitkan --kunci`: HTML and PDF) and
    /// what issuing it prints.
    static let enCertificateDocument: [String: String] = [
        "sertifikat.dokumen.title": "LPSE STANDARDISATION CERTIFICATE",
        "sertifikat.dokumen.number": "Number",
        "sertifikat.dokumen.givenTo": "awarded to",
        "sertifikat.dokumen.lpseId": "LPSE code",
        "sertifikat.dokumen.forStandards": "for meeting the following standards of LKPP Deputy Decree 152/2022:",
        "sertifikat.dokumen.valid": "Valid",
        "sertifikat.dokumen.issued": "Issued",
        "sertifikat.dokumen.issuer": "by",
        "sertifikat.dokumen.faktual": "on the penilaian faktual of {date}",
        "sertifikat.dokumen.catalog": "standards catalog version",
        "sertifikat.dokumen.signedHeading": "Electronic signature",
        "sertifikat.dokumen.signedText": "This certificate shows a document electronically signed (Ed25519) by LKPP. Its XML document is binding; any change to its content makes the signature fail.",
        "sertifikat.dokumen.fingerprint": "Issuer key fingerprint:",
        "sertifikat.dokumen.verifyWith": "Verify with:",
        "sertifikat.dokumen.revocation": "Add --pencabutan LIST to check LKPP's latest revocation list.",
        "sertifikat.dokumen.footer": "Made by Patuh",
        "sertifikat.dokumen.lpseNotHere": "patuh: a signed certificate document carries the LPSE's name from patuh.xml; this workspace is '{ours}', not '{lpse}' (run it in the assessor workspace 'patuh paket terima' made)",
        "sertifikat.dokumen.written": "Certificate document {number}: {path} (signed with key {fingerprint})",
        "sertifikat.dokumen.rendered": "Rendering: {path}",
        "sertifikat.dokumen.noPDF": "patuh: no certificate PDF made (no weasyprint or chromium on PATH); its HTML prints",
        "sertifikat.dokumen.unsigned": "patuh: no signed certificate document written; give --kunci NAME (an LKPP key) so anyone can verify it",
    ]
}
