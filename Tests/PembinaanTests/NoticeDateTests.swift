import Core
import Pembinaan
import Testing

/// Issue 10's low item: `pembinaan buka` accepted a `--ditetapkan` after `--now`, so a deadline
/// counted from the notice started in the future. A notice is dated on or before the day its
/// event is recorded, and sent on or after the day it was signed.
@Suite("Pembinaan: notice dates")
struct NoticeDateTests {
    typealias F = CaseFixtures
    static let findings = [Finding(id: "T1", standard: "S03", control: "S03.2", description: "SOP tidak ditinjau")]

    @Test func aNoticeSignedAfterTheDayItIsRecordedIsRefused() throws {
        let late = F.event("2024-03-01", .lkpp, .kasusDibuka(findings: Self.findings,
                                                              notice: Notice(number: "R-001", issuedOn: "2024-03-05".date)))
        let refusal = try #require(try F.refusal(of: late, after: []))
        #expect(refusal.reason == .noticeDateImpossible(notice: "R-001", date: "2024-03-05".date,
                                                        recordedOn: "2024-03-01".date, sentBeforeIssued: false))
        #expect(refusal.message(.id).contains("surat R-001 bertanggal 2024-03-05, sesudah hari pencatatannya (2024-03-01)"))
        #expect(refusal.message(.en).contains("after the day it is recorded"))
        // The same notice recorded on its own day goes through.
        let onTime = F.event("2024-03-05", .lkpp, .kasusDibuka(findings: Self.findings,
                                                                notice: Notice(number: "R-001", issuedOn: "2024-03-05".date)))
        #expect(try F.refusal(of: onTime, after: []) == nil)
    }

    @Test func aNoticeSentBeforeItWasSignedIsRefused() throws {
        let escalation = F.event("2024-04-05", .lkpp, .eskalasi(to: .teguran, notice: Notice(
            number: "T-001", issuedOn: "2024-04-05".date, sentOn: "2024-04-02".date)))
        let history = [F.certify("2024-01-02"), F.open(), F.receive("2024-03-04")]
        let refusal = try #require(try F.refusal(of: escalation, after: history))
        #expect(refusal.reason == .noticeDateImpossible(notice: "T-001", date: "2024-04-02".date,
                                                        recordedOn: "2024-04-05".date, sentBeforeIssued: true))
        #expect(refusal.message(.id).contains("sebelum ditetapkan pada 2024-04-05"))
    }
}
