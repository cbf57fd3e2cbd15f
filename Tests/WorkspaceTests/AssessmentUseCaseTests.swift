import Assessment
import Catalog
import Core
import Foundation
import Store
import Testing
import Workspace

/// The assessment use cases of the application layer on a copy of the sample workspace.
@Suite("Workspace: assess, score, history")
struct AssessmentUseCaseTests {
    @Test("the main job reads the catalog once and decides the sample's result")
    func assessReadsTheCatalogOnce() throws {
        let workspace = try EvidenceUseCaseTests.workspace()
        let assessed = try workspace.assess("Evidence/penilaian-mandiri.xml")
        #expect(workspace.catalogLoads == 1)
        let result = assessed.scored.result
        #expect(result.terpenuhi == 12 && result.standardCount == 17 && !result.eligibleForCertification)
        #expect(result.claimsWithoutEvidence.map(\.controlId) == ["S06.1", "S15.2"])
        #expect(result.nextSteps.first?.controlId == "S12.3")
        // Scoring again, a template, a comparison and the history read nothing twice.
        _ = try workspace.score("Evidence/penilaian-mandiri.xml", evidence: EvidenceFacts())
        _ = try workspace.history()
        #expect(workspace.catalogLoads == 1)
    }

    @Test("the result is stored once per LPSE, kind and date, and read back as the history")
    func historyHoldsTheStoredResult() throws {
        let workspace = try EvidenceUseCaseTests.workspace()
        _ = try workspace.assess("Evidence/penilaian-mandiri.xml")
        _ = try workspace.assess("Evidence/penilaian-mandiri.xml")
        let history = try workspace.history()
        #expect(history.count == 1)
        #expect(history.first?.terpenuhi == 12 && history.first?.kind == "mandiri")
        #expect(history.first?.standards.first { $0.standardId == "S12" }?.terpenuhi == false)
    }

    @Test("an answer file that is not valid is invalid input, with its diagnostics")
    func invalidAnswers() throws {
        let workspace = try EvidenceUseCaseTests.workspace()
        try "<penilaian/>".write(toFile: workspace.root + "/rusak.xml", atomically: true, encoding: .utf8)
        let error = #expect(throws: WorkspaceError.self) { try workspace.score("rusak.xml", evidence: EvidenceFacts()) }
        #expect(error?.kind == .invalidInput)
        #expect(error?.diagnostics.isEmpty == false)
        #expect(error?.lines(.id).last?.contains("bukan berkas penilaian yang sah") == true)
        #expect(error?.lines(.en).last?.contains("is not a valid answer file") == true)
    }
}

/// The ranking of next steps on the shipped catalog, with one mandatory and two optional controls short.
@Suite("Next steps")
struct NextStepRankingTests {
    @Test("mandatory first, then what completes a standard, then the larger gain, then by id")
    func ranking() throws {
        let workspace = try EvidenceUseCaseTests.workspace()
        let inputs = try workspace.scoring()
        let builder = ResultBuilder(catalog: inputs.catalog, policy: inputs.policy)
        var statuses: [String: ControlStatus] = [:]
        for control in inputs.catalog.controls { statuses[control.id] = .memenuhi }
        let mandatory = try #require(inputs.catalog.controls.first { $0.mandatory })
        let optional = inputs.catalog.controls.filter { !$0.mandatory }.prefix(2).map(\.id)
        statuses[mandatory.id] = .tidak
        for id in optional { statuses[id] = .sebagian }
        let steps = builder.nextSteps(statuses)
        #expect(steps.map(\.rank) == Array(1...steps.count))
        #expect(steps.first?.controlId == mandatory.id && steps.first?.mandatory == true)
        #expect(Set(steps.dropFirst().map(\.controlId)) == Set(optional))
        let rest = Array(steps.dropFirst())
        for (earlier, later) in zip(rest, rest.dropFirst()) {
            let ordered = earlier.completesStandard != later.completesStandard ? earlier.completesStandard
                : (earlier.gainPoints * 100).rounded() != (later.gainPoints * 100).rounded() ? earlier.gainPoints > later.gainPoints
                : earlier.controlId < later.controlId
            #expect(ordered, "\(earlier.controlId) before \(later.controlId)")
        }
        // A control already memenuhi or tidak-berlaku is never a step.
        #expect(!steps.contains { statuses[$0.controlId] == .memenuhi })
    }
}
