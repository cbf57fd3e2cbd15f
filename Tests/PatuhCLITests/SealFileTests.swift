import Core
import Foundation
import Testing

/// The seal travels with the evidence: `bukti seal` writes `Evidence/_segel/segel-<day>-<n>.xml`,
/// committed with the evidence, and `periksa` / `bukti verify` compare with it on a fresh
/// checkout (end to end, with the built binary and git).
@Suite("Seal files (end to end)")
struct SealFileTests {
    static let now = EvidenceWorkspace.referenceNow
    static let document = "Evidence/S03-aset/S03.2/register-aset-layanan_2026-10-30.xlsx"
    static let sealName = "Evidence/_segel/segel-2026-11-25-1.xml"

    @Test("a seal committed with the evidence fails CI on a changed sealed document in a fresh clone")
    func freshCloneGate() throws {
        let origin = try Self.repository()
        let sealed = try PatuhRunner.run(["bukti", "seal", "--catatan", "Penilaian mandiri 2026", "--now", Self.now], in: origin)
        #expect(sealed.status == 0, "\(sealed.stderr)")
        let sealPath = origin + "/" + Self.sealName
        let sealBytes = try Data(contentsOf: URL(fileURLWithPath: sealPath))
        #expect(sealed.stdout.contains(Self.sealName))
        #expect(sealed.stdout.contains(Self.sha256(sealBytes)), "the seal prints its own SHA-256")
        try Self.git(["add", "Evidence/_segel"], in: origin)
        try Self.git(["commit", "-q", "-m", "Segel penilaian mandiri 2026"], in: origin)

        // An unchanged clone passes the seal check; the seal file is neither evidence nor misfiled.
        let intact = try Self.clone(origin)
        let passing = try PatuhRunner.run(["periksa", "--format", "github", "--now", Self.now, "--fail-on", "tampered"], in: intact)
        #expect(passing.status == 0, "\(passing.stdout)\n\(passing.stderr)")
        #expect(!passing.stdout.contains("tampered"))
        #expect(!passing.stdout.contains("_segel"))
        #expect(passing.stderr.contains(Self.sealName), "periksa names the seal file it compared with")
        let verified = try PatuhRunner.run(["bukti", "verify", "--now", Self.now], in: intact)
        #expect(verified.status == 0, "\(verified.stdout)\n\(verified.stderr)")

        // A changed sealed document in another clone: exit 1, a tampered annotation on it with both hashes.
        let tampered = try Self.clone(origin)
        let before = try Data(contentsOf: URL(fileURLWithPath: tampered + "/" + Self.document))
        let handle = try #require(FileHandle(forWritingAtPath: tampered + "/" + Self.document))
        handle.seekToEndOfFile()
        handle.write(Data("baris tambahan".utf8))
        try handle.close()
        let after = try Data(contentsOf: URL(fileURLWithPath: tampered + "/" + Self.document))
        for failOn in [["--fail-on", "tampered"], []] {
            let failing = try PatuhRunner.run(["periksa", "--format", "github", "--now", Self.now] + failOn, in: tampered)
            #expect(failing.status == 1)
            let annotation = failing.stdout.split(separator: "\n").first { $0.contains("file=\(Self.document),") && $0.contains("title=tampered") }
            let line = try #require(annotation, "\(failing.stdout)")
            #expect(line.hasPrefix("::error "))
            #expect(line.contains(Self.sha256(before)) && line.contains(Self.sha256(after)), "both hashes: \(line)")
            // The register proves several rules (S03.2.E1 and those that use it): every tampered one points at it.
            #expect(failing.stdout.split(separator: "\n").filter { $0.contains("title=tampered") }
                .allSatisfy { $0.contains("file=\(Self.document),") })
        }
        let verify = try PatuhRunner.run(["bukti", "verify", "--now", Self.now, "--lang", "en"], in: tampered)
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("Seal file \(Self.sealName)"))
        #expect(verify.stdout.contains("~ \(Self.document): content changed (sealed \(Self.sha256(before)), now \(Self.sha256(after)))"),
                "\(verify.stdout)")
    }

    @Test("a file added since the seal is new, not a failure; a removed one is hilang")
    func addedAndRemoved() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        #expect(try workspace.run(["bukti", "seal"], ["--catatan", "Penilaian mandiri 2026", "--now", Self.now]).status == 0)
        try FileManager.default.removeItem(atPath: workspace.root + "/.patuh")   // as on a fresh checkout
        try workspace.write("Evidence/S03-aset/S03.2/register-aset-layanan_2026-11-20.xlsx", "baru")
        let added = try workspace.run(["bukti", "verify"], ["--now", Self.now])
        #expect(added.status == 0, "\(added.stdout)\n\(added.stderr)")
        #expect(added.stdout.contains("+ Evidence/S03-aset/S03.2/register-aset-layanan_2026-11-20.xlsx: baru sejak segel (bukan kegagalan)"))
        #expect(try workspace.periksa(["--fail-on", "tampered"]).status == 0)

        try FileManager.default.removeItem(atPath: workspace.root + "/" + Self.document)
        let removed = try workspace.run(["bukti", "verify"], ["--now", Self.now])
        #expect(removed.status == 1)
        #expect(removed.stdout.contains("- \(Self.document): hilang (segel "), "\(removed.stdout)")
        let gate = try workspace.periksa(["--fail-on", "tampered", "--format", "github"])
        #expect(gate.status == 1)
        #expect(gate.stdout.contains("title=tampered S03.2.E1") && gate.stdout.contains("hilang"), "\(gate.stdout)")
    }

    @Test("seal files are byte-identical for the same inputs and --now, never overwritten, valid for xmllint")
    func deterministicAndAppendOnly() throws {
        let first = try EvidenceWorkspace(sample: true)
        let second = try EvidenceWorkspace(sample: true)
        for workspace in [first, second] {
            #expect(try workspace.run(["bukti", "seal"], ["--catatan", "Penilaian mandiri 2026", "--now", Self.now]).status == 0)
        }
        let one = try Data(contentsOf: URL(fileURLWithPath: first.root + "/" + Self.sealName))
        #expect(one == (try Data(contentsOf: URL(fileURLWithPath: second.root + "/" + Self.sealName))))
        let text = String(decoding: one, as: UTF8.self)
        #expect(text.contains("<waktu>2026-11-25T09:00:00+07:00</waktu>"))
        #expect(text.contains(#"<jawaban path="Evidence/penilaian-mandiri.xml"/>"#))
        #expect(text.contains(#"<berkas path="\#(Self.document)""#))

        let lint = try Self.runTool("/usr/bin/env", ["xmllint", "--noout", "--schema",
                                                      PatuhRunner.packageRoot.path + "/Standards/schema/segel.xsd",
                                                      first.root + "/" + Self.sealName])
        #expect(lint.status == 0, "\(lint.output)")

        try first.write(Self.document, "isi baru")
        let again = try first.run(["bukti", "seal"], ["--catatan", "Sesudah perbaikan", "--now", Self.now, "--lang", "en"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("Seal file: Evidence/_segel/segel-2026-11-25-2.xml"), "\(again.stdout)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: first.root + "/" + Self.sealName)) == one, "the first seal file is untouched")
    }

    @Test("segel daftar and banding, in both languages; a database seal and seal files that disagree are named")
    func listCompareDisagree() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        #expect(try workspace.run(["bukti", "seal"], ["--catatan", "Penilaian mandiri 2026", "--now", Self.now]).status == 0)
        try workspace.write(Self.document, "isi baru")
        #expect(try workspace.run(["bukti", "seal"], ["--catatan", "Sesudah perbaikan", "--now", Self.now]).status == 0)

        let list = try workspace.run(["bukti", "segel", "daftar"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("2 berkas segel") && list.stdout.contains("Penilaian mandiri 2026")
                && list.stdout.contains("Sesudah perbaikan"), "\(list.stdout)")
        let json = try workspace.run(["bukti", "segel", "daftar"], ["--format", "json"])
        #expect((json.object["seals"] as? [[String: Any]])?.count == 2)

        let compare = try PatuhRunner.run(["bukti", "segel", "banding", "segel-2026-11-25-1.xml", "segel-2026-11-25-2.xml",
                                           "--workspace", workspace.root, "--standards", EvidenceWorkspace.standards])
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stdout.contains("0 baru, 0 hilang, 1 berubah") && compare.stdout.contains("~ \(Self.document): isi berubah"),
                "\(compare.stdout)")

        // The database holds seal 2; only seal file 1 remains: they disagree, and verify says so.
        try FileManager.default.removeItem(atPath: workspace.root + "/Evidence/_segel/segel-2026-11-25-2.xml")
        let verify = try workspace.run(["bukti", "verify"], ["--now", Self.now])
        #expect(verify.status == 0)
        #expect(verify.stderr.contains("segel #2 di basis data dan berkas segel Evidence/_segel/segel-2026-11-25-1.xml tidak sama"),
                "\(verify.stderr)")
        let explicit = try workspace.run(["bukti", "verify"], ["--now", Self.now, "--segel", Self.sealName])
        #expect(explicit.status == 1, "the seal file named records the old content")

        let missing = try workspace.run(["bukti", "verify"], ["--segel", "segel-2020-01-01-1.xml"])
        #expect(missing.status == 2)

        for language in [Language.id, .en] {
            let lang = ["--lang", language.rawValue]
            let runs = [
                try workspace.run(["bukti", "segel", "daftar"], lang),
                try PatuhRunner.run(["bukti", "segel", "banding", Self.sealName, Self.sealName, "--workspace", workspace.root,
                                     "--standards", EvidenceWorkspace.standards] + lang),
                try workspace.run(["bukti", "verify"], ["--now", Self.now] + lang),
                try workspace.run(["bukti", "seal"], ["--catatan", "Kunjungan faktual", "--now", Self.now] + lang),
                try workspace.run(["bukti", "verify"], ["--segel", "tidak-ada.xml"] + lang),
            ]
            let foreign = language == .en ? EvidenceLanguageTests.indonesian : EvidenceLanguageTests.english
            for result in runs {
                let found = EvidenceLanguageTests.words(result.stdout + " " + result.stderr).filter(foreign.contains)
                #expect(found.isEmpty, "\(language.rawValue): \(Set(found).sorted()) in\n\(result.stdout)\n\(result.stderr)")
            }
        }
    }

    // MARK: - Helpers

    /// A git repository holding the sample's Evidence/, patuh.xml and Standards/, committed.
    static func repository() throws -> String {
        let root = try PatuhRunner.temporaryFolder("patuh-segel-origin")
        let files = FileManager.default
        for item in ["Evidence", "patuh.xml", "Standards"] {
            try files.copyItem(atPath: PatuhRunner.packageRoot.path + "/" + item, toPath: root + "/" + item)
        }
        try Data(".patuh/\n".utf8).write(to: URL(fileURLWithPath: root + "/.gitignore"))
        try git(["init", "-q"], in: root)
        try git(["add", "."], in: root)
        try git(["commit", "-q", "-m", "Bukti LPSE Kabupaten Contoh"], in: root)
        return root
    }

    static func clone(_ origin: String) throws -> String {
        let target = try PatuhRunner.temporaryFolder("patuh-segel-clone") + "/lpse"
        try git(["clone", "-q", origin, target], in: NSTemporaryDirectory())
        return target
    }

    static func git(_ arguments: [String], in directory: String) throws {
        let result = try runTool("/usr/bin/env", ["git", "-c", "user.name=LPSE Contoh", "-c", "user.email=lpse@contoh.go.id",
                                                  "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"] + arguments,
                                 in: directory)
        guard result.status == 0 else { throw ToolFailure(output: "git \(arguments): \(result.output)") }
    }

    struct ToolFailure: Error {
        var output: String
    }

    static func runTool(_ tool: String, _ arguments: [String], in directory: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    static func sha256(_ data: Data) -> String {
        let file = NSTemporaryDirectory() + "patuh-sha-" + UUID().uuidString
        FileManager.default.createFile(atPath: file, contents: data)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let output = (try? runTool("/usr/bin/env", ["sha256sum", file]).output) ?? ""
        return String(output.prefix(64))
    }
}
