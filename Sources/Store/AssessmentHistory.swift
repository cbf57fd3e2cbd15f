import Foundation
import GRDB
public import Assessment

/// One standard's result in a stored assessment.
public struct StoredStandardScore: Sendable, Hashable, Codable {
    public var standardId: String
    /// `nil` when nothing in the standard applied.
    public var score: Double?
    public var maximum: Double
    public var percent: Double?
    public var terpenuhi: Bool

    /// Creates a row.
    public init(standardId: String, score: Double?, maximum: Double, percent: Double?, terpenuhi: Bool) {
        self.standardId = standardId
        self.score = score
        self.maximum = maximum
        self.percent = percent
        self.terpenuhi = terpenuhi
    }
}

/// A scored assessment as stored: who, which kind, when, against what, and the result.
public struct StoredAssessment: Sendable, Hashable, Codable {
    /// The row id; `nil` before saving.
    public var id: Int64?
    public var lpseId: String
    public var lpseName: String
    /// `mandiri` or `faktual`.
    public var kind: String
    /// The assessment's own date, `YYYY-MM-DD`.
    public var assessmentDate: String
    public var catalogVersion: String
    public var policyVersion: String
    /// The answer file, as the user named it.
    public var file: String
    /// The (injected) instant of scoring, ISO 8601 in UTC (`2026-11-25T02:00:00Z`).
    public var scoredAt: String
    public var terpenuhi: Int
    public var standardCount: Int
    public var eligible: Bool
    public var standards: [StoredStandardScore]

    /// Creates a record.
    public init(id: Int64? = nil, lpseId: String, lpseName: String, kind: String, assessmentDate: String,
                catalogVersion: String, policyVersion: String, file: String, scoredAt: String, terpenuhi: Int,
                standardCount: Int, eligible: Bool, standards: [StoredStandardScore]) {
        self.id = id
        self.lpseId = lpseId
        self.lpseName = lpseName
        self.kind = kind
        self.assessmentDate = assessmentDate
        self.catalogVersion = catalogVersion
        self.policyVersion = policyVersion
        self.file = file
        self.scoredAt = scoredAt
        self.terpenuhi = terpenuhi
        self.standardCount = standardCount
        self.eligible = eligible
        self.standards = standards
    }
}

/// Saves and reads scored assessments in the workspace database.
///
/// One assessment per LPSE, kind and date: scoring the same assessment again replaces its
/// row (in one transaction), so the history shows each assessment once, with its latest score.
public struct AssessmentHistory: Sendable {
    public let database: PatuhDatabase

    /// Creates the history of a database.
    public init(database: PatuhDatabase) {
        self.database = database
    }

    /// Saves `assessment`, replacing an earlier score of the same LPSE, kind and date; returns its id.
    @discardableResult
    public func save(_ assessment: StoredAssessment) throws(StoreError) -> Int64 {
        do {
            return try database.pool.write { db in
                try db.execute(sql: "DELETE FROM assessment WHERE lpse_id = ? AND kind = ? AND assessment_date = ?",
                               arguments: [assessment.lpseId, assessment.kind, assessment.assessmentDate])
                try db.execute(sql: """
                    INSERT INTO assessment (lpse_id, lpse_name, kind, assessment_date, catalog_version, policy_version,
                                            file, scored_at, terpenuhi, standard_count, eligible)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [assessment.lpseId, assessment.lpseName, assessment.kind, assessment.assessmentDate,
                                     assessment.catalogVersion, assessment.policyVersion, assessment.file,
                                     assessment.scoredAt, assessment.terpenuhi, assessment.standardCount, assessment.eligible])
                let id = db.lastInsertedRowID
                for standard in assessment.standards {
                    try db.execute(sql: """
                        INSERT INTO assessment_standard (assessment_id, standard_id, score, maximum, percent, terpenuhi)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [id, standard.standardId, standard.score, standard.maximum, standard.percent,
                                         standard.terpenuhi])
                }
                return id
            }
        } catch {
            throw StoreError(code: .unavailable, path: database.path, message: "cannot save the assessment: \(error)")
        }
    }

    /// Every stored assessment, oldest first (by assessment date, then kind), optionally of one
    /// LPSE and one kind.
    public func all(lpseId: String? = nil, kind: String? = nil) throws(StoreError) -> [StoredAssessment] {
        do {
            return try database.pool.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT * FROM assessment
                    WHERE (? IS NULL OR lpse_id = ?) AND (? IS NULL OR kind = ?)
                    ORDER BY assessment_date, kind, id
                    """, arguments: [lpseId, lpseId, kind, kind])
                return try rows.enumerated().map { index, row in
                    let ordinal = RowReader(row, table: "assessment", identity: "row \(index + 1)")
                    let id: Int64 = try ordinal("id")
                    let column = ordinal.identified(as: "id \(id)")
                    let standards = try Row.fetchAll(db, sql: """
                        SELECT * FROM assessment_standard WHERE assessment_id = ? ORDER BY standard_id
                        """, arguments: [id]).enumerated().map { index, row in
                        let ordinal = RowReader(row, table: "assessment_standard", identity: "assessment \(id), row \(index + 1)")
                        let standardId: String = try ordinal("standard_id")
                        let column = ordinal.identified(as: "assessment \(id), standard \(standardId)")
                        return StoredStandardScore(standardId: standardId, score: try column("score"),
                                                   maximum: try column("maximum"), percent: try column("percent"),
                                                   terpenuhi: try column("terpenuhi"))
                    }
                    return StoredAssessment(id: id, lpseId: try column("lpse_id"), lpseName: try column("lpse_name"),
                                            kind: try column("kind"), assessmentDate: try column("assessment_date"),
                                            catalogVersion: try column("catalog_version"),
                                            policyVersion: try column("policy_version"), file: try column("file"),
                                            scoredAt: try column("scored_at"), terpenuhi: try column("terpenuhi"),
                                            standardCount: try column("standard_count"), eligible: try column("eligible"),
                                            standards: standards)
                }
            }
        } catch {
            throw StoreError.reading("assessment", path: database.path, error) { error in
                StoreError(code: .unavailable, path: database.path, message: "cannot read the assessment history: \(error)")
            }
        }
    }
}

extension StoredAssessment {
    /// The record of a scored assessment: its result under the policy, the file it came from, and
    /// the instant of scoring.
    public init(_ result: AssessmentResult, file: String, scoredAt: String, percentDecimals: Int,
                thresholds: [Double] = []) {
        self.init(
            lpseId: result.lpse.id, lpseName: result.lpse.name, kind: result.kind.rawValue, assessmentDate: result.date,
            catalogVersion: result.catalogVersion, policyVersion: result.policyVersion, file: file, scoredAt: scoredAt,
            terpenuhi: result.terpenuhi, standardCount: result.standardCount, eligible: result.eligibleForCertification,
            standards: result.score.standards.map {
                StoredStandardScore(standardId: $0.standardId, score: $0.score.value, maximum: $0.score.maximum,
                                    percent: $0.percent(decimals: percentDecimals, thresholds: thresholds), terpenuhi: $0.terpenuhi)
            })
    }
}
