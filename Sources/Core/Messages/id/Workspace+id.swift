extension MessageCatalog {
    static let idWorkspace: [String: String] = [
        "workspace.notAFolder": "patuh: workspace '{path}' bukan folder",
        "workspace.standards.invalid": "patuh: standar di '{path}' tidak sah; jalankan 'patuh standar validate {path}'",
        "workspace.schema.invalid": "patuh: skema '{path}' tidak dapat digunakan",
        "workspace.policy.invalid": "patuh: kebijakan penilaian '{path}' tidak sah",
        "workspace.calendar.invalid": "patuh: kalender hari libur di '{path}' tidak dapat digunakan",
        "workspace.pembinaan.invalid": "patuh: kebijakan pembinaan '{path}' tidak dapat digunakan",
        "workspace.database": "patuh: {detail}",
        "workspace.evidence.metadata": "patuh: perbaiki metadata di atas (lihat Standards/schema/bukti.xsd dan workspace.xsd)",
        "workspace.evidence.schema": "patuh: skema di folder standar tidak dapat digunakan",
        "workspace.evidence.unreadable": "patuh: workspace memerlukan folder Evidence/",
        "workspace.evidence.index": "patuh: indeks bukti tidak dapat digunakan",
    ]
}
