extension MessageCatalog {
    static let idTime: [String: String] = [
        "time.instant.invalid": "patuh: {source} '{value}' bukan waktu ISO 8601 yang sah; tulis mis. 2026-11-25T09:00:00+07:00 atau tanggal 2026-11-25",
        "time.documentDate.invalid": "patuh: {source}: '{value}' bukan tanggal yang sah; tulis YYYY-MM-DD atau DD-MM-YYYY, mis. 2026-02-01 atau 01-02-2026",
        "time.date.invalid": "patuh: {source}: '{value}' bukan tanggal yang sah; tulis YYYY-MM-DD, mis. 2024-01-04",
    ]
}
