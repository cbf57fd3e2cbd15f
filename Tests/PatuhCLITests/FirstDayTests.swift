import Foundation
import Testing

/// An LPSE's first day, with only the binary: no Standards/ anywhere.
@Suite("First day: init, discovery, the embedded catalog, release archive and CI", .serialized)
struct FirstDayTests {
    /// A run with no PATUH_STANDARDS and a private cache for the embedded catalog.
    static func run(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> PatuhRunner.Result {
        var env = ["PATUH_STANDARDS": "", "XDG_CACHE_HOME": NSTemporaryDirectory() + "patuh-firstday-cache"]
        for (key, value) in environment { env[key] = value }
        return try PatuhRunner.run(arguments, in: directory, environment: env)
    }

    static let initArguments = ["--nama", "LPSE Kota Contoh", "--instansi", "Pemerintah Kota Contoh", "--zona", "WITA"]

    @Test("from an empty folder to a first report: init, 68 BACA.md, a file named as BACA.md says is classified, nilai from a subfolder")
    func emptyFolderToReport() throws {
        let folder = try PatuhRunner.temporaryFolder("patuh-firstday")
        let made = try Self.run(["init", "kota"] + Self.initArguments, in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let root = folder + "/kota"
        #expect(!FileManager.default.fileExists(atPath: root + "/Standards"))
        let profile = try String(contentsOfFile: root + "/patuh.xml", encoding: .utf8)
        #expect(profile.contains("id=\"lpse-kota-contoh\"") && profile.contains("<zona-waktu>WITA</zona-waktu>"))
        var readmes: [String] = []
        let walker = FileManager.default.enumerator(atPath: root + "/Evidence")
        while let path = walker?.nextObject() as? String { if path.hasSuffix("/BACA.md") { readmes.append(path) } }
        #expect(readmes.count == 68)
        let standardFolders = try FileManager.default.contentsOfDirectory(atPath: root + "/Evidence").filter { $0.hasPrefix("S") }
        #expect(standardFolders.count == 17)
        #expect(FileManager.default.fileExists(atPath: root + "/Evidence/penilaian-mandiri.xml"))
        #expect(try String(contentsOfFile: root + "/.gitignore", encoding: .utf8).contains(".patuh/"))

        // The example name BACA.md gives is classified by the gate.
        let readme = try String(contentsOfFile: root + "/Evidence/S01-kebijakan/S01.1/BACA.md", encoding: .utf8)
        let example = try #require(readme.split(separator: "\n").first { $0.contains("Contoh nama:") })
        let path = String(try #require(example.split(separator: "`").dropFirst().first))
        #expect(readme.contains("wajib") && readme.contains("_YYYY-MM-DD") && readme.contains("patuh bukti sahkan"))
        // A per-staff rule (S08.4's NDAs) says where its count comes from, not a bare "1 berkas".
        let perStaff = try String(contentsOfFile: root + "/Evidence/S08-sdm/S08.4/BACA.md", encoding: .utf8)
        #expect(perStaff.contains("satu per pegawai") && perStaff.contains("--jumlah-pegawai"))
        try Data("kebijakan".utf8).write(to: URL(fileURLWithPath: root + "/" + path))
        let now = ["--now", "2026-02-01T09:00:00+08:00"]
        let check = try Self.run(["periksa", "--format", "json"] + now, in: root + "/Evidence/S01-kebijakan")
        let rules = check.object["rules"] as? [[String: Any]] ?? []
        let rule = try #require(rules.first { $0["rule"] as? String == "S01.1.E1" })
        #expect((rule["files"] as? [String]) == [path])
        let files = check.object["files"] as? [[String: Any]] ?? []
        let guides = files.filter { ($0["path"] as? String)?.hasSuffix("/BACA.md") == true }
        #expect(guides.count == 68)
        #expect(guides.allSatisfy { $0["status"] as? String == "metadata" }, "BACA.md is neither evidence nor misfiled")

        #expect(rule["status"] as? String == "unsigned")

        // bukti sahkan, with the date in the Indonesian order, makes the signed rule ok.
        let ratified = try Self.run(["bukti", "sahkan", path, "--oleh", "Dra. Sri Rahayu", "--jabatan", "Kepala LPSE",
                                     "--tanggal", "16-01-2026"] + now, in: root)
        #expect(ratified.status == 0, "\(ratified.stderr)")
        let signed = try Self.run(["periksa", "--format", "json"] + now, in: root)
        let after = (signed.object["rules"] as? [[String: Any]] ?? []).first { $0["rule"] as? String == "S01.1.E1" }
        #expect(after?["status"] as? String == "ok")
        #expect(try String(contentsOfFile: root + "/Evidence/S01-kebijakan/S01.1/bukti.xml", encoding: .utf8)
            .contains("<disahkan-oleh jabatan=\"Kepala LPSE\" tanggal=\"2026-01-16\">Dra. Sri Rahayu</disahkan-oleh>"))

        // nilai from a subfolder finds the workspace, warns that the answers are unreviewed
        // proposals, and writes the report, which says so too.
        let nilai = try Self.run(["nilai"] + now, in: root + "/Evidence/S01-kebijakan/S01.1")
        #expect(nilai.status == 1, "\(nilai.stderr)")
        #expect(nilai.stdout.contains("Peringatan: 68 dari 68 jawaban masih usulan template yang belum ditinjau (proposed=\"true\"), di semua 17 standar"),
                "\(nilai.stdout)")
        let html = try String(contentsOfFile: root + "/Reports/mandiri-lpse-kota-contoh-2026-02-01.html", encoding: .utf8)
        #expect(html.contains("<p class=\"notice\">Peringatan: 68 dari 68 jawaban masih usulan template"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: root + "/Reports/mandiri-lpse-kota-contoh-2026-02-01.json"))) as? [String: Any]
        #expect((json?["unreviewed"] as? [String])?.count == 68)
        #expect(!FileManager.default.fileExists(atPath: root + "/Standards"))
    }

    @Test("outside any workspace: the message names patuh init, exit 2, in either language")
    func outsideWorkspace() throws {
        let folder = try PatuhRunner.temporaryFolder("patuh-nowhere")
        let id = try Self.run(["nilai"], in: folder)
        #expect(id.status == 2)
        #expect(id.stderr.contains("tidak ada workspace Patuh di sini (tidak ada patuh.xml dari"))
        #expect(id.stderr.contains("ke atas); buat dengan: patuh init"))
        let en = try Self.run(["periksa", "--lang", "en"], in: folder)
        #expect(en.status == 2)
        #expect(en.stderr.contains("no Patuh workspace here"))
    }

    @Test("-C and --workspace name the workspace; a missing answer file and standards folder name their command")
    func missingThings() throws {
        let folder = try PatuhRunner.temporaryFolder("patuh-missing")
        #expect(try Self.run(["init", "w"] + Self.initArguments, in: folder).status == 0)
        try FileManager.default.removeItem(atPath: folder + "/w/Evidence/penilaian-mandiri.xml")
        let answers = try Self.run(["nilai", "-C", "w/Evidence"], in: folder)
        #expect(answers.status == 2)
        #expect(answers.stderr.contains("patuh penilaian template --jenis mandiri --output Evidence/penilaian-mandiri.xml"), "\(answers.stderr)")
        let standards = try Self.run(["periksa", "--workspace", "w", "--standards", "nowhere"], in: folder)
        #expect(standards.status == 2)
        #expect(standards.stderr.contains("patuh standar ekspor nowhere"), "\(standards.stderr)")
    }

    @Test("init refuses a workspace (exit 2, nothing written) and, without a terminal, missing values (exit 64)")
    func initRefusals() throws {
        let folder = try PatuhRunner.temporaryFolder("patuh-refuse")
        #expect(try Self.run(["init", "w"] + Self.initArguments, in: folder).status == 0)
        let before = try String(contentsOfFile: folder + "/w/patuh.xml", encoding: .utf8)
        let again = try Self.run(["init", "w", "--nama", "Lain", "--instansi", "Lain", "--zona", "WIT"], in: folder)
        #expect(again.status == 2)
        #expect(try String(contentsOfFile: folder + "/w/patuh.xml", encoding: .utf8) == before)
        let missing = try Self.run(["init", "x", "--nama", "LPSE X"], in: folder)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("--instansi"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/x"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["w"])
    }

    @Test("harikerja, --version and standar ekspor work without a Standards/ folder")
    func embeddedCatalog() throws {
        let folder = try PatuhRunner.temporaryFolder("patuh-embedded")
        let deadline = try Self.run(["harikerja", "tenggat", "--diterima", "2025-03-21", "--hari", "5"], in: folder)
        #expect(deadline.status == 0)
        #expect(deadline.stdout.contains("2025-04-08"))
        let version = try Self.run(["--version"], in: folder)
        #expect(version.stdout.contains("catalog 2026.1 (embedded)"))
        let export = try Self.run(["standar", "ekspor", "out"], in: folder)
        #expect(export.status == 0)
        let original = try Data(contentsOf: PatuhRunner.packageRoot.appendingPathComponent("Standards/S01-kebijakan.xml"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/out/S01-kebijakan.xml")) == original)
        #expect(try Self.run(["standar", "validate", "out"], in: folder).status == 0)
    }

    @Test("docs/ci holds what patuh init --ci writes")
    func ciFilesMatch() throws {
        let folder = try PatuhRunner.temporaryFolder("patuh-ci-files")
        for (kind, written, doc) in [("github", ".github/workflows/patuh.yml", "github-actions.yml"), ("gitlab", ".gitlab-ci.yml", "gitlab-ci.yml")] {
            #expect(try Self.run(["init", kind, "--ci", kind] + Self.initArguments, in: folder).status == 0)
            let made = try String(contentsOfFile: "\(folder)/\(kind)/\(written)", encoding: .utf8)
            let documented = try String(contentsOf: PatuhRunner.packageRoot.appendingPathComponent("docs/ci/\(doc)"), encoding: .utf8)
            #expect(made == documented, "docs/ci/\(doc) differs from patuh init --ci \(kind)")
        }
    }

    /// The archive of the debug binary (release-build.sh --binary: the static release build is too
    /// slow for the suite), in a fresh dist folder.
    static func archive() throws -> String {
        let dist = try PatuhRunner.temporaryFolder("patuh-dist")
        let result = try shell("scripts/release-build.sh --binary '\(PatuhRunner.executable.path)' --dist '\(dist)'",
                               in: PatuhRunner.packageRoot.path)
        #expect(result.status == 0, "\(result.output)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dist).first { $0.hasSuffix(".tar.gz") })
        return dist + "/" + name
    }

    @Test("the release archive installs with install.sh and the installed patuh names the embedded catalog")
    func archiveInstalls() throws {
        let archive = try Self.archive()
        let prefix = try PatuhRunner.temporaryFolder("patuh-prefix")
        let installed = try Self.shell("sh scripts/install.sh --prefix '\(prefix)' '\(archive)'", in: PatuhRunner.packageRoot.path)
        #expect(installed.status == 0, "\(installed.output)")
        let version = try Self.shell("'\(prefix)/bin/patuh' --version", in: prefix)
        #expect(version.output.contains("catalog 2026.1 (embedded)"))
        let tampered = try Self.shell("sh scripts/install.sh --prefix '\(prefix)-2' --sha256 0000 '\(archive)'", in: PatuhRunner.packageRoot.path)
        #expect(tampered.status == 1)
        #expect(!FileManager.default.fileExists(atPath: prefix + "-2/bin/patuh"))
    }

    @Test("the CI files' shell steps run in a repository of only patuh.xml and Evidence/")
    func ciStepsRun() throws {
        let archive = try Self.archive()
        for (kind, doc) in [("github", "github-actions.yml"), ("gitlab", "gitlab-ci.yml")] {
            let folder = try PatuhRunner.temporaryFolder("patuh-ci-\(kind)")
            #expect(try Self.run(["init", "repo"] + Self.initArguments, in: folder).status == 0)
            let repo = folder + "/repo"
            #expect(try Self.shell("git init -q . && git add -A && git -c user.email=a@b -c user.name=ci commit -qm evidence", in: repo).status == 0)
            let yaml = try String(contentsOf: PatuhRunner.packageRoot.appendingPathComponent("docs/ci/\(doc)"), encoding: .utf8)
            let steps = Self.shellSteps(yaml).filter { !$0.contains("apt-get") }
            #expect(!steps.isEmpty)
            let home = try PatuhRunner.temporaryFolder("patuh-ci-home")
            let script = (["set -e", "export HOME='\(home)' GITHUB_PATH='\(home)/github_path'",
                           "export PATUH_ARCHIVE='\(archive)' PATUH_INSTALL_SH='file://\(PatuhRunner.packageRoot.path)/scripts/install.sh'",
                           "export PATH=\"$HOME/.local/bin:$PATH\""] + steps).joined(separator: "\n")
            let result = try Self.shell(script, in: repo)
            // The fresh workspace has no evidence yet: the gate runs and falls short (exit 1).
            #expect(result.status == 1, "\(kind): \(result.output)")
            #expect(result.output.contains("catalog 2026.1 (embedded)"), "\(kind): \(result.output)")
            #expect(FileManager.default.fileExists(atPath: repo + (kind == "github" ? "/patuh.sarif" : "/patuh-junit.xml")))
            #expect(!FileManager.default.fileExists(atPath: repo + "/Standards"))
        }
    }

    /// The shell lines of a CI file: `run: |` blocks and `before_script`/`script` list items.
    static func shellSteps(_ yaml: String) -> [String] {
        var steps: [String] = []
        var blockIndent: Int?
        var inList = false
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let indent = line.prefix { $0 == " " }.count
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let current = blockIndent {
                if indent > current, !trimmed.isEmpty { steps.append(trimmed); continue }
                blockIndent = nil
            }
            if trimmed.hasPrefix("run: |") { blockIndent = indent; continue }
            if trimmed == "before_script:" || trimmed == "script:" { inList = true; continue }
            if inList {
                if trimmed.hasPrefix("- ") { steps.append(String(trimmed.dropFirst(2))); continue }
                inList = false
            }
        }
        return steps
    }

    static func shell(_ script: String, in directory: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["PATUH_STANDARDS"] = ""
        env["XDG_CACHE_HOME"] = NSTemporaryDirectory() + "patuh-firstday-cache"
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
