import GRDB

/// One naming rule and one time format for the whole workspace database.
///
/// - Tables and columns are snake_case (`assessment_standard.standard_id`).
/// - Every instant is ISO 8601 in UTC to the second, `2026-11-25T02:00:00Z`: what `Instant`
///   writes; civil dates are `YYYY-MM-DD`.
///
/// Databases made before this rule held three formats (GRDB's `2026-11-25 02:00:00.000` for
/// scans and seals, the LPSE's offset `2026-11-25T09:00:00+07:00` for scored assessments, UTC
/// `Z` in the case log) and camelCase columns in the assessment tables; this migration converts
/// them in place, in the migration's transaction.
public enum FormatSchema {
    /// The instant format SQLite's `strftime` writes for Patuh.
    static let instantFormat = "'%Y-%m-%dT%H:%M:%SZ'"

    public static let migrations: [PatuhDatabase.Migration] = [
        PatuhDatabase.Migration(name: "one-time-format-snake-case-v2") { db in
            for (old, new) in [("lpseId", "lpse_id"), ("lpseName", "lpse_name"), ("assessmentDate", "assessment_date"),
                               ("catalogVersion", "catalog_version"), ("policyVersion", "policy_version"),
                               ("scoredAt", "scored_at"), ("standardCount", "standard_count")] {
                try db.execute(sql: "ALTER TABLE assessment RENAME COLUMN \(old) TO \(new)")
            }
            try db.execute(sql: "ALTER TABLE assessmentStandard RENAME TO assessment_standard")
            try db.execute(sql: "ALTER TABLE assessment_standard RENAME COLUMN assessmentId TO assessment_id")
            try db.execute(sql: "ALTER TABLE assessment_standard RENAME COLUMN standardId TO standard_id")
            try db.execute(sql: "UPDATE assessment SET scored_at = COALESCE(strftime(\(instantFormat), scored_at), scored_at)")
            for table in ["evidence_scan", "evidence_seal"] {
                try db.execute(sql: "UPDATE \(table) SET instant = COALESCE(strftime(\(instantFormat), instant), instant)")
            }
        },
    ]
}
