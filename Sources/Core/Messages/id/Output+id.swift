extension MessageCatalog {
    /// Words of the one output writer (`--output`, `--ekspor-kepala`, reports).
    static let idOutput: [String: String] = [
        "output.database": "patuh: {path} adalah basis data folder kerja ({database}); Patuh tidak pernah menulis ke sana, juga tidak dengan --timpa. Pilih berkas lain untuk --output",
        "output.input": "patuh: {path} adalah masukan folder kerja ({input}); Patuh tidak menimpanya. Pilih berkas lain, atau tambahkan --timpa bila memang ingin menggantinya",
        "output.input.read": "patuh: {path} adalah berkas yang dibaca perintah ini ({input}); Patuh tidak menimpanya. Pilih berkas lain, atau tambahkan --timpa",
        "output.exists": "patuh: '{path}' sudah ada; Patuh tidak menimpanya. Pilih berkas lain, atau tambahkan --timpa",
        "output.symlink": "patuh: {path} adalah tautan simbolik (ke {target}); Patuh tidak menggantinya. Pilih berkas lain, gunakan --output - untuk stdout, atau --timpa untuk menulis ke tujuan tautan",
        "output.symlink.chain": "patuh: {path} menunjuk ke tautan simbolik lain (ke {target}); Patuh hanya mengikuti satu tautan",
        "output.symlink.dangling": "patuh: {path} adalah tautan simbolik ke {target}, yang tidak ada; Patuh tidak membuatnya",
        "output.special.folder": "patuh: {path} adalah folder, bukan berkas; sebutkan nama berkas untuk --output",
        "output.special.block": "patuh: {path} adalah perangkat blok (disk); Patuh tidak pernah menulis ke sana",
        "output.special.other": "patuh: {path} bukan berkas biasa, perangkat karakter, atau FIFO; Patuh tidak menulis ke sana",
        "output.folder.missing": "patuh: folder {folder} untuk {path} tidak ada; buat dulu, atau tambahkan --buat-folder",
        "output.folder.notAFolder": "patuh: tidak dapat menulis {path}: {folder} bukan folder",
        "output.full": "patuh: gagal menulis {path}: {detail} (disk penuh?); berkas lama tetap utuh, tidak ada yang setengah tertulis",
    ]
}
