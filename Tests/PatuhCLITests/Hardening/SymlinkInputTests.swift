import Foundation
import Testing

/// Issue 10, item 3: nothing read for a result escapes the workspace the seal covers.
@Suite("Symlinked inputs and folders (end to end)")
struct SymlinkInputTests {
    @Test func aSymlinkedAnswerFileIsRefusedAndFailsTheGate() throws {
        let workspace = try TestWorkspace()
        let outside = try PatuhRunner.temporaryFolder("patuh-jawaban-luar")
        let answers = workspace.path("Evidence/penilaian-mandiri.xml")
        try FileManager.default.moveItem(atPath: answers, toPath: outside + "/penilaian-mandiri.xml")
        try FileManager.default.createSymbolicLink(atPath: answers, withDestinationPath: outside + "/penilaian-mandiri.xml")
        // The original scenario: seal, then read the score through the link.
        #expect(try workspace.run(["bukti", "seal", "--catatan", "Penyerahan"]).status == 0)
        let nilai = try workspace.run(["nilai"])
        #expect(nilai.status == 2, "\(nilai.stdout)\(nilai.stderr)")
        #expect(nilai.stderr.contains("Evidence/penilaian-mandiri.xml") && nilai.stderr.contains("tautan simbolik"))
        let score = try workspace.run(["penilaian", "nilai", "Evidence/penilaian-mandiri.xml", "--lang", "en"])
        #expect(score.status == 2)
        #expect(score.stderr.contains("covers it"))
        // The gate fails on the link by default (symlink is in the default --fail-on).
        let gate = try workspace.run(["periksa", "--format", "json"])
        #expect(gate.status == 1)
        let files = gate.object["files"] as? [[String: Any]] ?? []
        #expect(files.contains { $0["path"] as? String == "Evidence/penilaian-mandiri.xml" && $0["status"] as? String == "symlink" })
        let onlyLinks = try workspace.run(["periksa", "--fail-on", "symlink"])
        #expect(onlyLinks.status == 1)
    }

    @Test func anAnswerFileInAFolderLinkedOutsideIsRefused() throws {
        let workspace = try TestWorkspace()
        let outside = try PatuhRunner.temporaryFolder("patuh-folder-luar")
        try FileManager.default.copyItem(atPath: workspace.path("Evidence/penilaian-mandiri.xml"), toPath: outside + "/p.xml")
        try FileManager.default.createSymbolicLink(atPath: workspace.path("luar"), withDestinationPath: outside)
        let score = try workspace.run(["penilaian", "nilai", "luar/p.xml"])
        #expect(score.status == 2, "\(score.stderr)")
        // A file named outside the workspace is the user's explicit choice and is read as named.
        let explicit = try workspace.run(["penilaian", "nilai", outside + "/p.xml"])
        #expect(explicit.status == 1, "\(explicit.stderr)")
    }

    @Test func patuhAndReportsLinkedOutOfTheWorkspaceAreRefused() throws {
        let workspace = try TestWorkspace()
        let outside = try PatuhRunner.temporaryFolder("patuh-db-luar")
        try FileManager.default.createSymbolicLink(atPath: workspace.path(".patuh"), withDestinationPath: outside)
        let scan = try workspace.run(["bukti", "scan"])
        #expect(scan.status == 2, "\(scan.stderr)")
        #expect(scan.stderr.contains(".patuh") && scan.stderr.contains("ke luar folder kerja"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside).isEmpty)

        let second = try TestWorkspace()
        let reports = try PatuhRunner.temporaryFolder("patuh-reports-luar")
        try FileManager.default.createSymbolicLink(atPath: second.path("Reports"), withDestinationPath: reports)
        let report = try second.run(["laporan", "mandiri", "--format", "md", "--lang", "en"])
        #expect(report.status == 2, "\(report.stderr)")
        #expect(report.stderr.contains("symbolic link out of the workspace"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: reports).isEmpty)
        // A Reports link to a folder inside the workspace is fine.
        let inside = try TestWorkspace()
        try FileManager.default.createDirectory(atPath: inside.path("arsip/laporan"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: inside.path("Reports"), withDestinationPath: "arsip/laporan")
        let kept = try inside.run(["laporan", "mandiri", "--format", "md"])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: inside.path("arsip/laporan")).count == 1)
    }
}
