import Foundation
import GRDB
import Testing
import XMLSupport

@Suite("patuh bukti: bad input and faults (end to end)")
struct EvidenceFaultTests {
    static let register = "Evidence/S03-aset/S03.2/"

    @Test func aSymlinkOutsideTheWorkspaceIsReportedAndNeverFollowed() throws {
        let workspace = try EvidenceWorkspace()
        try workspace.write(Self.register + "register-aset_2026-10-30.xlsx", "register")
        let outside = try PatuhRunner.temporaryFolder("patuh-outside")
        try Data("bukan bukti".utf8).write(to: URL(fileURLWithPath: outside + "/register-aset_2026-10-31.xlsx"))
        try FileManager.default.createSymbolicLink(atPath: workspace.root + "/" + Self.register + "register-aset_2026-10-31.xlsx",
                                                   withDestinationPath: outside + "/register-aset_2026-10-31.xlsx")
        try FileManager.default.createSymbolicLink(atPath: workspace.root + "/Evidence/S03-aset/arsip", withDestinationPath: outside)
        let scan = try workspace.run(["bukti", "scan"], ["--format", "json"])
        #expect(scan.status == 0, "\(scan.stderr)")
        let added = scan.object["added"] as? [String] ?? []
        #expect(added == [Self.register + "register-aset_2026-10-30.xlsx"])
        let skipped = (scan.object["skipped"] as? [[String: String]] ?? []).map { $0["path"] ?? "" }
        #expect(skipped == ["Evidence/S03-aset/S03.2/register-aset_2026-10-31.xlsx", "Evidence/S03-aset/arsip"])
        let periksa = try workspace.periksa(["--format", "json", "--standard", "S03"])
        #expect(periksa.files(with: ["symlink"]).count == 2)
        #expect(try workspace.periksa(["--standard", "S03", "--lang", "en"]).stdout.contains("outside the workspace: not followed"))
        #expect(try workspace.periksa(["--standard", "S03"]).stdout.contains("di luar folder kerja: tidak diikuti"))
    }

