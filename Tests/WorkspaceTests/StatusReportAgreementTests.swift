import Catalog
import Core
import Foundation
import Pembinaan
import Reporting
import Testing
import Workspace

/// `pembinaan status` and `laporan pembinaan` show one answer: a case walked day by day through
/// its whole life, asked at the start and the end of every day, in both languages.
@Suite struct StatusReportAgreementTests {
    typealias T = ClockedWorkspace

    /// One event of the walk: when, and the use case that records it.
    struct Step: Sendable {
        var at: String
        var record: @Sendable (PatuhWorkspace) throws -> RecordedCaseEvent
    }

    static let caseId = "K-2024-001"

    /// rekomendasi → keberatan on time, decided a day late → teguran → late keberatan → follow-up
    /// rejected → pencabutan → penilaian ulang (a penilaian faktual of 2024-07-05) passed.
    static let steps: [Step] = [
        Step(at: "2024-03-01T10:00:00") { try $0.openCase(findings: [T.finding], notice: T.notice("R-1", "2024-03-01"), context: T.lkpp) },
        Step(at: "2024-03-04T15:00:00") { try $0.recordReceipt(caseId, on: day("2024-03-04"), proof: "resi", context: T.lpse) },
        Step(at: "2024-03-08T10:00:00") { try $0.fileKeberatan(caseId, reason: "sudah diuji", context: T.lpse) },
        Step(at: "2024-03-27T10:00:00") { try $0.decideKeberatan(caseId, decision: .dikuatkan, note: "klarifikasi", context: T.lkpp) },
        Step(at: "2024-04-05T09:00:00") { try $0.escalate(caseId, to: .teguran, notice: T.notice("T-1"), context: T.lkpp) },
        Step(at: "2024-04-08T14:00:00") { try $0.recordReceipt(caseId, on: day("2024-04-08"), proof: "resi", context: T.lpse) },
        Step(at: "2024-04-23T10:00:00") { try $0.fileKeberatan(caseId, reason: "terlambat", context: T.lpse) },
        Step(at: "2024-04-26T10:00:00") { try $0.fileFollowUp(caseId, summary: "uji dijadwalkan", context: T.lpse) },
        Step(at: "2024-04-30T10:00:00") { try $0.verifyRemedy(caseId, accepted: false, note: "kurang", context: T.lkpp) },
        Step(at: "2024-05-02T09:00:00") { try $0.escalate(caseId, to: .pencabutan, notice: T.notice("C-1"), context: T.lkpp) },
        Step(at: "2024-05-03T10:00:00") { try $0.recordReceipt(caseId, on: day("2024-05-03"), proof: "resi", context: T.lpse) },
        Step(at: "2024-07-01T10:00:00") { try $0.fileFollowUp(caseId, summary: "SOP ditinjau", context: T.lpse) },
        Step(at: "2024-07-08T10:00:00") { try $0.verifyRemedy(caseId, accepted: true, note: "lulus", context: T.lkpp) },
    ]

    static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    /// "kind stage notice date overdue" of a status JSON's open deadlines.
    static func statusDeadlines(_ standing: CaseStanding, _ language: Language) throws -> [String] {
        let object = try json(PembinaanJSON.CaseStatus(standing, language: language))
        let open = try #require(object["tenggatTerbuka"] as? [[String: Any]])
        return open.map { "\($0["jenis"]!) \($0["tahap"]!) \($0["surat"]!) \($0["tanggal"]!) \($0["lewat"]! as! Bool)" }
    }

    /// The same of the report's deadlines that are not closed.
    static func reportDeadlines(_ report: PembinaanReport) throws -> [String] {
        let object = try json(report)
        let cases = try #require(object["cases"] as? [[String: Any]])
        let deadlines = try #require(cases.first?["deadlines"] as? [[String: Any]])
        return deadlines.filter { $0["state"] as? String != "selesai" }
            .map { "\($0["kind"]!) \($0["stage"]!) \($0["notice"]!) \($0["due"]!) \($0["overdue"]! as! Bool)" }
    }

