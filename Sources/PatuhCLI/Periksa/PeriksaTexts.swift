import Catalog
import Core
import EvidenceRegistry

/// The words of `periksa`'s reports, in Indonesian (default) or English (`--lang en`).
struct PeriksaTexts {
    let language: Language

    private func pick(_ id: String, _ en: String) -> String { language == .en ? en : id }

    var title: String { pick("Pemeriksaan bukti", "Evidence check") }
    var catalog: String { pick("katalog", "catalog") }
    var files: String { pick("Berkas dan metadata", "Files and metadata") }
    var summary: String { pick("Ringkasan", "Summary") }
    var allMet: String { pick("semua aturan bukti terpenuhi", "every evidence rule is met") }
    var rulesWord: String { pick("aturan", "rules") }
    var failing: String { pick("GAGAL", "FAIL") }
    var passing: String { pick("LULUS", "PASS") }

    /// One line explaining a rule's status.
    func ruleMessage(_ finding: RuleFinding, rule: EvidenceRule?, today: CivilDate) -> String {
        let kind = rule.map { "\($0.kind.rawValue)" } ?? ""
        let patterns = rule.map { ($0.patterns + $0.uses.map { "= \($0)" }).joined(separator: "|") } ?? ""
        let what = patterns.isEmpty ? kind : "\(kind) \(patterns)"
        let names = { (paths: [EvidencePath]) in paths.map(\.name).joined(separator: ", ") }
        let until = finding.validUntil.map(String.init(describing:)) ?? "?"
        switch finding.status {
        case .ok:
            return pick("terpenuhi (\(finding.files.count) berkas)", "met (\(finding.files.count) files)")
        case .missing:
            return pick("bukti kurang: \(finding.files.count) dari minimal \(finding.minimum) berkas (\(what))",
                        "missing evidence: \(finding.files.count) of at least \(finding.minimum) files (\(what))")
        case .expired:
            return pick("kedaluwarsa sejak \(finding.validUntil?.adding(days: 1).description ?? "?") (berlaku sampai \(until)): \(names(finding.files))",
                        "expired since \(finding.validUntil?.adding(days: 1).description ?? "?") (valid until \(until)): \(names(finding.files))")
        case .expiring:
            let days = finding.validUntil.map { today.days(until: $0) } ?? 0
            return pick("akan kedaluwarsa: berlaku sampai \(until) (\(days) hari lagi)",
                        "expiring: valid until \(until) (\(days) days left)")
        case .unsigned:
            let signer = rule?.signer ?? "Kepala LPSE"
            return pick("belum ada pengesahan (disahkan-oleh) tercatat di bukti.xml, diharapkan ttd \(signer): \(names(finding.unsigned))",
                        "no ratification (disahkan-oleh) recorded in bukti.xml, expected signed by \(signer): \(names(finding.unsigned))")
        case .tampered:
            let changed = finding.tampered.map(\.string) + finding.removed.map { "\($0.string) " + pick("(hilang)", "(gone)") }
            return pick("berubah sejak segel terakhir: \(changed.joined(separator: ", "))",
                        "changed since the last seal: \(changed.joined(separator: ", "))")
        }
    }

    /// One line explaining a file's status.
    func fileMessage(_ file: FileFinding, layout: EvidenceLayout) -> String {
        let detail = file.detail ?? ""
        switch file.status {
        case .misfiled: return pick("salah tempat: \(detail)", "misfiled: \(detail)")
        case .unclassified:
            return pick("tidak cocok dengan aturan bukti mana pun di folder ini (periksa nama berkas atau isi aturan= di bukti.xml)",
                        "matches no evidence rule of this folder (check the file name, or set aturan= in bukti.xml)")
        case .symlink: return pick("tautan simbolik, tidak diikuti: \(detail)", "symbolic link, not followed: \(detail)")
        case .unreadable: return pick("tidak terbaca: \(detail)", "unreadable: \(detail)")
        case .classified, .metadata, .assessment: return ""
        }
    }
}