    @Test func anUnreadableFileIsReportedAndTheScanGoesOn() throws {
        let workspace = try EvidenceWorkspace()
        try workspace.write(Self.register + "register-aset_2026-10-30.xlsx", "register")
        let secret = try workspace.write(Self.register + "register-aset-rahasia_2026-10-01.xlsx", "rahasia")
        chmod(secret, 0o000)
        // root reads a mode-000 file anyway: run patuh as an unprivileged user instead.
        var wrapper: [String] = []
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                Issue.record("running as root without setpriv: cannot make a file unreadable; this case is not checked here")
                return
            }
            wrapper = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            for path in [workspace.root, workspace.root + "/Evidence", workspace.root + "/Evidence/S03-aset", workspace.root + "/" + Self.register] {
                chmod(path, 0o777)
            }
        }
        let scan = try workspace.run(["bukti", "scan"], ["--format", "json"], wrapper: wrapper)
        #expect(scan.status == 0, "\(scan.stderr)")
        #expect(scan.object["added"] as? [String] == [Self.register + "register-aset_2026-10-30.xlsx"])
        let skipped = scan.object["skipped"] as? [[String: String]] ?? []
        #expect(skipped.map { $0["path"] ?? "" } == [Self.register + "register-aset-rahasia_2026-10-01.xlsx"])
        #expect(skipped.first?["detail"]?.contains("Permission denied") == true)
    }

    @Test func oddNamesAndAnEmptyFile() throws {
        let workspace = try EvidenceWorkspace()
        let names = ["register-aset gedung B_2026-10-01.xlsx", "register-aset-caf\u{E9}_2026-10-01.xlsx",
                     "register-aset-cafe\u{301}_2026-10-01.xlsx", "register-aset\nbaris_2026-10-01.csv", "register-aset-kosong_2026-10-01.csv"]
        for name in names { try workspace.write(Self.register + name, name.contains("kosong") ? "" : name) }
        let scan = try workspace.run(["bukti", "scan"], ["--format", "json"])
        #expect(scan.status == 0)
        #expect((scan.object["added"] as? [String])?.count == 5)  // NFC and NFD stay two files
        let json = try workspace.periksa(["--format", "json", "--standard", "S03"])
        let files = json.object["files"] as? [[String: Any]] ?? []
        #expect(files.filter { $0["status"] as? String == "classified" }.count == 5)
        // Found and dated, but the newest register is no spreadsheet (its bytes are its name): its
        // content check fails before the missing bukti.xml ratification is reported.
        #expect(json.failingRules["S03.2.E1"] == "content")
        let junit = try workspace.periksa(["--format", "junit", "--standard", "S03"])
        _ = try XMLDocument.parse(bytes: Array(junit.stdout.utf8), path: "junit.xml")
        // A misfiled odd name shows up in every format.
        try workspace.write("Evidence/catatan\nrapat.txt", "x")
        let sarif = try workspace.periksa(["--format", "sarif", "--standard", "S03"])
        #expect(try SchemaCheck.validateSARIF(sarif.stdout) == nil)
        let github = try workspace.periksa(["--format", "github"])
        #expect(github.stdout.contains("::error file=Evidence/catatan%0Arapat.txt,title=misfiled::"))
    }

    @Test func malformedMetadataExitsTwoWithFileAndLine() throws {
        let workspace = try EvidenceWorkspace()
        try workspace.write(Self.register + "register-aset_2026-10-30.xlsx", "register")
        try workspace.write(Self.register + "bukti.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <bukti xmlns="urn:patuh:bukti:1">
              <dokumen berkas="register-aset_2026-10-30.xlsx">
                <tanggal>30-10-2026</tanggal>
              </dokumen>
            </bukti>
            """)
        let result = try workspace.periksa()
        #expect(result.status == 2)
        #expect(result.stderr.contains(Self.register + "bukti.xml:4:"))
        try workspace.write(Self.register + "bukti.xml", "<bukti xmlns=\"urn:patuh:bukti:1\">\n  <dokumen berkas=\"a\">\n</bukti>\n")
        let broken = try workspace.run(["bukti", "scan"])
        #expect(broken.status == 2 && broken.stderr.contains(Self.register + "bukti.xml:3:"))
    }

    @Test func twoScansAtOnceBothFinishAndTheRegistryIsIntact() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        let processes = try (0..<2).map { _ -> (Process, Pipe) in
            let process = Process()
            process.executableURL = PatuhRunner.executable
            process.arguments = ["bukti", "scan", workspace.root, "--standards", EvidenceWorkspace.standards, "--rehash"]
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            return (process, errors)
        }
        // What each said on stderr (a wait notice, or why it gave up: with SQLite's code).
        let said = processes.map { String(decoding: $0.1.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
        processes.forEach { $0.0.waitUntilExit() }
        #expect(processes.map(\.0.terminationStatus) == [0, 0], "\(said)")
        let queue = try DatabaseQueue(path: workspace.database)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM evidence_file") } == workspace.evidenceFileCount)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM evidence_scan") } == 2)
        #expect(try workspace.periksa(["--format", "json"]).failingRules == PeriksaCommandTests.plantedRules)
    }

    @Test func aScanKilledMidWriteLeavesAConsistentRegistry() throws {
        let workspace = try EvidenceWorkspace()
        for i in 1...12 { try workspace.write(Self.register + "register-aset-\(i)_2026-10-30.xlsx", "register \(i)") }
        let process = Process()
        process.executableURL = PatuhRunner.executable
        process.arguments = ["bukti", "scan", workspace.root, "--standards", EvidenceWorkspace.standards]
        var environment = ProcessInfo.processInfo.environment
        environment["PATUH_SCAN_BATCH"] = "5"
        environment["PATUH_FAULT_HOLD_BATCH"] = "2"
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until the second batch is inside its transaction, then SIGKILL.
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("holding batch 2") {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += chunk
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let queue = try DatabaseQueue(path: workspace.database)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM evidence_file") } == 5)  // batch 1 only
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM evidence_scan") } == 0)

        let next = try workspace.run(["bukti", "scan"], ["--format", "json"])
        #expect(next.status == 0)
        #expect((next.object["added"] as? [String])?.count == 7)
        #expect(next.object["files"] as? Int == 12)
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM evidence_file") } == 12)
        #expect(try queue.read { try String.fetchOne($0, sql: "PRAGMA integrity_check") } == "ok")
    }

    @Test func aRegistryThatIsNotADatabaseIsLeftAlone() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        try FileManager.default.createDirectory(atPath: workspace.root + "/.patuh", withIntermediateDirectories: true)
        let content = Data("nomor,tanggal\n1,2026-01-01\n".utf8)
        try content.write(to: URL(fileURLWithPath: workspace.database))
        for command in [["periksa"], ["bukti", "scan"], ["bukti", "seal", "--catatan", "x"]] {
            let result = try workspace.run(command, ["--now", EvidenceWorkspace.referenceNow])
            #expect(result.status == 70, "\(command)")
            #expect(result.stderr.contains("not a Patuh database"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.database)) == content)
        #expect(!FileManager.default.fileExists(atPath: workspace.database + "-wal"))
    }

    @Test func sealVerifyAndTampering() throws {
        let workspace = try EvidenceWorkspace(sample: true)
        #expect(try workspace.run(["bukti", "verify"]).status == 2)  // nothing sealed yet
        let evidenceFiles = workspace.evidenceFileCount  // counted before the seal file joins Evidence/_segel/
        let seal = try workspace.run(["bukti", "seal"], ["--catatan", "Penilaian mandiri 2026 diserahkan"])
        #expect(seal.status == 0 && seal.stdout.contains("Segel #1: \(evidenceFiles) berkas disegel"))
        #expect(try workspace.run(["bukti", "verify"]).status == 0)

        let register = Self.register + "register-aset-layanan_2026-10-30.xlsx"
        let handle = try #require(FileHandle(forWritingAtPath: workspace.root + "/" + register))
        handle.seekToEndOfFile()
        handle.write(Data("baris tambahan".utf8))
        try handle.close()
        let removed = "Evidence/S11-server-jaringan/S11.2/topologi-jaringan-spse_2026-10-01.pdf"
        try FileManager.default.removeItem(atPath: workspace.root + "/" + removed)

        let verify = try workspace.run(["bukti", "verify"], ["--format", "json"])
        #expect(verify.status == 1)
        let deviations = verify.object["deviations"] as? [[String: Any]] ?? []
        #expect(deviations.map { "\($0["kind"] ?? "") \($0["path"] ?? "")" } == ["changed " + register, "removed " + removed])
        let periksa = try workspace.periksa(["--format", "json"])
        #expect(periksa.failingRules["S03.2.E1"] == "tampered")
        // Its only file is gone: missing outranks tampered (verify names the removal).
        #expect(periksa.failingRules["S11.2.E1"] == "missing")
    }
}
