import Catalog
import Core
import Pembinaan
import Testing

// The case of CaseStateMachineTests: rekomendasi received Mon 2024-03-04, keberatan window to
// 2024-03-13 (Nyepi 11 and its cuti bersama 12 skipped), follow-up to 2024-04-04.

/// Which deadlines are open, due or overdue on an instant, and the next legal step.
@Suite("Pembinaan: a case's standing on an instant")
struct CaseStandingTests {
    typealias F = CaseFixtures
    static let received = [F.certify("2024-01-02"), F.open(), F.receive("2024-03-04")]

    static func at(_ date: String, _ time: String = "09:00:00") -> Instant {
        Instant(iso8601: "\(date)T\(time)+07:00")!
    }

    static func standing(_ events: [PembinaanEvent], on date: String, time: String = "09:00:00") throws -> CaseStanding {
        let state = try #require(try F.register(events).cases[F.caseId])
        return state.standing(at: at(date, time))
    }

    /// "kind=date standing" for every deadline.
    static func summary(_ standing: CaseStanding) -> [String] {
        standing.deadlines.map { "\($0.kind.rawValue)=\($0.date) \($0.standing.code)" }
    }

    static func steps(_ standing: CaseStanding) -> [String] {
        standing.nextSteps.map(\.code)
    }

    @Test func withoutReceiptNothingIsCountedAndTheReceiptIsTheNextStep() throws {
        let standing = try Self.standing([F.open()], on: "2024-03-02")
        #expect(standing.deadlines.isEmpty)
        #expect(standing.notes == [.receiptNotRecorded(stage: .rekomendasi, notice: "R-001")])
        let step = try #require(standing.nextStep)
        #expect(step.action == .recordReceipt && step.actors == [.lkpp, .lpse] && step.required)
    }

    @Test("running, due on the last day, overdue the day after", arguments: [
        ("2024-03-12", ["tindak-lanjut=2024-04-04 berjalan", "keberatan=2024-03-13 berjalan"]),
        ("2024-03-13", ["tindak-lanjut=2024-04-04 berjalan", "keberatan=2024-03-13 hari-terakhir"]),
        ("2024-03-14", ["tindak-lanjut=2024-04-04 berjalan", "keberatan=2024-03-13 lewat"]),
        ("2024-04-04", ["tindak-lanjut=2024-04-04 hari-terakhir", "keberatan=2024-03-13 lewat"]),
        ("2024-04-05", ["tindak-lanjut=2024-04-04 lewat", "keberatan=2024-03-13 lewat"]),
    ])
    func standingsByDay(date: String, expected: [String]) throws {
        let standing = try Self.standing(Self.received, on: date)
        #expect(Self.summary(standing) == expected)
        #expect(standing.openDeadlines.count == 2)
    }

    @Test func theLastSecondOfTheDeadlineDayIsStillDue() throws {
        #expect(try Self.standing(Self.received, on: "2024-03-13", time: "23:59:59").deadlines[1].standing == .due)
        #expect(try Self.standing(Self.received, on: "2024-03-14", time: "00:00:00").deadlines[1].standing == .overdue)
    }

    @Test func beforeTheDeadlinesTheLPSEActs() throws {
        let standing = try Self.standing(Self.received, on: "2024-03-05")
        #expect(Self.steps(standing) == ["tindak-lanjut", "keberatan"])
        #expect(standing.nextSteps.map(\.by) == ["2024-04-04".date, "2024-03-13".date])
        #expect(standing.nextSteps.allSatisfy { $0.actors == [.lpse] && !$0.overdue })
        #expect(standing.nextSteps.map(\.required) == [true, false])
    }

    @Test func afterTheFollowUpDeadlineLKPPMayEscalate() throws {
        let standing = try Self.standing(Self.received, on: "2024-04-05")
        #expect(Self.steps(standing) == ["eskalasi", "tindak-lanjut"])
        let escalation = try #require(standing.nextStep)
        #expect(escalation.action == .escalate(to: .teguran) && escalation.from == "2024-04-05".date && !escalation.required)
        #expect(standing.nextSteps[1].overdue)
    }

