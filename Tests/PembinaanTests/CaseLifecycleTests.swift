import Catalog
import Core
import Pembinaan
import Testing

@Suite("Pembinaan: whole cases, roles, SLA, pemulihan, certificates")
struct CaseLifecycleTests {
    typealias F = CaseFixtures

    /// rekomendasi → teguran → keberatan refused as late → pencabutan → penilaian ulang passed.
    static let wholeCase: [PembinaanEvent] = [
        F.certify("2024-01-02"), F.open(), F.receive("2024-03-04"),
        F.escalate("2024-04-05", to: .teguran), F.receive("2024-04-08"),
        F.keberatan("2024-04-23"),
        F.escalate("2024-04-30", to: .pencabutan), F.receive("2024-05-02"),
        F.followUp("2024-06-03"), F.verify("2024-06-10", accepted: true, penilaianUlang: F.faktual("2024-06-05", ["S03"])),
    ]

    @Test func wholeCaseRestoresTheCertificate() throws {
        // teguran received Mon 8 Apr (inside the Idul Fitri block): keberatan deadline 2024-04-22,
        // follow-up (10 hari kerja) 2024-04-29; the keberatan of 23 April is late.
        let before = try F.register(Array(Self.wholeCase.prefix(5)))
        let teguran = try #require(before.cases[F.caseId]?.current)
        #expect(teguran.keberatanDeadline?.date == "2024-04-22".date)
        #expect(teguran.followUpDeadline?.date == "2024-04-29".date)

        let during = try F.register(Array(Self.wholeCase.prefix(8)))
        #expect(during.cases[F.caseId]?.keberatan.first?.status == .late)
        #expect(during.cases[F.caseId]?.keberatan.first?.deadline == "2024-04-22".date)
        let certificates = during.certificates(of: F.lpse)
        #expect(certificates.map(\.standard) == ["S03", "S05"])
        #expect(certificates.map { $0.status(on: "2024-05-01".date) } == [.dicabut, .berlaku])

        let after = try F.register(Self.wholeCase)
        #expect(after.cases[F.caseId]?.status == .selesai)
        let restored = try #require(after.certificates(of: F.lpse).first)
        #expect(restored.status(on: "2024-06-10".date) == .berlaku)
        #expect(restored.issuedOn == "2024-06-10".date)
        #expect(restored.validUntil == "2027-06-09".date)
        #expect(restored.history.map(\.status) == [.berlaku, .dicabut, .berlaku])
        #expect(restored.decision.contains("penilaian ulang lulus"))
    }

    @Test func lateKeberatanAgainstTeguranIsRecordedAndDoesNotBlock() throws {
        var events = Array(Self.wholeCase.prefix(5))
        events.append(F.keberatan("2024-04-23"))
        let register = try F.register(events)
        #expect(register.cases[F.caseId]?.keberatan.first?.status == .late)
        #expect(try F.refusal(of: F.escalate("2024-04-30", to: .pencabutan), after: events) == nil)
    }

    // MARK: - Roles

    @Test("only the right role may act", arguments: [
        (F.open(), Role.lkpp), (F.escalate("2024-04-05", to: .teguran), .lkpp), (F.decide("2024-03-08", .dikuatkan), .lkpp),
        (F.verify("2024-03-08", accepted: true), .lkpp), (F.sla("2024-03-08"), .lkpp), (F.pemulihan("2024-03-08"), .lkpp),
        (F.certify("2024-03-08"), .lkpp), (F.followUp("2024-03-08"), .lpse), (F.keberatan("2024-03-08"), .lpse),
    ])
    func roles(event: PembinaanEvent, required: Role) throws {
        var wrong = event
        wrong.role = required == .lkpp ? .lpse : .lkpp
        let history = event.name == "kasus-dibuka" ? [] : [F.open(), F.receive("2024-03-04")]
        let refusal = try F.refusal(of: wrong, after: history)
        #expect(refusal?.reason == .wrongRole(event: event.name, required: required, given: wrong.role))
        #expect(refusal?.message.contains("only role \(required.rawValue) may record \(event.name)") == true)
    }

    @Test func eitherRoleMayRecordAReceipt() throws {
        var byLKPP = F.receive("2024-03-04")
        byLKPP.role = .lkpp
        #expect(try F.refusal(of: byLKPP, after: [F.open()]) == nil)
    }

    // MARK: - Receipts

