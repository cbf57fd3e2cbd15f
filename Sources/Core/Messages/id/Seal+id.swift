extension MessageCatalog {
    /// Seal files (`Evidence/_segel/`): `bukti seal|verify`, `bukti segel daftar|banding`, and
    /// the seal `periksa` compares with.
    static let idSeal: [String: String] = [
        // Errors
        "seal.file.unrepresentable": "patuh: {value} memuat karakter kendali yang tidak dapat ditulis di berkas segel (XML 1.0); ganti namanya",
        "seal.file.writeFailed": "patuh: berkas segel tidak dapat ditulis: {detail}",
        "seal.file.notFound": "patuh: berkas segel '{path}' tidak ada",
        "seal.file.invalid": "patuh: '{path}' bukan berkas segel yang sah (lihat Standards/schema/segel.xsd)",
        // bukti seal
        "seal.receipt.file": "Berkas segel: {path} (commit bersama bukti)",
        "seal.receipt.sha": "SHA-256 berkas segel: {sha} (kutip dalam surat penyerahan; belum ditandatangani karena kunci penandatangan belum ada)",
        // The seal compared with
        "seal.source.database": "patuh: dibandingkan dengan segel #{id} di basis data ({note})",
        "seal.source.file": "patuh: dibandingkan dengan berkas segel {path} ({note}), SHA-256 {sha}",
        "seal.disagreement": "patuh: peringatan: segel #{id} di basis data dan berkas segel {file} tidak sama ({added} berkas hanya di berkas segel, {removed} hanya di basis data, {changed} dengan hash berbeda); yang dipakai segel basis data; pakai --segel {file} untuk membandingkan dengan berkas itu",
        "seal.hashes.changed": "{path} (segel {sealed}, kini {current})",
        "seal.hashes.removed": "{path} hilang (segel {sealed})",
        // bukti verify
        "seal.verify.headlineFile": "Berkas segel {path} ({note}): {files} berkas, {deviations} berubah atau hilang",
        "seal.verify.hashes": "segel {sealed}, kini {current}",
        "seal.verify.sealedHash": "segel {sealed}",
        "seal.verify.added": "baru sejak segel (bukan kegagalan)",
        // bukti segel daftar
        "seal.list.empty": "Belum ada berkas segel di Evidence/_segel/; buat dengan 'patuh bukti seal --catatan TEKS'",
        "seal.list.header": "{count} berkas segel, terlama dahulu:",
        "seal.list.entry": "{name}  {instant}  {files} berkas, {answers} berkas penilaian, katalog {catalog}: {note}",
        "seal.list.sha": "SHA-256 {sha}",
        "seal.list.signature": "bertanda tangan {key} ({algorithm}), tanda tangan belum diperiksa",
        // bukti segel banding
        "seal.compare.headline": "Dari {first} ({firstNote}) ke {second} ({secondNote}): {added} baru, {removed} hilang, {changed} berubah, {unchanged} sama",
        "seal.compare.same": "Kedua segel memuat berkas dan hash yang sama",
        "seal.compare.added": "baru",
    ]
}
