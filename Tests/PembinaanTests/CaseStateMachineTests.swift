import Catalog
import Core
import Pembinaan
import Testing

// Dates used below (2024, cuti bersama non-working):
// rekomendasi received Mon 2024-03-04: keberatan deadline 2024-03-13 (Nyepi 11 and cuti 12 skipped),
// follow-up (20 hari kerja) deadline 2024-04-04 (Wafat Yesus Kristus 29 Mar skipped).

@Suite("Pembinaan state machine")
struct CaseStateMachineTests {
    typealias F = CaseFixtures
    static let opened = [F.certify("2024-01-02"), F.open(), F.receive("2024-03-04")]

    @Test func deadlinesAreComputedFromTheRecordedReceipt() throws {
        let state = try #require(try F.register(Self.opened).cases[F.caseId])
        #expect(state.stage == .rekomendasi)
        #expect(state.current?.followUpDeadline?.date == "2024-04-04".date)
        #expect(state.current?.keberatanDeadline?.date == "2024-03-13".date)
    }

    // MARK: - Escalation

    @Test func escalationOnTheDeadlineDayIsRefusedWithTheDate() throws {
        let refusal = try #require(try F.refusal(of: F.escalate("2024-04-04", to: .teguran), after: Self.opened))
        #expect(refusal.reason == .deadlineNotPassed(stage: .rekomendasi, deadline: "2024-04-04".date,
                                                     endsAt: IndonesianZone.wib.endOfDay("2024-04-04".date), zone: .wib))
        #expect(refusal.message.contains("it is 2024-04-04 and ends at 2024-04-04T23:59:59+07:00"))
        #expect(refusal.message.contains("escalation is possible from 2024-04-05"))
    }

    @Test func escalationTheDayAfterTheDeadline() throws {
        let register = try F.register(Self.opened + [F.escalate("2024-04-05", to: .teguran)])
        let state = try #require(register.cases[F.caseId])
        #expect(state.stage == .teguran)
        #expect(state.current?.receivedOn == nil)
        #expect(state.actions.count == 2)
    }

    @Test("escalation goes one step at a time", arguments: [SanctionStage.pencabutan, .penghentian, .rekomendasi])
    func oneStepAtATime(target: SanctionStage) throws {
        let refusal = try F.refusal(of: F.escalate("2024-04-05", to: target), after: Self.opened)
        #expect(refusal?.reason == .notOneStep(from: .rekomendasi, to: target))
    }

    @Test func escalationNeedsTheReceipt() throws {
        let refusal = try F.refusal(of: F.escalate("2024-06-03", to: .teguran), after: [F.open()])
        #expect(refusal?.reason == .receiptNotRecorded(stage: .rekomendasi, notice: "R-001"))
        #expect(refusal?.message.contains("no deadline can be computed") == true)
    }

    @Test func escalationAfterAnAcceptedRemedyIsRefusedBecauseTheCaseIsClosed() throws {
        let history = Self.opened + [F.followUp("2024-03-20"), F.verify("2024-03-22", accepted: true)]
        #expect(try F.register(history).cases[F.caseId]?.status == .selesai)
        #expect(try F.refusal(of: F.escalate("2024-04-05", to: .teguran), after: history)?.reason == .caseClosed(status: .selesai))
    }

    @Test func aRejectedRemedyDoesNotStopEscalation() throws {
        let history = Self.opened + [F.followUp("2024-03-20"), F.verify("2024-03-22", accepted: false)]
        #expect(try F.refusal(of: F.escalate("2024-04-05", to: .teguran), after: history) == nil)
        #expect(try F.refusal(of: F.verify("2024-03-25", accepted: true), after: history)?.reason == .noFollowUp(stage: .rekomendasi))
    }

    // MARK: - Keberatan

    @Test func keberatanOnTheDeadlineDayIsOnTimeAndBlocksEscalation() throws {
        let history = Self.opened + [F.keberatan("2024-03-13")]
        let state = try #require(try F.register(history).cases[F.caseId])
        #expect(state.keberatan.first?.status == .pending)
        #expect(state.keberatan.first?.deadline == "2024-03-13".date)
        #expect(state.keberatan.first?.decisionDueBy == "2024-03-27".date)
        let refusal = try F.refusal(of: F.escalate("2024-04-05", to: .teguran), after: history)
        #expect(refusal?.reason == .keberatanPending(stage: .rekomendasi, filedOn: "2024-03-13".date))
        let upheld = history + [F.decide("2024-03-20", .dikuatkan)]
        #expect(try F.refusal(of: F.escalate("2024-04-05", to: .teguran), after: upheld) == nil)
    }

    @Test func keberatanLateInTheEveningOfTheDeadlineDayIsOnTime() throws {
        let late = F.event("2024-03-13", .lpse, .keberatanDiajukan(reason: "x"), time: "23:59:00")
        let state = try F.register(Self.opened + [late]).cases[F.caseId]
        #expect(state?.keberatan.first?.status == .pending)
    }

    @Test func keberatanOnTheNextWorkingDayIsRecordedAsLate() throws {
        let register = try F.register(Self.opened + [F.keberatan("2024-03-14")])
        let record = try #require(register.cases[F.caseId]?.keberatan.first)
        #expect(record.status == .late)
        #expect(record.deadline == "2024-03-13".date)
        #expect(record.filedOn == "2024-03-14".date)
        #expect(register.cases[F.caseId]?.pendingKeberatan == nil)
        #expect(try F.refusal(of: F.escalate("2024-04-05", to: .teguran), after: Self.opened + [F.keberatan("2024-03-14")]) == nil)
    }

    @Test func keberatanNeedsTheReceiptAndIsFiledOnce() throws {
        #expect(try F.refusal(of: F.keberatan("2024-03-05"), after: [F.open()])?.reason
                == .receiptNotRecorded(stage: .rekomendasi, notice: "R-001"))
        #expect(try F.refusal(of: F.keberatan("2024-03-07"), after: Self.opened + [F.keberatan("2024-03-06")])?.reason
                == .keberatanAlreadyFiled(stage: .rekomendasi, filedOn: "2024-03-06".date))
        #expect(try F.refusal(of: F.decide("2024-03-07", .dikuatkan), after: Self.opened)?.reason == .noPendingKeberatan)
    }

    @Test func keberatanDibatalkanReturnsToTheStageBefore() throws {
        let teguran = Self.opened + [F.escalate("2024-04-05", to: .teguran), F.receive("2024-04-08"), F.keberatan("2024-04-10")]
        let state = try #require(try F.register(teguran + [F.decide("2024-04-22", .dibatalkan)]).cases[F.caseId])
        #expect(state.stage == .rekomendasi)
        #expect(state.current?.followUpDeadline?.date == "2024-04-04".date)
        #expect(state.status == .aktif)
        let only = try F.register(Self.opened + [F.keberatan("2024-03-05"), F.decide("2024-03-08", .dibatalkan)])
        #expect(only.cases[F.caseId]?.status == .dibatalkan)
        #expect(only.cases[F.caseId]?.actions.isEmpty == true)
    }

    @Test func keberatanDiubahOnlyToALighterStage() throws {
        let teguran = Self.opened + [F.escalate("2024-04-05", to: .teguran), F.receive("2024-04-08"), F.keberatan("2024-04-10")]
        let lighter = F.decide("2024-04-22", .diubah(to: .rekomendasi, notice: F.notice("R-002", "2024-04-22")))
        let state = try #require(try F.register(teguran + [lighter]).cases[F.caseId])
        #expect(state.stage == .rekomendasi)
        #expect(state.current?.notice.number == "R-002")
        #expect(state.current?.receivedOn == nil)
        for stage in [SanctionStage.teguran, .pencabutan] {
            let heavier = F.decide("2024-04-22", .diubah(to: stage, notice: F.notice("X", "2024-04-22")))
            #expect(try F.refusal(of: heavier, after: teguran)?.reason == .notLighter(from: .teguran, to: stage))
        }
    }
}
