import EvidenceRegistry
import Foundation
import Testing
@testable import Store

#if canImport(Glibc)
import Glibc
#endif

extension EvidenceScannerTests {
    /// A FIFO in Evidence/ is reported by the scan, never hashed, and never blocks it.
    @Test func aFIFOIsReportedNotHashed() throws {
        try write("register-aset_2026-06-30.xlsx", "isi")
        try #require(mkfifo(root + "/Evidence/S03-aset/S03.2/register-aset-pipa.xlsx", 0o644) == 0)
        let outcome = try scanner().scan(instant: Date())
        #expect(outcome.added.map(\.name) == ["register-aset_2026-06-30.xlsx"])
        #expect(outcome.record.hashed == 1)
        #expect(outcome.walk.problems.map(\.path.name) == ["register-aset-pipa.xlsx"])
        #expect(outcome.walk.problems.first?.kind == .notRegular)
    }
}
