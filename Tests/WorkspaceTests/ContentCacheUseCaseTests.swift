import EvidenceRegistry
import Foundation
import Testing
import Workspace

/// The content checks through the application layer: what was read is kept by hash, so a
/// second check of unchanged evidence reads no document again, and a changed one is re-read.
@Suite("Workspace: content checks and their cache")
struct ContentCacheUseCaseTests {
    @Test("a second check reads nothing; a changed register is read again")
    func cache() throws {
        let workspace = try EvidenceUseCaseTests.workspace()
        let first = try workspace.checkEvidence()
        // The sample's checked documents: three XLSX registers, a CSV log, a PDF policy.
        #expect(first.contentReads.read == 5 && first.contentReads.cached == 0, "\(first.contentReads)")
        #expect(first.report.rules.first { $0.rule == "S03.2.E1" }?.status == .content)

        let second = try workspace.checkEvidence()
        #expect(second.contentReads.read == 0 && second.contentReads.cached == 5, "\(second.contentReads)")
        #expect(second.report.rules == first.report.rules)

        let log = workspace.root + "/Evidence/S05-gangguan/S05.2/log-tiket-helpdesk_2026-11-20.csv"
        let text = try String(contentsOfFile: log, encoding: .utf8)
        try Data((text + "T-2026-999,2026-11-24,Pokja 9,Surat,G,Server lambat,Tinggi,Tercatat,,,Belum\n").utf8)
            .write(to: URL(fileURLWithPath: log))
        let third = try workspace.checkEvidence()
        #expect(third.contentReads.read == 1 && third.contentReads.cached == 4, "\(third.contentReads)")
        #expect(third.report.rules.first { $0.rule == "S05.2.E2" }?.status == .ok)
    }
}
