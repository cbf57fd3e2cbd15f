extension MessageCatalog {
    /// Words of the workspace's safety rules: links, control characters, waits, the chain's anchor.
    static let idHardening: [String: String] = [
        "hardening.link.folder": "patuh: {path} adalah tautan simbolik ke luar folder kerja ({target}); Patuh tidak mengikutinya. Jadikan folder biasa di dalam folder kerja",
        "hardening.link.input": "patuh: {path} adalah tautan simbolik atau dicapai lewat tautan ({target}); masukan yang dibaca untuk hasil harus berkas biasa di dalam folder kerja agar tercakup segel. Salin berkasnya ke tempat itu",
        "hardening.failOn.empty": "patuh: --fail-on kosong akan meloloskan semuanya; sebutkan jenis masalah, mis. --fail-on missing,expired (jenis: {kinds})",
        "hardening.text.control": "patuh: teks \"{value}\" memuat karakter kendali {char} (baris baru, tab, ESC dan sejenisnya); teks bebas yang dicatat hanya boleh berisi karakter yang terlihat, dalam satu baris",
        "hardening.id.invalid": "patuh: {what} \"{value}\" tidak sah: gunakan huruf, angka, titik, garis bawah dan tanda hubung (awali dengan huruf atau angka, tanpa \"..\", paling banyak 64), mis. K-2026-001",
        "hardening.what.case": "id kasus",
        "hardening.what.lpse": "id LPSE",
        "hardening.finding.emptyDescription": "patuh: temuan {id} tidak berisi uraian; tuliskan apa yang ditemukan (--uraian)",
    ]
}
