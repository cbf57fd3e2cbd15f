import Catalog
import Core
import Pembinaan
import Foundation
import Testing

/// The loopholes of issue 12, each played as the issue tells it and refused with the rule named.
@Suite("Pembinaan: escalation, pemulihan and certificate guards")
struct LoopholeTests {
    typealias F = CaseFixtures

    /// Certified S03 and S05 on 2 January; rekomendasi received 4 March; teguran imposed 5 April
    /// and received 8 April: its follow-up deadline is 29 April 2024.
    static let atTeguran = [F.certify("2024-01-02"), F.open(), F.receive("2024-03-04"),
                            F.escalate("2024-04-05", to: .teguran), F.receive("2024-04-08")]
    /// The same case escalated to pencabutan on 30 April (S03 revoked), notice received 2 May.
    static let atPencabutan = atTeguran + [F.escalate("2024-04-30", to: .pencabutan), F.receive("2024-05-02")]

    // MARK: - 1. Escalation over a filed follow-up

    @Test func escalationOverAnUnverifiedFollowUpIsRefused() throws {
        let filed = Self.atTeguran + [F.followUp("2024-04-26")]
        let refusal = try #require(try F.refusal(of: F.escalate("2024-04-30", to: .pencabutan), after: filed))
        #expect(refusal.reason == .followUpUnverified(stage: .teguran, filedOn: "2024-04-26".date))
        #expect(refusal.message(.id).contains("tindak lanjut teguran pada 2024-04-26 yang belum diverifikasi"))
        #expect(refusal.message(.id).contains("Kepdep LKPP 152/2022 §2.2"))
        #expect(refusal.message(.en).contains("escalated only when the LPSE did not remedy"))

        // Verified and rejected first: the escalation goes through and leaves no follow-up behind.
        let rejected = filed + [F.verify("2024-04-30", accepted: false)]
        let register = try F.register(rejected + [F.escalate("2024-04-30", to: .pencabutan)])
        let state = try #require(register.cases[F.caseId])
        #expect(state.stage == .pencabutan)
        #expect(state.actions.allSatisfy { $0.followUpFiledOn == nil })
    }

    // MARK: - 2. Pemulihan while a keberatan is pending

    @Test func pemulihanWhileAKeberatanIsPendingIsRefused() throws {
        let stopped = [F.open(), F.sla("2024-03-05"), F.receive("2024-03-06"), F.keberatan("2024-03-07")]
        let refusal = try #require(try F.refusal(of: F.pemulihan("2024-03-20"), after: stopped))
        #expect(refusal.reason == .keberatanPending(stage: .penghentian, filedOn: "2024-03-07".date))
        #expect(refusal.message(.id).contains("belum diputus") && refusal.message(.id).contains("§2.3"))
        let decided = stopped + [F.decide("2024-03-15", .dikuatkan), F.pemulihan("2024-03-20")]
        let state = try #require(try F.register(decided).cases[F.caseId])
        #expect(state.status == .dipulihkan)
        #expect(state.pendingKeberatan == nil)
    }

    // MARK: - 3. Issuing certificates

    @Test func aNewCertificateWhileTheCaseIsAtPencabutanIsRefused() throws {
        let reissue = F.certify("2024-05-02", ["S03"], on: F.faktual("2024-05-01", ["S03"]))
        let refusal = try #require(try F.refusal(of: reissue, after: Self.atPencabutan))
        #expect(refusal.reason == .pencabutanOpen(caseId: F.caseId, standard: "S03"))
        #expect(refusal.message(.id).contains("masih pada tahap pencabutan"))
        // S05 is not touched by the case: it may be renewed on a faktual in which it is terpenuhi.
        #expect(try F.refusal(of: F.certify("2024-05-02", ["S05"]), after: Self.atPencabutan) == nil)
    }

