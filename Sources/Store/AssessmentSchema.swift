import GRDB

/// The tables of scored assessments (penilaian mandiri and faktual), one row per assessment
/// and one per standard in it, so `patuh penilaian riwayat` can show how scores moved.
public enum AssessmentSchema {
    /// The assessment feature's migrations, in order. Names never change once released.
    public static let migrations: [PatuhDatabase.Migration] = [
        PatuhDatabase.Migration(name: "assessment-v1") { db in
            try db.create(table: "assessment") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("lpseId", .text).notNull()
                table.column("lpseName", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("assessmentDate", .text).notNull()
                table.column("catalogVersion", .text).notNull()
                table.column("policyVersion", .text).notNull()
                table.column("file", .text).notNull()
                table.column("scoredAt", .text).notNull()
                table.column("terpenuhi", .integer).notNull()
                table.column("standardCount", .integer).notNull()
                table.column("eligible", .boolean).notNull()
                table.uniqueKey(["lpseId", "kind", "assessmentDate"])
            }
            try db.create(table: "assessmentStandard") { table in
                table.column("assessmentId", .integer).notNull()
                    .references("assessment", onDelete: .cascade)
                table.column("standardId", .text).notNull()
                table.column("score", .double)
                table.column("maximum", .double).notNull()
                table.column("percent", .double)
                table.column("terpenuhi", .boolean).notNull()
                table.primaryKey(["assessmentId", "standardId"])
            }
        },
    ]
}
