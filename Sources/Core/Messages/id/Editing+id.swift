extension MessageCatalog {
    /// Changing a workspace without writing XML: `bukti catat|sahkan`, `profil ubah`, the answer
    /// file's editor and uploads (the CLI and `patuh buka` alike).
    static let idEditing: [String: String] = [
        // Writing inside the workspace
        "edit.folder.missing": "patuh: folder untuk '{path}' tidak ada",
        "edit.outsideWorkspace": "patuh: '{path}' berada di luar workspace {root}; Patuh hanya menulis di dalam workspace",
        "edit.notRegular": "patuh: '{path}' bukan berkas biasa (tautan, folder atau perangkat); tidak ada yang ditulis",
        "edit.unreadable": "patuh: '{path}' tidak dapat dibaca: {detail}",
        "edit.vanished": "patuh: '{path}' hilang sejak dibaca; tidak ada yang ditulis",
        "edit.conflict": "patuh: '{path}' berubah di disk sejak dibaca; tidak ada yang ditulis, muat ulang lalu ulangi",
        "edit.writeFailed": "patuh: '{path}' tidak dapat ditulis: {detail}; berkas lama tetap utuh",
        // bukti catat|sahkan
        "edit.record.empty": "patuh bukti catat: tidak ada yang dicatat untuk '{path}'; beri mis. --nomor, --tanggal, --berlaku-sampai atau --aturan",
        "edit.document.notEvidence": "patuh: '{path}' bukan dokumen bukti di folder kontrol (Evidence/<standar>/<kontrol>/) atau di Evidence/_bersama/",
        "edit.document.missing": "patuh: '{path}' tidak ada; simpan dokumennya dulu di folder itu",
        "edit.document.missingGuess": "patuh: '{path}' tidak ada; maksud Anda '{guess}'?",
        "edit.bukti.invalid": "patuh: '{path}' tidak sah dan tidak diubah; perbaiki dulu masalah di atas",
        "edit.bukti.rejected": "patuh: perubahan '{path}' ditolak oleh bukti.xsd; tidak ada yang ditulis",
        "edit.rule.unknown": "patuh: aturan bukti {rule} tidak ada di katalog (bentuknya mis. S01.1.E1)",
        "edit.rule.otherControl": "patuh: aturan bukti {rule} milik kontrol {control}, bukan {folder}; simpan dokumennya di folder {control} atau di Evidence/_bersama/",
        "edit.window.reversed": "patuh: berlaku-mulai {from} jatuh sesudah berlaku-sampai {until}",
        "edit.bukti.created": "{file} dibuat dengan entri {document}:",
        "edit.bukti.added": "Entri {document} ditambahkan ke {file}:",
        "edit.bukti.updated": "Entri {document} di {file} diperbarui:",
        // profil ubah
        "profile.change.empty": "patuh profil ubah: tidak ada yang diubah; beri mis. --nama, --instansi, --zona, --infrastruktur atau --situs",
        "profile.missing": "patuh: '{path}' belum ada; buat workspace dengan: patuh init",
        "profile.unreadable": "patuh: '{path}' tidak dapat dibaca sebagai profil workspace (<lpse>)",
        "profile.rejected": "patuh: perubahan '{path}' ditolak oleh workspace.xsd; tidak ada yang ditulis",
        "profile.zone.invalid": "patuh: --zona '{value}' tidak dikenal; pilih WIB, WITA atau WIT",
        "profile.hosting.invalid": "patuh: --infrastruktur '{value}' tidak dikenal; pilih sendiri, provinsi atau lkpp",
        "profile.done": "patuh.xml diperbarui: {id} · {name} · {instansi} · zona {zone} · infrastruktur {hosting}",
    ]
}
