import Assessment
import Catalog
import Testing

@Suite struct ComparatorTests {
    let catalog = Fixtures.twoStandards()
    let policy: ScoringPolicy

    init() throws {
        policy = try Fixtures.policy()
    }

    func file(_ kind: AssessmentKind, _ statuses: [String: ControlStatus], findings: [Temuan] = [],
              override: (String, Override)? = nil) -> AnswerFile {
        let answers = catalog.controls.compactMap { control -> ControlAnswer? in
            guard let status = statuses[control.id] else { return nil }
            return ControlAnswer(controlId: control.id, status: status,
                                 override: override?.0 == control.id ? override?.1 : nil,
                                 findings: findings.filter { $0.controlId == control.id })
        }
        return AnswerFile(lpse: LPSEIdentity(id: "lpse-uji", name: "LPSE Uji", instansi: "Kab. Uji"), kind: kind,
                          date: "2026-10-05", catalogVersion: "1.0", answers: answers)
    }

    @Test func relationsCalibrationOverridesAndFindings() throws {
        let own: [String: ControlStatus] = [
            "S01.1": .memenuhi, "S01.2": .memenuhi, "S01.3": .sebagian, "S01.4": .tidak,
            "S02.1": .memenuhi, "S02.2": .tidakBerlaku, "S02.3": .memenuhi, "S02.4": .memenuhi,
        ]
        var theirs = own
        theirs["S01.2"] = .sebagian      // lower by 0.5
        theirs["S01.4"] = .sebagian      // higher by 0.5
        theirs["S02.1"] = .tidak         // lower by 1
        theirs["S02.2"] = .memenuhi      // one side tidak berlaku: not comparable
        theirs["S02.3"] = nil            // not assessed
        let override = Override(from: .memenuhi, to: .tidak, authority: "Asesor LKPP", time: "2026-11-20", remark: "SK kedaluwarsa")
        let findings = [
            Temuan(id: "T2", controlId: "S01.2", standardId: "S01", severity: .minor, description: "d", rekomendasi: "r"),
            Temuan(id: "T1", controlId: "S02.1", standardId: "S02", severity: .mayor, description: "d", rekomendasi: "r"),
        ]
        let comparison = Comparator(catalog: catalog, policy: policy)
            .compare(mandiri: file(.mandiri, own), faktual: file(.faktual, theirs, findings: findings, override: ("S02.1", override)))

        #expect(comparison.controls.map(\.relation) == [
            .sama, .asesorLebihRendah, .sama, .asesorLebihTinggi,
            .asesorLebihRendah, .tidakDinilai, .tidakDinilai, .sama,
        ])
        // Compared (both scored): 6 controls; differences 0, .5, 0, -.5, 1, 0 → mean 1/6.
        #expect(comparison.calibration.compared == 6)
        #expect(comparison.calibration.lpseHigher == 2 && comparison.calibration.lpseLower == 1 && comparison.calibration.same == 3)
        #expect(comparison.calibration.shareLpseHigher == 2.0 / 6.0)
        #expect(abs((comparison.calibration.meanDifference ?? 0) - 1.0 / 6.0) < 1e-12)

        // S01 mandiri 3+3+0.5+0 = 6.5/9 (72.2); faktual 3+1.5+0.5+1 = 6/9 (66.7), mandatory S01.2 not met.
        let s01 = comparison.standards[0]
        #expect(s01.mandiriPercent == 72.2 && s01.faktualPercent == 66.7)
        #expect(s01.faktual.mandatoryNotMet == ["S01.2"])
        #expect(s01.percentDifference == -5.6)
        // S02 mandiri: 3+(out)+2+2 = 7/7 terpenuhi; faktual: 0+3+0(not assessed)+2 = 5/10, S02.1 not met.
        #expect(comparison.standards[1].mandiri.terpenuhi && !comparison.standards[1].faktual.terpenuhi)
        #expect(comparison.terpenuhi == (mandiri: 1, faktual: 0))

        #expect(comparison.overrides == [OverrideRecord(controlId: "S02.1", override: override)])
        #expect(comparison.findings.map(\.id) == ["T1", "T2"])
    }

    @Test func claimsWithoutEvidence() {
        let answers = file(.mandiri, ["S01.1": .memenuhi, "S01.3": .memenuhi, "S01.4": .sebagian, "S02.1": .memenuhi])
        let evidence = EvidenceFacts([
            RuleEvidence(ruleId: "S01.1.E1", status: .ok, files: ["a.pdf"]),
            RuleEvidence(ruleId: "S01.3.E1", status: .ok),
            RuleEvidence(ruleId: "S01.3.E2", status: .missing, message: "no file"),
            RuleEvidence(ruleId: "S01.4.E1", status: .missing),
            RuleEvidence(ruleId: "S02.1.E1", status: .expired),
        ])
        let claims = ClaimCheck.claimsWithoutEvidence(answers, catalog: catalog, evidence: evidence)
        #expect(claims.map(\.controlId) == ["S01.3", "S02.1"])
        #expect(claims[0].rules.map(\.ruleId) == ["S01.3.E2"])
        #expect(ClaimCheck.claimsWithoutEvidence(answers, catalog: catalog, evidence: EvidenceFacts()).isEmpty)
    }
}
