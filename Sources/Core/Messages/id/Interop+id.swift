extension MessageCatalog {
    static let idInterop: [String: String] = [
        "interop.notAssessed": "patuh: peringatan: {count} kontrol tidak dinilai dalam {file} ({controls}); diekspor sebagai {result}",
        "interop.notAssessed.oscal": "tidak dinilai",
        "interop.wroteBenchmark": "Benchmark XCCDF 1.2 ditulis ke {path}: {groups} grup, {rules} aturan.",
        "interop.testResult": "TestResult penilaian {kind} {lpse} {date}: skor {scores}.",
        "interop.wroteOSCAL": "Dokumen OSCAL {version} ({kind}) ditulis ke {path}.",
        "interop.needsPenilaian": "patuh: --jenis hasil dan --jenis poam memerlukan --penilaian FILE (berkas penilaian mandiri atau faktual)",
        "interop.nothingOpen": "patuh: semua kontrol dalam {file} memenuhi atau tidak berlaku; tidak ada butir POA&M, tidak ada yang ditulis",
        "interop.refused.one": "patuh: {file} tidak diimpor: 1 kesalahan",
        "interop.refused.many": "patuh: {file} tidak diimpor: {count} kesalahan",
        "interop.invalidOutput": "patuh: berkas penilaian dari {file} tidak lolos pemeriksaan penilaian.xsd (lihat di atas)",
        "interop.imported": "Berkas penilaian {kind} ditulis ke {target} dari TestResult {testResult} ({source}): {count} kontrol ({counts}). Nilai dengan: patuh penilaian nilai {file}",
        "interop.importComment": "Diimpor oleh patuh impor xccdf dari {file} (TestResult {testResult}).",
        "interop.evidenceIndex": "patuh: indeks bukti tidak dapat dibaca: {detail}",
    ]
}
