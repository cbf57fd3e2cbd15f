import Core
import Catalog
import EvidenceRegistry
import Foundation

/// The `BACA.md` that `patuh init` puts in each control folder: what the control asks, in
/// Indonesian, and how to name the documents so Patuh counts them.
///
/// For each evidence rule: its kind, an example file name that matches its pattern (checked
/// with the same matcher the registry uses), the `_YYYY-MM-DD` date convention, freshness,
/// validity window, the signature expected and the `patuh bukti sahkan` command for it.
struct ControlReadme {
    let standard: Standard
    let control: Control
    let catalog: StandardsCatalog

    /// The date used in example names.
    static let exampleDate = "2026-01-15"

    func render() -> String {
        let folder = "Evidence/\(standard.folder)/\(control.id)"
        var lines = [
            "# \(control.id) \(control.title.id)",
            "",
            "Standar \(standard.id) \(standard.name.id). Kontrol \(control.mandatory ? "**wajib**" : "tidak wajib") (bobot \(control.weight)).",
            "",
            "## Persyaratan",
            "",
            control.requirement.id,
            "",
        ]
        if !control.guidance.id.isEmpty {
            lines += ["Panduan penilai: \(control.guidance.id)", ""]
        }
        lines += ["## Bukti yang diharapkan di folder ini", ""]
        if control.evidenceRules.isEmpty {
            lines += ["Kontrol ini tidak menetapkan aturan bukti berkas; penilai menilai dari wawancara atau peninjauan.", ""]
        }
        for rule in control.evidenceRules {
            lines += ruleLines(rule, folder: folder) + [""]
        }
        lines += [
            "## Cara menamai berkas",
            "",
            "- Nama berkas harus cocok dengan pola di atas (huruf besar/kecil tidak dibedakan; `*` berarti teks apa saja).",
            "- Tulis tanggal dokumen di akhir nama sebagai `_YYYY-MM-DD`, mis. `_\(Self.exampleDate)`. Tanggal dalam bentuk lain (`_15-01-2026`) tidak dibaca.",
            "- Nomor, tanggal, masa berlaku dan pengesahan dicatat di `bukti.xml` folder ini, tanpa menulis XML: `patuh bukti catat BERKAS --nomor ... --tanggal ... --berlaku-sampai ...` dan `patuh bukti sahkan BERKAS --oleh NAMA --jabatan JABATAN`.",
            "- Dokumen yang dipakai beberapa kontrol boleh disimpan sekali di `Evidence/_bersama/`.",
            "- Periksa hasilnya dengan `patuh periksa`.",
            "",
        ]
        return lines.joined(separator: "\n")
    }

    private func ruleLines(_ rule: EvidenceRule, folder: String) -> [String] {
        var lines = ["### \(rule.id): \(Self.kindName(rule.kind))", ""]
        let patterns = rule.patterns.map { "`\($0)`" }.joined(separator: " atau ")
        if !rule.patterns.isEmpty {
            lines.append("- Pola nama berkas: \(patterns)")
            let example = Self.exampleName(rule.patterns[0])
            lines.append("- Contoh nama: `\(folder)/\(example)`")
        }
        if !rule.uses.isEmpty {
            lines.append("- Dokumen aturan \(rule.uses.joined(separator: ", ")) juga dihitung untuk aturan ini.")
        }
        if rule.minimumPerStaff {
            lines.append("- Jumlah minimum: satu per pegawai, sebanyak `<jumlah-pegawai>` di patuh.xml "
                + "(`patuh profil ubah --jumlah-pegawai N`), sekurang-kurangnya \(rule.minimumCount) berkas")
        } else {
            lines.append("- Jumlah minimum: \(rule.minimumCount) berkas")
        }
        if let days = rule.freshnessDays {
            lines.append("- Kesegaran: dokumen terbaru paling lama \(days) hari (dihitung dari tanggal dokumen)")
        }
        if rule.validityWindow {
            lines.append("- Masa berlaku: catat `berlaku-sampai`; dokumen yang sudah lewat masa berlakunya tidak dihitung")
        }
        if rule.fiscalYear {
            lines.append("- Tahun anggaran: dokumen harus untuk tahun anggaran berjalan")
        }
        if rule.signatureExpected {
            let signer = rule.signer.map { " oleh \($0)" } ?? ""
            let example = rule.patterns.first.map(Self.exampleName) ?? "BERKAS"
            lines.append("- Pengesahan: harus ditandatangani/disahkan\(signer); setelah disahkan jalankan")
            lines.append("  `patuh bukti sahkan \(folder)/\(example) --oleh \"NAMA\" --jabatan \"\(rule.signer ?? "JABATAN")\"`")
        } else {
            lines.append("- Pengesahan: tidak disyaratkan")
        }
        if rule.check != .auto, let note = rule.checkNote, rule.check == .human {
            lines.append("- Diperiksa oleh penilai: \(note)")
        }
        return lines
    }

    /// An Indonesian name for a kind of document.
    static func kindName(_ kind: EvidenceKind) -> String {
        switch kind {
        case .kebijakan: "kebijakan"
        case .sk: "surat keputusan (SK)"
        case .prosedur: "prosedur/SOP/rencana"
        case .formulir: "formulir"
        case .rekaman: "rekaman/catatan"
        case .laporan: "laporan"
        case .kontrak: "kontrak/SLA/NDA"
        case .register: "register/daftar"
        }
    }

    /// A file name that matches `pattern`, dated ``exampleDate``.
    static func exampleName(_ pattern: String) -> String {
        SuggestedName.example(pattern: pattern, date: exampleDate)
    }
}