    @Test func noCertificateForAnLPSEUnderPenghentian() throws {
        let stopped = [F.open(), F.sla("2024-03-05")]
        let refusal = try F.refusal(of: F.certify("2024-03-10", ["S05"]), after: stopped)
        #expect(refusal?.reason == .underPenghentian(caseId: F.caseId))
        #expect(refusal?.message(.id).contains("layanan SPSE LPSE ini dihentikan") == true)
        #expect(try F.refusal(of: F.certify("2024-04-02", ["S05"]),
                              after: stopped + [F.pemulihan("2024-04-01")]) == nil)
    }

    @Test func aCertificateRestsOnARecordedFaktualOfThatLPSEWithTheStandardTerpenuhi() throws {
        #expect(try F.refusal(of: F.certify("2024-01-02", ["S03"], on: nil), after: [])?.reason
                == .noRecordedFaktual(standards: ["S03"], after: nil))
        #expect(try F.refusal(of: F.certify("2024-01-02", ["S03", "S05"], on: F.faktual("2023-12-20", ["S03"])),
                              after: [])?.reason == .standardNotTerpenuhi(standard: "S05", faktualDate: "2023-12-20".date))
        #expect(try F.refusal(of: F.certify("2024-01-02", ["S03"], on: F.faktual("2024-01-05", ["S03"])),
                              after: [])?.reason == .faktualAfterEvent(faktualDate: "2024-01-05".date, eventDate: "2024-01-02".date))
        #expect(try F.refusal(of: F.certify("2024-01-02", ["S03"], on: F.faktual("2023-12-20", ["S03"], lpse: "LPSE-LAIN")),
                              after: [])?.reason == .faktualOfAnotherLPSE(faktual: "LPSE-LAIN", lpse: F.lpse))
        // Ids compare without regard to case (patuh.xml writes them in lower case).
        let lower = F.faktual("2023-12-20", ["S03"], lpse: F.lpse.lowercased())
        let register = try F.register([F.certify("2024-01-02", ["S03"], on: lower)])
        #expect(register.certificates(of: F.lpse).first?.decision.contains("penilaian faktual 2023-12-20") == true)
        let message = try #require(try F.refusal(of: F.certify("2024-01-02", ["S03"], on: nil), after: [])).message(.id)
        #expect(message.contains("hanya diterbitkan bagi LPSE yang memenuhi penilaian faktual (Kepdep LKPP 152/2022 §2.1.e.5)"))
    }

    @Test func penilaianUlangAfterPencabutanIsARecordedFaktualAfterIt() throws {
        let filed = Self.atPencabutan + [F.followUp("2024-06-03")]
        #expect(try F.refusal(of: F.verify("2024-06-10", accepted: true), after: filed)?.reason
                == .noRecordedFaktual(standards: ["S03"], after: "2024-04-30".date))
        #expect(try F.refusal(of: F.verify("2024-06-10", accepted: true, penilaianUlang: F.faktual("2024-04-29", ["S03"])),
                              after: filed)?.reason
                == .penilaianUlangBeforeRevocation(standard: "S03", revokedOn: "2024-04-30".date, notice: nil,
                                                   faktualDate: "2024-04-29".date))
        #expect(try F.refusal(of: F.verify("2024-06-10", accepted: true, penilaianUlang: F.faktual("2024-06-05", ["S05"])),
                              after: filed)?.reason == .standardNotTerpenuhi(standard: "S03", faktualDate: "2024-06-05".date))
        // A rejection needs no assessment.
        #expect(try F.refusal(of: F.verify("2024-06-10", accepted: false), after: filed) == nil)
    }

    // MARK: - 4. Revoked standards stay visible until re-certified

    @Test func pencabutanOfAStandardWithoutACertificateIsRecordedWithAWarning() throws {
        let uncertified = Array(Self.atTeguran.dropFirst())
        let pencabutan = F.escalate("2024-04-30", to: .pencabutan)
        let register = try F.register(uncertified + [pencabutan])
        let action = try #require(register.cases[F.caseId]?.current)
        #expect(action.revokedStandards.isEmpty)
        #expect(action.uncertifiedStandards == ["S03"])
        let warning = try #require(register.warnings(after: pencabutan).first)
        #expect(warning.message(.id).contains("menyebut S03 yang tidak memiliki sertifikat berlaku"))
        #expect(warning.message(.en).contains("names S03, which has no certificate in force"))
        #expect(register.revocations(of: F.lpse).map(\.standard) == ["S03"])
        #expect(register.revocations(of: F.lpse).first?.hadCertificate == false)
        #expect(try F.register(Self.atPencabutan).warnings(after: pencabutan).isEmpty)
    }

    @Test func revokedStandardsOutliveTheCaseUntilCertifiedAgain() throws {
        let restored = Self.atPencabutan + [F.sla("2024-05-06"), F.pemulihan("2024-06-03")]
        let register = try F.register(restored)
        #expect(register.cases[F.caseId]?.status == .dipulihkan)
        #expect(register.revocations(of: F.lpse).map(\.standard) == ["S03"])
        #expect(register.certificates(of: F.lpse).map { $0.status(on: "2024-06-03".date) } == [.dicabut, .berlaku])

        // Re-certification needs a penilaian faktual after the pencabutan of 30 April.
        let early = F.certify("2024-06-10", ["S03"], on: F.faktual("2024-04-15", ["S03"]))
        #expect(try F.refusal(of: early, after: restored)?.reason
                == .penilaianUlangBeforeRevocation(standard: "S03", revokedOn: "2024-04-30".date, notice: "E-pencabutan",
                                                   faktualDate: "2024-04-15".date))
        let again = try F.register(restored + [F.certify("2024-06-10", ["S03"], on: F.faktual("2024-06-05", ["S03"]))])
        #expect(again.revocations(of: F.lpse).isEmpty)
        #expect(again.certificates(of: F.lpse).first?.status(on: "2024-06-10".date) == .berlaku)
    }

    @Test func aCancelledPencabutanForgetsItsRevocations() throws {
        let cancelled = Self.atPencabutan + [F.keberatan("2024-05-03"), F.decide("2024-05-08", .dibatalkan)]
        #expect(try F.register(cancelled).revocations(of: F.lpse).isEmpty)
    }

    @Test func choosingTheRecordedFaktual() {
        let recorded = [F.faktual("2024-01-10"), F.faktual("2024-03-01"), F.faktual("2024-05-01", lpse: "LPSE-LAIN")]
        #expect(RecordedFaktual.choose(recorded, lpse: F.lpse, on: "2024-02-01".date)?.date == "2024-01-10".date)
        #expect(RecordedFaktual.choose(recorded, lpse: F.lpse, on: "2024-06-01".date)?.date == "2024-03-01".date)
        #expect(RecordedFaktual.choose(recorded, lpse: F.lpse, on: "2024-06-01".date, wanted: "2024-01-10".date)?.date
                == "2024-01-10".date)
        #expect(RecordedFaktual.choose(recorded, lpse: F.lpse, on: "2024-06-01".date, wanted: "2024-05-01".date) == nil)
        #expect(RecordedFaktual.choose(recorded, lpse: F.lpse, on: "2024-01-01".date) == nil)
    }
}

/// Events stored before the guards keep decoding: the new associated values are optional.
@Suite struct StoredPayloadCompatibilityTests {
    @Test func aPayloadWithoutTheNewFieldsDecodes() throws {
        let rejected = #"{"perbaikanDiverifikasi":{"accepted":false,"note":"bukti kurang"}}"#
        let payload = try JSONDecoder().decode(PembinaanEvent.Payload.self, from: Data(rejected.utf8))
        #expect(payload == .perbaikanDiverifikasi(accepted: false, note: "bukti kurang", penilaianUlang: nil))
    }
}
