import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct AssessmentHistoryTests {
    let database: PatuhDatabase

    init() throws {
        let folder = NSTemporaryDirectory() + "patuh-history-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        database = try PatuhDatabase.open(workspace: folder)
    }

    func record(kind: String = "mandiri", date: String, percent: Double?, terpenuhi: Int) -> StoredAssessment {
        StoredAssessment(lpseId: "lpse-uji", lpseName: "LPSE Uji", kind: kind, assessmentDate: date, catalogVersion: "2026.1",
                         policyVersion: "1.0", file: "penilaian.xml", scoredAt: date + "T09:00:00+07:00",
                         terpenuhi: terpenuhi, standardCount: 17, eligible: false,
                         standards: [StoredStandardScore(standardId: "S01", score: percent.map { $0 / 10 }, maximum: 9,
                                                         percent: percent, terpenuhi: (percent ?? 0) >= 80)])
    }

    @Test func savesAndReadsOldestFirst() throws {
        let history = AssessmentHistory(database: database)
        try history.save(record(date: "2026-10-05", percent: 72.2, terpenuhi: 11))
        try history.save(record(date: "2025-10-01", percent: nil, terpenuhi: 9))
        try history.save(record(kind: "faktual", date: "2026-11-20", percent: 66.6, terpenuhi: 10))
        let all = try history.all()
        #expect(all.map(\.assessmentDate) == ["2025-10-01", "2026-10-05", "2026-11-20"])
        #expect(all[0].standards.first?.percent == nil && all[0].standards.first?.score == nil)
        #expect(all[1].standards.first?.percent == 72.2)
        #expect(try history.all(kind: "faktual").map(\.terpenuhi) == [10])
    }

    @Test func scoringTheSameAssessmentAgainReplacesIt() throws {
        let history = AssessmentHistory(database: database)
        try history.save(record(date: "2026-10-05", percent: 72.2, terpenuhi: 11))
        try history.save(record(date: "2026-10-05", percent: 94.4, terpenuhi: 12))
        let all = try history.all()
        #expect(all.count == 1)
        #expect(all[0].terpenuhi == 12 && all[0].standards.map(\.percent) == [94.4])
        let orphans = try database.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM assessment_standard") }
        #expect(orphans == 1)
    }
}
