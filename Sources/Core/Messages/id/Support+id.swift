extension MessageCatalog {
    static let idSupport: [String: String] = [
        "support.write.failed": "patuh: tidak dapat menulis {path}: {detail}",
        "support.pdf.missing": "patuh: PDF memerlukan alat HTML-ke-PDF di PATH: weasyprint (utama) atau chromium-headless-shell",
        "support.pdf.install": "       pasang salah satunya, mis. 'apt-get install weasyprint', atau pilih --format html",
        "support.pdf.failed": "patuh: {tool} gagal membuat PDF (exit {status}): {detail}",
        "support.internal": "patuh: kesalahan internal: {detail}",
    ]
}
