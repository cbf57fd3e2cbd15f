import Foundation
import Testing

/// Issue 10, item 8: control characters never reach the terminal, the append-only log or a report.
@Suite("Control characters (end to end)")
struct ControlCharacterTests {
    static let forged = "A\u{1B}]0;PWNED\u{07}\u{1B}[2J\r\n✓ semua beres"
    static let now = "2024-03-01T10:00:00+07:00"
    static let lkpp = ["--peran", "lkpp", "--now", now]

    static func open(_ workspace: TestWorkspace, _ changes: [String: String]) throws -> PatuhRunner.Result {
        var options = ["--lpse": "LPSE-KAB-CONTOH", "--temuan-id": "TF-01", "--standar": "S03", "--kontrol": "S03.2",
                       "--uraian": "SOP aset tidak ditinjau", "--nomor": "R-001", "--oleh": "Asesor LKPP"]
        for (key, value) in changes { options[key] = value }
        let arguments = options.keys.sorted().flatMap { [$0, options[$0]!] }
        return try workspace.run(["pembinaan", "buka"] + arguments + lkpp)
    }

    @Test func freeTextWithControlCharactersIsRefusedAndNothingIsRecorded() throws {
        let workspace = try TestWorkspace("patuh-kendali", copying: ["Standards", "patuh.xml"])
        for (option, value) in [("--oleh", Self.forged), ("--uraian", "baris satu\nbaris dua"), ("--nomor", "R-1\u{1B}[2J"),
                                ("--kasus", "K-1\nK-2"), ("--lpse", "LPSE\u{202E}X")] {
            let result = try Self.open(workspace, [option: value])
            #expect(result.status == 2, "\(option): \(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{202E}"), "\(option)")
            #expect(result.stderr.contains("karakter kendali") || result.stderr.contains("tidak sah"), "\(option): \(result.stderr)")
        }
        let english = try Self.open(workspace, ["--oleh": Self.forged, "--lang": "en"])
        #expect(english.stderr.contains("control character \\x1b"), "\(english.stderr)")
        // Case ids are names, never paths; --lpse and --uraian are never empty.
        for (option, value) in [("--kasus", "../../x"), ("--lpse", ""), ("--uraian", "  ")] {
            let result = try Self.open(workspace, [option: value])
            #expect(result.status == 2, "\(option) \(value): \(result.stderr)")
        }
        let verify = try workspace.run(["pembinaan", "verifikasi", "--now", Self.now])
        #expect(!verify.stdout.contains("1 peristiwa"), "\(verify.stdout)")
        // A clean call still records.
        let clean = try Self.open(workspace, [:])
        #expect(clean.status == 0, "\(clean.stderr)")
    }

    @Test func sealNotesAreCheckedCleanly() throws {
        let workspace = try TestWorkspace()
        let empty = try workspace.run(["bukti", "seal", "--catatan", ""])
        #expect(empty.status == 2)
        #expect(!empty.stderr.contains("CommandFailure"))
        #expect(!empty.stderr.isEmpty)
        let forged = try workspace.run(["bukti", "seal", "--catatan", Self.forged])
        #expect(forged.status == 2)
        #expect(forged.stderr.contains("\\x1b") && !forged.stderr.contains("\u{1B}"))
        #expect(!workspace.exists("Evidence/_segel"))
    }

    @Test func fileNamesAreShownWithTheirControlCharactersVisible() throws {
        let workspace = try TestWorkspace()
        let name = "Evidence/S03-aset/S03.2/register-aset\u{1B}]0;PWNED\u{07}\u{1B}[2J_2026-10-01.xlsx"
        try Data("x".utf8).write(to: URL(fileURLWithPath: workspace.path(name)))
        try Data("x".utf8).write(to: URL(fileURLWithPath: workspace.path("Evidence/catatan\u{1B}[2Jrapat.txt")))
        let scan = try workspace.run(["bukti", "scan"])
        #expect(scan.status == 0, "\(scan.stderr)")
        for format in ["text", "github", "junit", "sarif", "json"] {
            let gate = try workspace.run(["periksa", "--format", format])
            #expect(!gate.stdout.contains("\u{1B}") && !gate.stdout.contains("\u{07}"), "\(format)")
            #expect(gate.stdout.contains("catatan"), "\(format)")
            // Text and GitHub annotations show it as \x1b; SARIF percent-encodes it, JUnit's XML drops it.
            if format == "text" || format == "github" { #expect(gate.stdout.contains("catatan\\x1b[2Jrapat.txt"), "\(format)") }
        }
        // The JSON keeps the true name, escaped by JSON itself.
        let json = try workspace.run(["periksa", "--format", "json"])
        let files = json.object["files"] as? [[String: Any]] ?? []
        #expect(files.contains { $0["path"] as? String == "Evidence/catatan\u{1B}[2Jrapat.txt" })
        // Reports too.
        for format in ["md", "html"] {
            let report = try workspace.run(["laporan", "bukti", "--format", format, "--output", "bukti.\(format)"])
            #expect(report.status == 0, "\(report.stderr)")
            let text = try workspace.read("bukti.\(format)")
            #expect(!text.contains("\u{1B}"), "\(format)")
        }
    }
}
