extension MessageCatalog {
    /// A new LPSE's first day: finding the workspace, `patuh init`, what is missing and how to make it.
    static let idFirstDay: [String: String] = [
        "workspace.notFound": "patuh: tidak ada workspace Patuh di sini (tidak ada patuh.xml dari {folder} ke atas); buat dengan: patuh init",
        "workspace.standards.missing": "patuh: folder standar '{path}' tidak ada; tanpa --standards dan PATUH_STANDARDS Patuh memakai katalog bawaannya, atau tulis salinannya dengan: patuh standar ekspor {path}",
        "assessment.answers.missing": "patuh: berkas penilaian '{path}' belum ada; buat dengan: patuh penilaian template --jenis {kind} --output {file}",
        "init.exists": "patuh: '{path}' sudah berisi workspace Patuh (patuh.xml); tidak ada yang ditulis",
        "init.notEmpty": "patuh: folder '{path}' tidak kosong ({entries}); jalankan patuh init di folder baru atau kosong; tidak ada yang ditulis",
        "init.writeFailed": "patuh: workspace '{path}' tidak dapat dibuat: {detail}; tidak ada yang ditulis",
        "init.id.invalid": "patuh: --id '{value}' tidak dapat dijadikan id LPSE (huruf kecil, angka dan '-', mis. lpse-kota-contoh)",
        "init.missing": "patuh init: {option} wajib diisi bila tidak dijalankan di terminal (lihat patuh init --help)",
        "init.ask.nama": "Nama LPSE (mis. LPSE Kota Contoh):",
        "init.ask.instansi": "Instansi pemilik LPSE (mis. Pemerintah Kota Contoh):",
        "init.ask.zonaHelp": "Zona waktu menentukan tanggal dokumen, masa berlaku dan tenggat: WIB (UTC+7: Sumatra, Jawa, Kalimantan Barat dan Tengah), WITA (UTC+8: Bali, Nusa Tenggara, Sulawesi, Kalimantan Selatan, Timur dan Utara), WIT (UTC+9: Maluku, Papua).",
        "init.ask.zona": "Zona waktu (WIB, WITA atau WIT):",
        "init.done": "Workspace {id} dibuat di {path}: patuh.xml, {standards} folder standar dan {controls} folder kontrol di Evidence/ (masing-masing dengan BACA.md), Evidence/penilaian-mandiri.xml, .gitignore",
        "init.ci": "Berkas CI: {path} (isi variabel PATUH_ARCHIVE dan PATUH_INSTALL_SH)",
        "init.next": "Langkah berikutnya: simpan dokumen di folder kontrol dengan nama seperti di BACA.md, lalu: {cd}patuh periksa && patuh nilai",
        "standards.export.done": "Katalog bawaan {version} ({count} berkas) ditulis ke {path}",
        "standards.export.exists": "patuh: '{path}' sudah berisi berkas katalog; tidak ada yang ditimpa",
        "version.catalog": "katalog {version} ({source})",
    ]
}
