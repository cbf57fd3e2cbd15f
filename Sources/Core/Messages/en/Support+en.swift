extension MessageCatalog {
    static let enSupport: [String: String] = [
        "support.write.failed": "patuh: cannot write {path}: {detail}",
        "support.pdf.missing": "patuh: PDF needs an HTML-to-PDF tool on PATH: weasyprint (preferred) or chromium-headless-shell",
        "support.pdf.install": "       install one, e.g. 'apt-get install weasyprint', or choose --format html",
        "support.pdf.failed": "patuh: {tool} could not make the PDF (exit {status}): {detail}",
        "support.internal": "patuh: internal error: {detail}",
    ]
}
