import Catalog
import Core
import EvidenceRegistry
import Foundation
import PatuhTestSupport
import Reporting
import Testing
import Workspace

@Suite("Workspace: the ringkasan of the sample")
struct RingkasanTests {
    @Test("N of 17 against the threshold, problems, claims, unreviewed proposals and the first three next steps")
    func sample() throws {
        let workspace = try EvidenceUseCaseTests.workspace()
        let overview = try workspace.overview()
        let inputs = try workspace.scoring()
        let header = ReportHeader(kind: .mandiri, language: "id", title: "Laporan Penilaian Mandiri", generatedAt: "2026-11-25T09:00:00+07:00",
                                  lpse: ReportLPSE(id: "lpse-kab-contoh", name: "LPSE Kabupaten Contoh", instansi: "", zone: "WIB"),
                                  catalogVersion: inputs.catalog.version, patuhVersion: "test")
        let report = MandiriReportBuilder(catalog: inputs.catalog, policy: inputs.policy, language: .id)
            .build(result: overview.scored.result, answers: overview.scored.answers, source: overview.scored.file,
                   evidence: overview.gate.evidence.facts(), header: header, missingCitations: overview.scored.missingCitations)
        let ringkasan = Ringkasan(report: report, gate: overview.gate.result, language: .id)
        #expect(ringkasan.terpenuhi == 12 && ringkasan.of == 17 && !ringkasan.eligibleForCertification)
        #expect(ringkasan.headline == "12 dari 17 standar terpenuhi (ambang 80,0 % per standar)")
        #expect(ringkasan.nextSteps.map(\.control).first == "S12.3" && ringkasan.nextSteps.count == 3)
        #expect(ringkasan.claimsWithoutEvidence.map(\.control) == ["S06.1", "S15.2"])
        #expect(ringkasan.unreviewed.isEmpty && ringkasan.notices.isEmpty)
        #expect(ringkasan.problemsByKind["missing"] == 2 && ringkasan.problemsByKind["misfiled"] == 1)
        #expect(ringkasan.problemsByKind["content"] == 1)   // the sample's asset register lacks its pemilik column
        #expect(ringkasan.failingProblems == 5 && ringkasan.evidenceProblems >= ringkasan.failingProblems)
        #expect(ringkasan.standards.count == 17)
        // Looking records nothing.
        #expect(try workspace.history().isEmpty)
    }
}
