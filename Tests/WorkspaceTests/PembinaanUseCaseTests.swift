import Catalog
import Core
import Foundation
import Pembinaan
import Store
import Testing
import Workspace

/// The pembinaan use cases of the application layer: open and advance a case, its status on an
/// instant, its timeline, the chain, the certificates, each failing with a ``WorkspaceError``.
@Suite struct PembinaanUseCaseTests {
    typealias T = ClockedWorkspace

    @Test func openReceiveAndAskOnAnInstant() throws {
        let test = try ClockedWorkspace()
        let workspace = test.workspace!
        #expect(try workspace.nextCaseId() == "K-2024-001")
        test.set("2024-03-01T10:00:00+07:00")
        let opened = try workspace.openCase(findings: [T.finding], notice: T.notice("R-1", "2024-03-01"), context: T.lkpp)
        #expect(opened.entry.event.caseId == "K-2024-001" && opened.entry.event.lpse == "lpse-kab-contoh")
        #expect(opened.entry.event.basis == ["TF-01"])
        #expect(opened.standing?.nextStep?.action == .recordReceipt)
        #expect(try workspace.nextCaseId() == "K-2024-002")
        test.set("2024-03-04T15:00:00+07:00")
        let received = try workspace.recordReceipt("K-2024-001", on: CivilDate(iso: "2024-03-04")!, proof: "resi", context: T.lpse)
        #expect(received.entry.received == CivilDate(iso: "2024-03-04") && received.entry.notice?.number == "R-1")
        let standing = try workspace.caseStatus("K-2024-001", at: Instant(iso8601: "2024-03-14T09:00:00+07:00"))
        #expect(standing.openDeadlines.map { "\($0.kind.rawValue) \($0.date) \($0.standing.code)" }
                == ["tindak-lanjut 2024-04-04 berjalan", "keberatan 2024-03-13 lewat"])
        #expect(try workspace.caseStatuses().map(\.state.id) == ["K-2024-001"])
        let timeline = try workspace.caseTimeline("K-2024-001")
        #expect(timeline.map(\.event.name) == ["kasus-dibuka", "pemberitahuan-diterima"])
        #expect(timeline.map(\.caseSequence) == [1, 2])
        #expect(timeline[1].previousHash == timeline[0].hash)
        #expect(timeline[1].after?.current?.keberatanDeadline?.date == CivilDate(iso: "2024-03-13"))
        #expect(try workspace.verifyCaseChain().isIntact)
    }

    @Test func refusalsAndMissingCasesAreWorkspaceErrors() throws {
        let test = try ClockedWorkspace()
        let workspace = test.workspace!
        _ = try workspace.openCase(findings: [T.finding], notice: T.notice("R-1"), caseId: "K-1", context: T.lkpp)
        let refused = #expect(throws: WorkspaceError.self) {
            try workspace.escalate("K-1", to: .teguran, notice: T.notice("T-1"), context: T.lpse)
        }
        #expect(refused?.kind == .refused)
        #expect(refused?.lines(.id) == ["patuh: ditolak: hanya peran lkpp yang boleh mencatat eskalasi; pelaku berperan lpse"])
        #expect(refused?.lines(.en) == ["patuh: refused: only role lkpp may record eskalasi; the actor has role lpse"])
        let missing = #expect(throws: WorkspaceError.self) { try workspace.caseStatus("K-9") }
        #expect(missing?.kind == .notFound && missing?.lines(.en) == ["patuh: no case 'K-9'"])
        let badFinding = #expect(throws: WorkspaceError.self) {
            try workspace.openCase(findings: [Finding(id: "T", standard: "S18", description: "x")], notice: T.notice("R-2"),
                                   context: T.lkpp)
        }
        #expect(badFinding?.kind == .invalidInput)
        let zone = #expect(throws: WorkspaceError.self) {
            var context = T.lpse
            context.zone = .wit
            return try workspace.fileFollowUp("K-1", summary: "x", context: context)
        }
        #expect(zone?.lines(.en) == ["patuh: --zona WIT: case K-1 is in WIB; leave --zona out"])
        #expect(try workspace.caseTimeline("K-1").count == 1, "nothing refused is stored")
    }

    @Test func aLateKeberatanIsRecordedAndReportedAsARefusal() throws {
        let test = try ClockedWorkspace()
        let workspace = test.workspace!
        _ = try workspace.openCase(findings: [T.finding], notice: T.notice("R-1"), caseId: "K-1", context: T.lkpp)
        test.set("2024-03-04T15:00:00+07:00")
        _ = try workspace.recordReceipt("K-1", on: CivilDate(iso: "2024-03-04")!, proof: "resi", context: T.lpse)
        test.set("2024-03-14T10:00:00+07:00")
        let late = try workspace.fileKeberatan("K-1", reason: "x", context: T.lpse)
        #expect(late.lateKeberatan?.deadline == CivilDate(iso: "2024-03-13"))
        #expect(late.refusal?.kind == .refused)
        #expect(late.refusal?.lines(.en).first?.contains("filed 2024-03-14, deadline 2024-03-13") == true)
        #expect(try workspace.caseTimeline("K-1").count == 3)
    }

    @Test func findingsFromAFile() throws {
        let test = try ClockedWorkspace()
        let path = test.root + "/temuan.json"
        try Data(#"{"temuan": [{"id": "T1", "standardId": "s05", "uraian": "tiket"}]}"#.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try test.workspace.findings(fromFile: path) == [Finding(id: "T1", standard: "S05", description: "tiket")])
        try Data(#"[{"id": "T1"}]"#.utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: WorkspaceError.self) { try test.workspace.findings(fromFile: path) }
        #expect(error?.lines(.en).first?.hasSuffix("finding 1 needs \"id\", \"standard\" and \"description\"") == true)
        #expect(error?.lines(.id).first?.hasSuffix("temuan ke-1 memerlukan \"id\", \"standard\" dan \"description\"") == true)
    }

    @Test func certificatesRestOnARecordedFaktualAndAreListed() throws {
        let test = try ClockedWorkspace(at: "2023-05-25T09:00:00+07:00")
        let workspace = test.workspace!
        let refused = #expect(throws: WorkspaceError.self) {
            try workspace.issueCertificates(lpse: "lpse-kab-contoh", standards: ["S03"], decision: T.notice("SK-0"), context: T.lkpp)
        }
        #expect(refused?.kind == .refused)
        #expect(try test.recordFaktual("2023-05-20").contains("S03"))
        test.set("2023-06-01T09:00:00+07:00")
        let issued = try workspace.issueCertificates(lpse: "lpse-kab-contoh", standards: ["S03"], decision: T.notice("SK-1"),
                                                     context: T.lkpp)
        #expect(issued.entry.after == nil && issued.warnings.isEmpty)
        let unknown = #expect(throws: WorkspaceError.self) {
            try workspace.issueCertificates(lpse: "x", standards: ["S99"], decision: T.notice("SK-2"), context: T.lkpp)
        }
        #expect(unknown?.kind == .invalidInput)
        let notRecorded = #expect(throws: WorkspaceError.self) {
            try workspace.issueCertificates(lpse: "lpse-kab-contoh", standards: ["S03"], decision: T.notice("SK-2"),
                                            faktual: CivilDate(iso: "2023-01-01"), context: T.lkpp)
        }
        #expect(notRecorded?.lines(.en) == ["patuh: no penilaian faktual of lpse-kab-contoh dated 2023-01-01 is recorded "
            + "in this workspace; score it first (patuh penilaian nilai FILE)"])
        let today = CivilDate(iso: "2024-01-01")!
        #expect(try workspace.certificates(on: today).certificates.map { "\($0.certificate.standard)=\($0.status.rawValue)" }
                == ["S03=berlaku"])
        #expect(try workspace.certificates(of: "lain", on: today).certificates.isEmpty)
        #expect(try workspace.certificates(on: CivilDate(iso: "2026-06-01")!).certificates.map(\.status) == [.kedaluwarsa])
    }

    @Test func aWorkspaceWithoutProfileNeedsTheLPSE() throws {
        let test = try ClockedWorkspace(profile: false)
        let error = #expect(throws: WorkspaceError.self) {
            try test.workspace.openCase(findings: [T.finding], notice: T.notice("R-1"), context: T.lkpp)
        }
        #expect(error?.kind == .invalidInput)
        _ = try test.workspace.openCase(findings: [T.finding], notice: T.notice("R-1"), lpse: "LPSE-X", context: T.lkpp)
        #expect(try test.workspace.caseStatuses().map(\.state.lpse) == ["LPSE-X"])
    }
}