    @Test func receiptGuards() throws {
        let opened = [F.open("2024-03-01")]
        #expect(try F.refusal(of: F.receive("2024-03-04"), after: opened + [F.receive("2024-03-04")])?.reason
                == .receiptAlreadyRecorded(date: "2024-03-04".date))
        #expect(try F.refusal(of: F.receive("2024-02-28", on: "2024-03-04"), after: opened).map { "\($0.reason)" }?.contains("2024-02-28") == true)
        #expect(try F.refusal(of: F.receive("2024-03-06", on: "2024-03-04"), after: opened).map { "\($0.reason)" }?.contains("receiptDateImpossible") == true)
    }

    @Test func receiptWhoseDeadlineRunsPastTheCalendarIsAnInputError() throws {
        let late = [F.open("2027-12-01")]
        let refusal = try #require(try F.refusal(of: F.receive("2027-12-10"), after: late))
        #expect(refusal.isInputError)
        #expect(refusal.message.contains("runs past the holiday calendar"))
    }

    // MARK: - SLA and pemulihan

    @Test func slaBreachJumpsToPenghentianFromAnyStage() throws {
        let register = try F.register([F.open(), F.receive("2024-03-04"), F.sla("2024-03-05")])
        #expect(register.cases[F.caseId]?.stage == .penghentian)
        #expect(register.cases[F.caseId]?.current?.forSLABreach == true)
        let fresh = try F.register([F.sla("2024-03-05", caseId: "K-SLA")])
        #expect(fresh.cases["K-SLA"]?.stage == .penghentian)
        #expect(fresh.cases["K-SLA"]?.findings.isEmpty == true)
        #expect(try F.refusal(of: F.sla("2024-03-06"), after: [F.open(), F.sla("2024-03-05")])?.reason
                == .atPenghentian(event: "pelanggaran-sla"))
    }

    @Test("after penghentian only pemulihan", arguments: [
        F.followUp("2024-03-08"), F.verify("2024-03-08", accepted: true), F.escalate("2024-06-08", to: .penghentian),
    ])
    func onlyPemulihan(event: PembinaanEvent) throws {
        let history = [F.open(), F.sla("2024-03-05"), F.receive("2024-03-06")]
        #expect(try F.refusal(of: event, after: history)?.reason == .atPenghentian(event: event.name))
    }

    @Test func pemulihanNeedsItsBasisAndClosesTheCase() throws {
        let history = [F.open(), F.sla("2024-03-05")]
        let refusal = try F.refusal(of: F.pemulihan("2024-04-01", basis: []), after: history)
        #expect(refusal?.reason == .noBasis)
        #expect(refusal?.message == "pemulihan must be recorded with its basis (the decision and the regulation it rests on)")
        let done = history + [F.pemulihan("2024-04-01")]
        #expect(try F.register(done).cases[F.caseId]?.status == .dipulihkan)
        #expect(try F.refusal(of: F.keberatan("2024-04-02"), after: done)?.reason == .caseClosed(status: .dipulihkan))
        #expect(try F.refusal(of: F.pemulihan("2024-04-01"), after: [F.open()])?.reason == .notAtPenghentian(stage: .rekomendasi))
    }

    @Test func penghentianIsTheTopOfTheLadder() throws {
        let history = [F.certify("2024-01-02"), F.open(), F.receive("2024-03-04"), F.escalate("2024-04-05", to: .teguran),
                       F.receive("2024-04-08"), F.escalate("2024-04-30", to: .pencabutan), F.receive("2024-05-02")]
        let pencabutan = try #require(try F.register(history).cases[F.caseId]?.current?.followUpDeadline?.date)
        let escalated = history + [F.escalate(pencabutan.adding(days: 1).description, to: .penghentian)]
        #expect(try F.register(escalated).cases[F.caseId]?.stage == .penghentian)
        let refusal = try F.refusal(of: F.escalate("2024-12-02", to: .penghentian), after: escalated + [F.receive(pencabutan.adding(days: 1).description)])
        #expect(refusal?.reason == .atPenghentian(event: "eskalasi"))
    }

    @Test func keberatanAgainstPencabutanCancelledRestoresTheCertificate() throws {
        let history = [F.certify("2024-01-02"), F.open(), F.receive("2024-03-04"), F.escalate("2024-04-05", to: .teguran),
                       F.receive("2024-04-08"), F.escalate("2024-04-30", to: .pencabutan), F.receive("2024-05-02"),
                       F.keberatan("2024-05-02"), F.decide("2024-05-08", .dibatalkan)]
        let register = try F.register(history)
        #expect(register.cases[F.caseId]?.stage == .teguran)
        let certificate = try #require(register.certificates(of: F.lpse).first)
        #expect(certificate.status(on: "2024-05-08".date) == .berlaku)
        #expect(certificate.validUntil == "2027-01-01".date)
    }

    // MARK: - Certificates and the fold

    @Test func certificatesExpireAndSurveillanceIsDue() throws {
        let register = try F.register([F.certify("2024-01-02")])
        let certificate = try #require(register.certificates(of: F.lpse).first)
        #expect(certificate.validUntil == "2027-01-01".date)
        #expect(certificate.status(on: "2027-01-01".date) == .berlaku)
        #expect(certificate.status(on: "2027-01-02".date) == .kedaluwarsa)
        #expect(register.surveillanceDue(for: F.lpse, asOf: "2024-06-01".date) == "2025-01-02".date)
        let refusal = try F.refusal(of: F.certify("2024-01-03", ["S18"]), after: [])
        #expect(refusal?.reason == .notAStandard("S18") && refusal?.message == "'S18' is not a standard id S01 ... S17")
    }

    @Test func aRefusedEventLeavesTheRegisterUnchanged() throws {
        var register = try F.register(CaseStateMachineTests.opened)
        let before = register.cases
        #expect(throws: Refusal.self) { try register.apply(F.escalate("2024-04-04", to: .teguran)) }
        #expect(register.cases == before)
    }

    @Test func foldNamesTheFirstRefusedEvent() throws {
        let events = [F.open(), F.escalate("2024-03-05", to: .teguran)]
        let error = #expect(throws: FoldError.self) { try F.register(events) }
        #expect(error?.index == 1)
        #expect(error?.description.contains("event 2 (eskalasi") == true)
    }

    @Test func unknownAndDuplicateCases() throws {
        #expect(try F.refusal(of: F.receive("2024-03-04"), after: [])?.reason == .unknownCase(F.caseId))
        #expect(try F.refusal(of: F.open(), after: [F.open()])?.reason == .caseExists(F.caseId))
    }
}
