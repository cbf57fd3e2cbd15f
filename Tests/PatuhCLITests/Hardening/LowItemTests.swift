import Foundation
import GRDB
import Testing

/// Issue 10's low items, each in its original scenario.
@Suite("Issue 10's low items (end to end)")
struct LowItemTests {
    @Test func negativeNumbersSayWhatIsWrong() throws {
        let workspace = try TestWorkspace()
        let days = try workspace.run(["harikerja", "tenggat", "--diterima", "2026-11-02", "--hari", "-5"])
        #expect(days.status == 2)
        #expect(days.stderr.contains("'-5' bukan jumlah hari kerja") && !days.stderr.contains("Missing value"))
        let warn = try workspace.run(["periksa", "--warn-days", "-5", "--lang", "en"])
        #expect(warn.status == 2)
        #expect(!warn.stderr.contains("Missing value") && warn.stderr.contains("-5"), "\(warn.stderr)")
    }

    @Test func anEmptyFailOnIsNotAPass() throws {
        let workspace = try TestWorkspace()
        for value in ["", " , "] {
            let gate = try workspace.run(["periksa", "--fail-on", value])
            #expect(gate.status == 2, "'\(value)'")
            #expect(gate.stderr.contains("--fail-on kosong"))
        }
    }

    @Test func aCitationOutsideEvidenceIsRefused() throws {
        let workspace = try TestWorkspace()
        let answers = try workspace.read("Evidence/penilaian-mandiri.xml")
        let cited = "<evidence file=\"_bersama/kebijakan-operasional-lpse_2026-01-05.pdf\"/>"
        #expect(answers.contains(cited))
        for bad in ["../../../../../etc/passwd", "/etc/passwd", "S01-kebijakan//x.pdf"] {
            try workspace.write(answers.replacingOccurrences(of: cited, with: "<evidence file=\"\(bad)\"/>"), to: "Evidence/penilaian-mandiri.xml")
            let score = try workspace.run(["penilaian", "nilai", "Evidence/penilaian-mandiri.xml", "--lang", "en"])
            #expect(score.status == 2, "\(bad): \(score.stdout)")
            // The XSD already refuses a leading /; the loader refuses what the pattern lets through.
            #expect(score.stderr.contains("is not a path under Evidence/") || (bad.hasPrefix("/") && score.stderr.contains("pattern")),
                    "\(bad): \(score.stderr)")
        }
    }

    @Test func aHungPDFConverterIsStopped() throws {
        let workspace = try TestWorkspace()
        let tools = try PatuhRunner.temporaryFolder("patuh-pdf-macet")
        try "#!/bin/sh\nexec sleep 600\n".write(toFile: tools + "/weasyprint", atomically: true, encoding: .utf8)
        chmod(tools + "/weasyprint", 0o755)
        let path = tools + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let report = try workspace.run(["laporan", "mandiri", "--format", "pdf", "--output", "mandiri.pdf"],
                                       environment: ["PATH": path, "PATUH_PDF_TUNGGU": "1"])
        #expect(report.status == 70, "\(report.stderr)")
        #expect(report.stderr.contains("weasyprint tidak selesai membuat PDF dalam 1 detik"))
        #expect(!workspace.exists("mandiri.pdf"))
        let bad = try workspace.run(["laporan", "mandiri", "--format", "pdf"], environment: ["PATH": path, "PATUH_PDF_TUNGGU": "x"])
        #expect(bad.status == 2)
    }

    @Test func aCorruptStoredValueIsExitSeventyNamingTableAndRow() throws {
        let workspace = try TestWorkspace()
        #expect(try workspace.run(["bukti", "seal", "--catatan", "Penyerahan"]).status == 0)
        try DatabaseQueue(path: workspace.path(".patuh/registry.sqlite")).write { db in
            try db.execute(sql: "UPDATE evidence_seal_file SET size = 'big'")
        }
        let verify = try workspace.run(["bukti", "verify"])
        #expect(verify.status == 70, "\(verify.stderr)")
        #expect(verify.stderr.contains("evidence_seal_file") && verify.stderr.contains("seal 1"))
        #expect(!verify.stderr.contains("Fatal error") && !verify.stderr.contains("GRDB"))
    }
}
