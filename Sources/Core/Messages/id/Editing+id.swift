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
        // XSD messages said again (SchemaMessage)
        "xsd.attribute": "atribut {attribute} pada <{element}>",
        "xsd.namespace": "<{element}> tidak dikenali: tulis elemen akar dengan namespace-nya, <{element} xmlns=\"{namespace}\">",
        "xsd.enumeration": "nilai '{value}' pada {subject} tidak dikenal; pilih salah satu dari: {allowed}",
        "xsd.enumeration.guess": "nilai '{value}' pada {subject} tidak dikenal; maksud Anda '{guess}'? (pilihan: {allowed}; huruf besar/kecil dibedakan)",
        "xsd.pattern.id": "'{value}' pada {subject} bukan id yang sah: pakai huruf kecil, angka dan '-', mis. lpse-kota-contoh",
        "xsd.pattern.rule": "'{value}' pada {subject} bukan id aturan bukti: bentuknya S01.1.E1 (standar, kontrol, E dan nomor aturan)",
        "xsd.pattern": "'{value}' pada {subject} tidak sesuai bentuk yang diminta (pola {pattern})",
        "xsd.empty": "{subject} tidak boleh kosong",
        "xsd.date": "tanggal '{value}' pada {subject} harus ditulis YYYY-MM-DD, mis. 2026-02-01",
        "xsd.date.swapped": "tanggal '{value}' pada {subject} harus ditulis YYYY-MM-DD: tulis {date}",
        "xsd.dateTime": "waktu '{value}' pada {subject} harus ditulis ISO 8601 dengan zona, mis. 2026-11-20T10:00:00+07:00",
        "xsd.type": "nilai '{value}' pada {subject} bukan {type} yang sah",
        "xsd.missing": "<{element}> belum lengkap: {expected} wajib ada (urutan elemen mengikuti skema)",
        "xsd.unexpected": "<{element}> tidak diharapkan di sini; yang diharapkan: {expected} (periksa ejaan dan urutan elemen)",
        "xsd.unexpected.none": "<{element}> tidak diharapkan di sini (periksa ejaan dan urutan elemen)",
        "xsd.attribute.missing": "atribut {attribute} wajib ada pada <{element}>",
        "xsd.attribute.unexpected": "atribut {attribute} tidak dikenal pada <{element}> (periksa ejaannya)",
        "xsd.list": "'{value}' pada {subject} bukan daftar yang sah (nilai dipisah spasi, masing-masing dalam bentuk yang diminta)",
    ]
}
