import Foundation
import Testing

/// Issue 18's last gap: sealed files no rule counts (the answer files, misfiled files) that change
/// or disappear after the seal fail the gate too, in every format.
@Suite("Sealed files outside the rules (end to end)")
struct SealedFileGateTests {
    @Test func aChangedAnswerFileIsTamperedInEveryFormat() throws {
        let workspace = try TestWorkspace()
        #expect(try workspace.run(["bukti", "seal", "--catatan", "Penilaian mandiri diserahkan"]).status == 0)
        let before = try workspace.run(["periksa", "--fail-on", "tampered"])
        #expect(before.status == 0, "\(before.stdout)")
        let answers = try workspace.read("Evidence/penilaian-mandiri.xml")
        try workspace.write(answers.replacingOccurrences(of: "</penilaian>", with: "<!-- diubah -->\n</penilaian>"),
                            to: "Evidence/penilaian-mandiri.xml")
        let text = try workspace.run(["periksa", "--fail-on", "tampered"])
        #expect(text.status == 1, "\(text.stdout)")
        #expect(text.stdout.contains("Evidence/penilaian-mandiri.xml") && text.stdout.contains("berubah sejak segel"))
        let github = try workspace.run(["periksa", "--format", "github", "--fail-on", "tampered"])
        #expect(github.stdout.contains("::error file=Evidence/penilaian-mandiri.xml,title=tampered::"), "\(github.stdout)")
        let json = try workspace.run(["periksa", "--format", "json", "--fail-on", "tampered"])
        let problems = json.object["problems"] as? [[String: Any]] ?? []
        #expect(problems.contains { $0["path"] as? String == "Evidence/penilaian-mandiri.xml" && $0["kind"] as? String == "tampered" })
        for format in ["junit", "sarif"] {
            let other = try workspace.run(["periksa", "--format", format, "--fail-on", "tampered", "--lang", "en"])
            #expect(other.status == 1)
            #expect(other.stdout.contains("penilaian-mandiri.xml") && other.stdout.contains("no rule counts"), "\(format)")
        }
    }

    @Test func aMisfiledSealedFileRemovedOnAFreshCheckoutIsReported() throws {
        let workspace = try TestWorkspace()
        try workspace.write("catatan rapat\n", to: "Evidence/catatan-rapat.txt")
        #expect(try workspace.run(["bukti", "seal", "--catatan", "Penyerahan"]).status == 0)
        // A fresh checkout: no database, only the committed seal file.
        try FileManager.default.removeItem(atPath: workspace.path(".patuh"))
        try FileManager.default.removeItem(atPath: workspace.path("Evidence/catatan-rapat.txt"))
        let gate = try workspace.run(["periksa", "--format", "github", "--fail-on", "tampered"])
        #expect(gate.status == 1, "\(gate.stdout)\(gate.stderr)")
        #expect(gate.stdout.contains("::error file=Evidence/catatan-rapat.txt,title=tampered::"))
        #expect(gate.stdout.contains("hilang"))
        // Unchanged, the same checkout passes.
        let clean = try TestWorkspace()
        #expect(try clean.run(["bukti", "seal", "--catatan", "Penyerahan"]).status == 0)
        try FileManager.default.removeItem(atPath: clean.path(".patuh"))
        #expect(try clean.run(["periksa", "--fail-on", "tampered"]).status == 0)
    }
}
