import Catalog
import Core
import EvidenceRegistry
import Foundation
import PatuhTestSupport
import Testing
import Workspace

/// Filing an uploaded document into a control (issue 17's use case).
@Suite("Workspace: file a document into a control")
struct UploadTests {
    static let folder = "Evidence/S12-kelangsungan/S12.3"

    @Test("the proposed name follows the rule's pattern, the document's words and its date")
    func proposal() throws {
        let workspace = try EvidenceUseCaseTests.workspace()
        let named = try workspace.proposeName(control: "S12.3", originalName: "Laporan Simulasi 20-11-2026.pdf")
        #expect(named.rule.id == "S12.3.E1" && named.name == "laporan-simulasi_2026-11-20.pdf" && named.folder == Self.folder)
        let restore = try workspace.proposeName(control: "S12.3", originalName: "C:\\Users\\ani\\Uji Restore Backup.CSV")
        #expect(restore.rule.id == "S12.3.E2" && restore.name == "rekaman-backup-uji-restore_2026-11-25.csv")
        #expect(FilePattern("rekaman-*uji-restore*").matches(restore.name))
        #expect(throws: WorkspaceError.self) { try workspace.proposeName(control: "S12.3", originalName: "x.pdf", rule: "S01.1.E1") }
    }

    @Test("filed, indexed, recorded and ratified in one step: the rule is ok")
    func fileAndRatify() throws {
        let workspace = try EvidenceUseCaseTests.workspace()
        let filed = try workspace.fileDocument(UploadRequest(
            control: "S12.3", originalName: "laporan simulasi.pdf", bytes: Array("%PDF-1.4 simulasi".utf8), rule: "S12.3.E1",
            date: CivilDate(year: 2026, month: 11, day: 20),
            record: DocumentRecord(number: "LAP-12/2026", date: CivilDate(year: 2026, month: 11, day: 20)),
            ratification: Ratification(name: "Ir. Hendra Wijaya", position: "Kepala LPSE", date: CivilDate(year: 2026, month: 11, day: 21))))
        #expect(filed.path == Self.folder + "/laporan-simulasi_2026-11-20.pdf")
        #expect(filed.rules == ["S12.3.E1"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.root + "/" + filed.path)) == Data("%PDF-1.4 simulasi".utf8))
        let bukti = try String(contentsOfFile: workspace.root + "/" + Self.folder + "/bukti.xml", encoding: .utf8)
        #expect(bukti.contains("<dokumen berkas=\"laporan-simulasi_2026-11-20.pdf\">\n    <nomor>LAP-12/2026</nomor>\n    <tanggal>2026-11-20</tanggal>\n    <disahkan-oleh jabatan=\"Kepala LPSE\" tanggal=\"2026-11-21\">Ir. Hendra Wijaya</disahkan-oleh>"))
        #expect(bukti.contains("laporan-simulasi-kelangsungan_2026-06-24.pdf"), "the other entry stays")
        let check = try workspace.checkEvidence()
        #expect(check.report.rules.first { $0.rule == "S12.3.E1" }?.status == .ok)
        // The same name again is refused, never overwritten.
        #expect(throws: WorkspaceError.self) {
            try workspace.fileDocument(UploadRequest(control: "S12.3", originalName: "laporan simulasi.pdf", bytes: [1],
                                                     rule: "S12.3.E1", date: CivilDate(year: 2026, month: 11, day: 20)))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.root + "/" + filed.path)) == Data("%PDF-1.4 simulasi".utf8))
    }

    @Test("names with a path, a control character, a hidden or reserved name are refused; nothing is written", arguments: [
        "../../x", "..", "a/b.pdf", "a\\b.pdf", ".hidden.pdf", "laporan\u{07}.pdf", "laporan\u{202E}fdp.exe", "bukti.xml", "BACA.md",
        "penilaian-mandiri.xml", String(repeating: "x", count: 201),
    ])
    func badNames(name: String) throws {
        let workspace = try EvidenceUseCaseTests.workspace()
        let before = try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/" + Self.folder).sorted()
        do {
            _ = try workspace.fileDocument(UploadRequest(control: "S12.3", originalName: "x.pdf", bytes: [1], name: name))
            Issue.record("\(name) was accepted")
        } catch {
            #expect(error.key == "edit.upload.badName")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/" + Self.folder).sorted() == before)
        #expect(!FileManager.default.fileExists(atPath: workspace.root + "/x"))
    }

    @Test("too large is refused; a failing bukti.xml step removes the document again")
    func limitsAndRollback() throws {
        let workspace = try EvidenceUseCaseTests.workspace()
        #expect(throws: WorkspaceError.self) {
            try workspace.fileDocument(UploadRequest(control: "S12.3", originalName: "x.pdf",
                                                     bytes: [UInt8](repeating: 0, count: PatuhWorkspace.uploadLimit + 1)))
        }
        try "<bukti xmlns=\"urn:patuh:bukti:1\"><rusak></bukti>".write(toFile: workspace.root + "/" + Self.folder + "/bukti.xml",
                                                                     atomically: true, encoding: .utf8)
        let before = try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/" + Self.folder).sorted()
        #expect(throws: WorkspaceError.self) {
            try workspace.fileDocument(UploadRequest(control: "S12.3", originalName: "laporan simulasi.pdf", bytes: [1],
                                                     record: DocumentRecord(number: "1")))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.root + "/" + Self.folder).sorted() == before)
    }
}
