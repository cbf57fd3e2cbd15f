extension MessageCatalog {
    static let enTime: [String: String] = [
        "time.instant.invalid": "patuh: {source} '{value}' is not a valid ISO 8601 instant; write e.g. 2026-11-25T09:00:00+07:00 or a date 2026-11-25",
        "time.documentDate.invalid": "patuh: {source}: '{value}' is not a valid date; write YYYY-MM-DD or DD-MM-YYYY, e.g. 2026-02-01 or 01-02-2026",
        "time.date.invalid": "patuh: {source}: '{value}' is not a valid date; write YYYY-MM-DD, e.g. 2024-01-04",
    ]
}
