import Assessment
import Catalog
import Core
import Testing
import XMLSupport

/// Loophole 5 of issue 12: which controls may be tidak berlaku is the policy's, on the LPSE's
/// hosting; a standard with nothing applicable is not terpenuhi unless the policy says so.
@Suite struct NotApplicableTests {
    let policy: ScoringPolicy
    let catalog: StandardsCatalog

    init() throws {
        policy = try Fixtures.policy()
        catalog = try CatalogLoader.load(directory: Fixtures.packageRoot + "/Standards")
    }

    /// Every control of the shipped catalog answered tidak-berlaku, with a justification.
    func allNotApplicable() -> AnswerFile {
        AnswerFile(lpse: LPSEIdentity(id: "lpse-uji", name: "LPSE Uji", instansi: "Pemerintah Kabupaten Uji"),
                   kind: .mandiri, date: "2026-10-05", catalogVersion: catalog.version,
                   answers: catalog.controls.enumerated().map { index, control in
                       ControlAnswer(controlId: control.id, status: .tidakBerlaku,
                                     justification: Justification(fakta: "Tidak ada.", analisis: "Tidak berlaku."),
                                     source: SourceLocation(file: "penilaian.xml", line: index + 5))
                   }, path: "penilaian.xml")
    }

    @Test func shippedPolicyAllowsOnlyInfraControlsOnLKPPOrProvinceInfrastructure() {
        #expect(policy.notApplicableAllowances == [NotApplicableAllowance(subject: .infra, hosting: [.lkpp, .provinsi])])
        #expect(!policy.nothingApplicableIsTerpenuhi)
        #expect(policy.nothingApplicableIsTerpenuhi(for: "S11"))
        #expect(!policy.nothingApplicableIsTerpenuhi(for: "S01"))
        let infra = catalog.controls.filter(\.infra).map(\.id)
        #expect(infra == ["S07.2", "S07.3", "S09.2", "S09.3", "S10.4", "S11.1", "S11.2", "S11.3", "S11.4"])
    }

    @Test func everyControlNotApplicableIsRefusedOnTheLPSEsOwnInfrastructure() throws {
        let answers = allNotApplicable()
        let refused = policy.notApplicableViolations(answers, catalog: catalog, hosting: .sendiri)
        #expect(refused.count == 68)
        let first = try #require(refused.first)
        #expect(first.controlId == "S01.1" && first.source.line == 5)
        #expect(first.message(.id).contains("S01.1 ditandai tidak-berlaku, yang tidak dibolehkan kebijakan penilaian"))
        #expect(first.message(.id).contains("tidak berlaku hanya dibolehkan untuk kontrol infra bila SPSE berjalan di infrastruktur LKPP atau infrastruktur provinsi"))
        #expect(first.message(.id).contains("SPSE LPSE ini berjalan di infrastruktur sendiri"))
        #expect(first.message(.en).contains("S01.1 is marked tidak-berlaku, which the scoring policy"))
    }

    @Test func onLKPPInfrastructureOnlyTheInfraControlsMayBeNotApplicable() {
        let refused = policy.notApplicableViolations(allNotApplicable(), catalog: catalog, hosting: .lkpp)
        #expect(refused.count == 68 - 9)
        #expect(!refused.contains { $0.controlId.hasPrefix("S11.") })
        #expect(refused.contains { $0.controlId == "S01.1" })
    }

    @Test func aStandardWithNothingApplicableIsNotTerpenuhiUnlessThePolicySaysSo() {
        var statuses = Dictionary(uniqueKeysWithValues: catalog.controls.map { ($0.id, ControlStatus.memenuhi) })
        for control in catalog.standard("S11")!.controls { statuses[control.id] = .tidakBerlaku }
        for control in catalog.standard("S01")!.controls { statuses[control.id] = .tidakBerlaku }
        let result = Scorer(catalog: catalog, policy: policy).score(statuses)
        #expect(result.standard("S11")?.nothingApplicable == true && result.standard("S11")?.terpenuhi == true)
        #expect(result.standard("S01")?.nothingApplicable == true && result.standard("S01")?.terpenuhi == false)
        #expect(result.terpenuhiCount == 16 && !result.eligibleForCertification)

        // All 68 tidak berlaku: only S11 counts (and the file is refused before scoring anyway).
        let none = Scorer(catalog: catalog, policy: policy).score(allNotApplicable().statuses)
        #expect(none.terpenuhiCount == 1)
    }

    @Test func aControlAllowanceOnAnyHosting() {
        var custom = policy
        custom.notApplicableAllowances = [NotApplicableAllowance(subject: .control("S12.4"))]
        let refused = custom.notApplicableViolations(allNotApplicable(), catalog: catalog, hosting: .sendiri)
        #expect(refused.count == 67 && !refused.contains { $0.controlId == "S12.4" })
        custom.notApplicableAllowances = []
        #expect(custom.notApplicableViolations(allNotApplicable(), catalog: catalog, hosting: .lkpp).first?
            .message(.id).contains("kebijakan tidak membolehkan kontrol mana pun tidak berlaku") == true)
    }
}
