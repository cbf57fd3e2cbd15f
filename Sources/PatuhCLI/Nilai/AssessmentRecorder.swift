import Reporting
import Store

/// Stores a scored assessment in the workspace's history (`patuh penilaian riwayat`).
struct AssessmentRecorder {
    var workspace: WorkspaceOptions

    /// Saves `record`, replacing an earlier one of the same LPSE, kind and date; exit 70 when the
    /// database cannot be written.
    func save(_ record: StoredAssessment) throws {
        let database = try workspace.openDatabase()
        do {
            try AssessmentHistory(database: database).save(record)
        } catch {
            throw CommandFailure(status: ExitStatus.internalError, ["patuh: \(error.description)"])
        }
    }

    /// Saves the result a mandiri report shows.
    func save(_ report: MandiriReport, file: String, scoredAt: String) throws {
        try save(StoredAssessment(
            lpseId: report.header.lpse.id, lpseName: report.header.lpse.name, kind: "mandiri",
            assessmentDate: report.assessment.date, catalogVersion: report.header.catalogVersion,
            policyVersion: report.assessment.policyVersion, file: file, scoredAt: scoredAt,
            terpenuhi: report.summary.terpenuhi, standardCount: report.summary.of,
            eligible: report.summary.eligibleForCertification,
            standards: report.standards.map {
                StoredStandardScore(standardId: $0.id, score: $0.score.value, maximum: $0.maximum.value,
                                    percent: $0.percent.value, terpenuhi: $0.terpenuhi)
            }))
    }
}
