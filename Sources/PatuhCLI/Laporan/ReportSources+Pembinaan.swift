import Core
import Pembinaan
import Reporting
import Workspace

extension ReportSources {
    /// The pembinaan report: the LPSE's cases (or only `caseId`) as they stand on the report's
    /// instant, their timelines, and the certificates, from the workspace's use case.
    func pembinaan(caseId: String?) throws -> PembinaanReport {
        let overview: PembinaanOverview
        do {
            overview = try workspace.pembinaanOverview(lpse: lpse.id, caseId: caseId, at: instant)
        } catch {
            guard error.kind == .notFound else { throw error }
            throw WorkspaceError(.invalidInput, "pembinaan.report.noCase", ["id": caseId ?? ""])
        }
        return PembinaanReportBuilder(language: language)
            .build(cases: overview.cases.map(\.standing),
                   timelines: Dictionary(uniqueKeysWithValues: overview.cases.map { ($0.state.id, $0.timeline) }),
                   certificates: overview.certificates, today: today, header: header(.pembinaan))
    }
}
