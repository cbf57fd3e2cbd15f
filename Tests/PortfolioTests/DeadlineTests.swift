import Foundation
import Portfolio
import Testing

/// ``withDeadline(seconds:_:_:)``: the operation's answer when it comes in time, `.unavailable`
/// when it does not, even for an operation that ignores cancellation.
@Suite struct DeadlineTests {
    @Test func anOperationInTimeGivesItsResultOrItsError() async throws {
        #expect(try await withDeadline(seconds: 5, "uji") { 42 } == 42)
        await #expect(throws: PortfolioError.self) {
            _ = try await withDeadline(seconds: 5, "uji") { () async throws -> Int in throw PortfolioError(.duplicate, "sudah ada") }
        }
    }

    // Without the deadline this test would never end: the time limit turns that into a failure.
    @Test(.timeLimit(.minutes(1))) func anOperationThatNeverEndsIsAnsweredUnavailableAtTheDeadline() async throws {
        do {
            // Never resumed and deaf to cancellation: what a lost connection lease looks like.
            _ = try await withDeadline(seconds: 0.3, "uji") { () async throws -> Int in
                await withCheckedContinuation { (_: CheckedContinuation<Void, Never>) in }
                return 1
            }
            Issue.record("no error")
        } catch let error as PortfolioError {
            #expect(error.kind == .unavailable && error.detail.contains("uji"))
        }
    }

    @Test func manyCallsAnswerEachOnceAndCancelTheirTimers() async throws {
        let values = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<500 { group.addTask { try await withDeadline(seconds: 30, "uji") { index } } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(values.sorted() == Array(0..<500))
    }
}