    @Test func aKeberatanOnTimeClosesItsWindowAndOpensLKPPsDecision() throws {
        let events = Self.received + [F.keberatan("2024-03-08")]
        let due = try F.rules.decisionDeadline(filed: "2024-03-08".date).date
        #expect(due == "2024-03-26".date)
        var standing = try Self.standing(events, on: "2024-03-20")
        #expect(Self.summary(standing) == ["tindak-lanjut=2024-04-04 berjalan", "keberatan=2024-03-13 selesai",
                                           "putusan-keberatan=2024-03-26 berjalan"])
        #expect(standing.deadlines[1].standing == .closed(.keberatanFiled("2024-03-08".date)))
        #expect(standing.deadlines[2].actor == .lkpp)
        #expect(Self.steps(standing) == ["putus-keberatan", "tindak-lanjut"])
        // After both deadlines: the decision is overdue, and escalation waits for it.
        standing = try Self.standing(events, on: "2024-04-05")
        #expect(standing.overdueDeadlines.map(\.kind) == [.followUp, .keberatanDecision])
        #expect(Self.steps(standing) == ["putus-keberatan", "tindak-lanjut"])
        #expect(standing.nextStep?.overdue == true)
    }

    @Test func aDecidedKeberatanClosesTheDecisionDeadline() throws {
        let events = Self.received + [F.keberatan("2024-03-08"), F.decide("2024-03-15", .dikuatkan)]
        let standing = try Self.standing(events, on: "2024-04-01")
        #expect(standing.deadlines[2].standing == .closed(.decided))
        #expect(Self.steps(standing) == ["tindak-lanjut"])
    }

    @Test func aLateKeberatanLeavesTheWindowOverdueAndSetsNoDecision() throws {
        let standing = try Self.standing(Self.received + [F.keberatan("2024-03-14")], on: "2024-03-15")
        #expect(Self.summary(standing) == ["tindak-lanjut=2024-04-04 berjalan", "keberatan=2024-03-13 lewat"])
    }

    @Test func aFiledFollowUpWaitsForVerificationAndARejectionReopensIt() throws {
        let filed = Self.received + [F.followUp("2024-04-01")]
        var standing = try Self.standing(filed, on: "2024-04-08")
        #expect(standing.deadlines[0].standing == .closed(.followUpFiled("2024-04-01".date)))
        #expect(Self.steps(standing) == ["verifikasi-perbaikan"])
        standing = try Self.standing(filed + [F.verify("2024-04-08", accepted: false)], on: "2024-04-08")
        #expect(standing.deadlines[0].standing == .overdue)
        #expect(Self.steps(standing) == ["eskalasi", "tindak-lanjut"])
    }

    @Test func escalationSupersedesTheFormerActionsDeadlines() throws {
        let events = Self.received + [F.escalate("2024-04-05", to: .teguran)]
        var standing = try Self.standing(events, on: "2024-04-06")
        #expect(standing.deadlines.allSatisfy { $0.standing == .closed(.superseded) })
        #expect(standing.openDeadlines.isEmpty)
        #expect(standing.notes == [.receiptNotRecorded(stage: .teguran, notice: "E-teguran")])
        // The teguran received Mon 8 April: keberatan to 22 April, follow-up to 29 April.
        standing = try Self.standing(events + [F.receive("2024-04-08")], on: "2024-04-22")
        #expect(standing.openDeadlines.map { "\($0.stage.rawValue) \($0.kind.rawValue)=\($0.date) \($0.standing.code)" }
                == ["teguran tindak-lanjut=2024-04-29 berjalan", "teguran keberatan=2024-04-22 hari-terakhir"])
    }

    @Test func aClosedCaseHasNoOpenDeadlineAndNoStep() throws {
        let events = Self.received + [F.followUp("2024-03-20"), F.verify("2024-03-22", accepted: true)]
        let standing = try Self.standing(events, on: "2024-05-01")
        #expect(standing.deadlines.map(\.standing) == [.closed(.remedyAccepted), .closed(.caseClosed(.selesai))])
        #expect(standing.nextSteps.isEmpty && standing.notes.isEmpty)
    }

    @Test func penghentianWaitsForPemulihan() throws {
        let standing = try Self.standing(Self.received + [F.sla("2024-03-06"), F.receive("2024-03-07")], on: "2024-03-08")
        #expect(standing.notes == [.serviceStopped])
        #expect(Self.summary(standing).contains("tindak-lanjut=2024-04-04 selesai"))
        #expect(Self.steps(standing) == ["keberatan", "pemulihan"])
    }

    @Test func theDayIsTheCasesZones() throws {
        // 23:30 WIB on the keberatan deadline is already the next day in WIT.
        let events = [F.certify("2024-01-02"), F.open(), F.receive("2024-03-04")].map { event -> PembinaanEvent in
            var event = event
            event.zone = .wit
            return event
        }
        let state = try #require(try F.register(events).cases[F.caseId])
        #expect(state.standing(at: Self.at("2024-03-13", "21:59:59")).deadlines[1].standing == .due)
        #expect(state.standing(at: Self.at("2024-03-13", "23:30:00")).deadlines[1].standing == .overdue)
    }

    @Test func theRegisterAnswersForEveryCase() throws {
        let register = try F.register(Self.received)
        #expect(register.standings(at: Self.at("2024-03-05")).map(\.state.id) == [F.caseId])
        #expect(register.standings(at: Self.at("2024-03-05"), lpse: "LPSE-LAIN").isEmpty)
        #expect(register.nextCaseId(on: "2024-05-01".date) == "K-2024-002")
    }
}
