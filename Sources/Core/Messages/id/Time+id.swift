extension MessageCatalog {
    static let idTime: [String: String] = [
        "time.instant.invalid": "patuh: {source} '{value}' bukan waktu ISO 8601 yang sah; tulis mis. 2026-11-25T09:00:00+07:00 atau tanggal 2026-11-25",
        "time.date.invalid": "patuh: {source}: '{value}' bukan tanggal yang sah; tulis YYYY-MM-DD, mis. 2024-01-04",
    ]
}