    static func json(_ value: some Encodable) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(value)) as? [String: Any])
    }

    @Test func statusAndReportAgreeOnEveryDeadlineEveryDay() throws {
        let test = try ClockedWorkspace()
        let workspace = test.workspace!
        let renderer = ReportRenderer()
        var pending = Self.steps[...]
        var day = Self.day("2024-03-01")
        var asked = 0
        var seen: Set<String> = []
        while day <= Self.day("2024-07-20") {
            for time in ["00:00:00", "23:59:59"] {
                if time == "23:59:59" {
                    if day == Self.day("2024-07-06") { try test.recordFaktual("2024-07-05") }
                    while let step = pending.first, step.at.hasPrefix(day.description) {
                        test.set(step.at + "+07:00")
                        _ = try step.record(workspace)
                        pending = pending.dropFirst()
                    }
                }
                guard workspace.caseExistsOrFalse(Self.caseId) else { continue }
                let instant = Instant(iso8601: "\(day)T\(time)+07:00")!
                test.set("\(day)T\(time)+07:00")
                let standing = try workspace.caseStatus(Self.caseId, at: instant)
                let overview = try workspace.pembinaanOverview(lpse: "lpse-kab-contoh", at: instant)
                for language in Language.allCases {
                    let report = PembinaanReportBuilder(language: language)
                        .build(cases: overview.cases.map(\.standing),
                               timelines: [Self.caseId: overview.cases[0].timeline], certificates: overview.certificates,
                               today: overview.today, header: Self.header(language))
                    let status = try Self.statusDeadlines(standing, language)
                    #expect(status == (try Self.reportDeadlines(report)), "\(day) \(time) \(language)")
                    // Overdue exactly when the day after the deadline has begun.
                    for deadline in standing.openDeadlines {
                        #expect(deadline.standing.isOverdue == (day > deadline.date), "\(day) \(deadline.kind)")
                    }
                    // The rendered text shows each open deadline, with the same standing words.
                    let text = PembinaanText(language).status(standing)
                    let markdown = try renderer.render(report, as: .markdown)
                    let words = PembinaanWords(language)
                    for deadline in standing.openDeadlines {
                        #expect(text.contains(deadline.date.description + "  " + deadline.endsAt.iso8601(in: .wib)))
                        let overdueLabel = Reporting.Messages.table(language.rawValue)["overdue"]!
                        let shown = "→ **\(deadline.date)** (\(deadline.endsAt.iso8601(in: .wib))) — "
                            + (deadline.standing.isOverdue ? overdueLabel : words.standing(deadline.standing))
                        #expect(markdown.contains(shown), "\(day) \(time) \(language): \(shown)")
                    }
                    seen.formUnion(standing.deadlines.map { "\($0.kind.rawValue) \($0.standing.code)" })
                }
                asked += 1
            }
            day = day.adding(days: 1)
        }
        #expect(pending.isEmpty, "every event was recorded")
        #expect(asked > 280)
        // The walk went through every kind of deadline in every standing.
        for kind in CaseDeadline.Kind.allCases {
            for code in ["berjalan", "hari-terakhir", "lewat", "selesai"] {
                #expect(seen.contains("\(kind.rawValue) \(code)"), "never saw \(kind.rawValue) \(code)")
            }
        }
        #expect(try workspace.caseStatus(Self.caseId).state.status == .selesai)
    }

    /// The issue's example: on 2026-12-10 the keberatan window was met and LKPP's decision is overdue.
    @Test func theDecisionDeadlineIsShownAndTheMetWindowIsNotOverdue() throws {
        let test = try ClockedWorkspace(at: "2026-11-20T10:00:00+07:00")
        let workspace = test.workspace!
        _ = try workspace.openCase(findings: [T.finding], notice: T.notice("R-001/2026", "2026-11-20"), context: T.lkpp)
        test.set("2026-11-23T15:00:00+07:00")
        _ = try workspace.recordReceipt("K-2026-001", on: Self.day("2026-11-23"), proof: "resi", context: T.lpse)
        test.set("2026-11-24T10:00:00+07:00")
        _ = try workspace.fileKeberatan("K-2026-001", reason: "sudah diuji", context: T.lpse)
        let instant = Instant(iso8601: "2026-12-10T09:00:00+07:00")!
        let standing = try workspace.caseStatus("K-2026-001", at: instant)
        #expect(standing.deadlines.map { "\($0.kind.rawValue) \($0.date) \($0.standing.code)" } == [
            "tindak-lanjut 2026-12-21 berjalan", "keberatan 2026-11-30 selesai", "putusan-keberatan 2026-12-08 lewat",
        ])
        let overview = try workspace.pembinaanOverview(lpse: "lpse-kab-contoh", at: instant)
        let report = PembinaanReportBuilder(language: .id).build(
            cases: overview.cases.map(\.standing), timelines: [:], certificates: [], today: overview.today, header: Self.header(.id))
        #expect(report.cases[0].deadlines.map { "\($0.kind) \($0.state) \($0.overdue)" } == [
            "tindak-lanjut berjalan false", "keberatan selesai false", "putusan-keberatan lewat true",
        ])
        #expect(report.cases[0].nextSteps.first == "LKPP memutus keberatan yang diajukan 2026-11-24, paling lambat 2026-12-08 (LEWAT)")
    }

    static func header(_ language: Language) -> ReportHeader {
        ReportHeader(kind: .pembinaan, language: language.rawValue, title: "t", generatedAt: "-",
                     lpse: ReportLPSE(id: "lpse-kab-contoh", name: "LPSE", instansi: "", zone: "WIB"),
                     catalogVersion: "-", patuhVersion: "test")
    }
}

extension PatuhWorkspace {
    /// Whether the case exists; `false` when the log cannot say.
    func caseExistsOrFalse(_ id: String) -> Bool {
        (try? caseExists(id)) ?? false
    }
}
