import Foundation
import Testing

/// Issue 10, items 1–2: `--output` can damage nothing but the file it names, and never a special file.
@Suite("--output guards (end to end)")
struct OutputGuardTests {
    static func sha(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    static func kind(_ path: String) -> mode_t {
        var info = stat()
        guard lstat(path, &info) == 0 else { return 0 }
        return info.st_mode & S_IFMT
    }

    /// The sample workspace with its database made by a scan.
    static func scanned() throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        let scan = try workspace.run(["bukti", "scan"])
        #expect(scan.status == 0, "\(scan.stderr)")
        return workspace
    }

    @Test func theDatabaseIsNeverAnOutputNotEvenWithTimpa() throws {
        let workspace = try Self.scanned()
        let database = workspace.path(".patuh/registry.sqlite")
        let before = Self.sha(database)
        #expect(before != nil)
        for extra in [[], ["--timpa"]] {
            let report = try workspace.run(["laporan", "bukti", "--format", "json", "--output", ".patuh/registry.sqlite"] + extra)
            #expect(report.status == 2, "\(report.stderr)")
            #expect(report.stderr.contains(".patuh/registry.sqlite") && report.stderr.contains("basis data folder kerja"))
            let gate = try workspace.run(["periksa", "--format", "json", "--output", ".patuh/registry.sqlite", "--lang", "en"] + extra)
            #expect(gate.status == 2)
            #expect(gate.stderr.contains("is the workspace database"))
            #expect(Self.sha(database) == before)
        }
        // Nor a new file inside .patuh/, nor a hard link to the database elsewhere.
        let inside = try workspace.run(["periksa", "--output", ".patuh/laporan.txt"])
        #expect(inside.status == 2)
        #expect(!workspace.exists(".patuh/laporan.txt"))
        try FileManager.default.createDirectory(atPath: workspace.path("Reports"), withIntermediateDirectories: true)
        try FileManager.default.linkItem(atPath: database, toPath: workspace.path("Reports/salinan.sqlite"))
        let linked = try workspace.run(["periksa", "--output", "Reports/salinan.sqlite", "--timpa"])
        #expect(linked.status == 2, "\(linked.stderr)")
        #expect(Self.sha(database) == before)
        // The history is still there.
        #expect(try workspace.run(["pembinaan", "verifikasi"]).status == 0)
    }

    @Test func workspaceInputsNeedTimpa() throws {
        let workspace = try TestWorkspace()
        let answers = try workspace.read("Evidence/penilaian-mandiri.xml")
        let gate = try workspace.run(["periksa", "--format", "junit", "--output", "Evidence/penilaian-mandiri.xml"])
        #expect(gate.status == 2, "\(gate.stderr)")
        #expect(gate.stderr.contains("Evidence/penilaian-mandiri.xml") && gate.stderr.contains("--timpa"))
        #expect(try workspace.read("Evidence/penilaian-mandiri.xml") == answers)
        for target in ["patuh.xml", "Standards/penilaian.xml", "Evidence/S01-kelembagaan/bukti.xml"] where workspace.exists(target) {
            let before = try workspace.read(target)
            let run = try workspace.run(["ekspor", "oscal", "--jenis", "katalog", "--output", target])
            #expect(run.status == 2, "\(target): \(run.stderr)")
            #expect(try workspace.read(target) == before)
        }
        // A file the command reads, named outside Evidence/, is guarded too.
        try FileManager.default.copyItem(atPath: workspace.path("Evidence/penilaian-mandiri.xml"), toPath: workspace.path("jawaban.xml"))
        let reread = try workspace.run(["ekspor", "xccdf", "--penilaian", "jawaban.xml", "--output", "jawaban.xml", "--lang", "en"])
        #expect(reread.status == 2)
        #expect(reread.stderr.contains("is a file this command reads"))
        // With --timpa the user means it: the answer file is replaced.
        let forced = try workspace.run(["periksa", "--format", "junit", "--output", "Evidence/penilaian-mandiri.xml", "--timpa"])
        #expect(forced.status == 1, "\(forced.stderr)")
        #expect(try workspace.read("Evidence/penilaian-mandiri.xml").contains("<testsuites"))
    }

    @Test func aSymlinkIsNeverReplaced() throws {
        let workspace = try TestWorkspace()
        let outside = try PatuhRunner.temporaryFolder("patuh-link-target")
        let target = outside + "/sasaran.txt"
        try Data("milik orang lain\n".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: workspace.path("keluaran.txt"), withDestinationPath: target)
        let refused = try workspace.run(["periksa", "--output", "keluaran.txt"])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("tautan simbolik"))
        #expect(Self.kind(workspace.path("keluaran.txt")) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "milik orang lain\n")
        // --timpa writes through the link: the link stays a link, its target gets the report.
        let through = try workspace.run(["periksa", "--output", "keluaran.txt", "--timpa"])
        #expect(through.status == 1, "\(through.stderr)")
        #expect(Self.kind(workspace.path("keluaran.txt")) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8).contains("S13.4.E1"))
        // A link to the database is refused even with --timpa, once followed.
        #expect(try workspace.run(["bukti", "scan"]).status == 0)
        let database = workspace.path(".patuh/registry.sqlite")
        let before = Self.sha(database)
        try FileManager.default.createSymbolicLink(atPath: workspace.path("ke-db"), withDestinationPath: database)
        let viaLink = try workspace.run(["ekspor", "oscal", "--jenis", "katalog", "--output", "ke-db", "--timpa"])
        #expect(viaLink.status == 2, "\(viaLink.stderr)")
        #expect(Self.kind(workspace.path("ke-db")) == S_IFLNK)
        #expect(Self.sha(database) == before)
    }

    @Test func aFIFOIsWrittenThroughAndStdoutIsDash() throws {
        let workspace = try TestWorkspace()
        let fifo = workspace.path("pipa")
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        // Drain while patuh writes, so a report larger than the pipe's buffer cannot block it.
        nonisolated(unsafe) var received = Data()
        let done = DispatchSemaphore(value: 0)
        let readerFD = reader
        let stop = ManagedAtomicFlag()
        DispatchQueue.global().async {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(readerFD, &buffer, buffer.count)
                if count > 0 { received.append(contentsOf: buffer[0..<count]); continue }
                if stop.isSet && count <= 0 { break }
                usleep(2000)
            }
            done.signal()
        }
        let run = try workspace.run(["periksa", "--format", "json", "--output", "pipa"])
        stop.set()
        done.wait()
        #expect(run.status == 1, "\(run.stderr)")
        #expect(Self.kind(fifo) == S_IFIFO)
        let object = (try? JSONSerialization.jsonObject(with: received)) as? [String: Any]
        #expect(object?["rules"] != nil)
        // `-` is stdout.
        let dash = try workspace.run(["periksa", "--format", "json", "--output", "-"])
        #expect(dash.status == 1)
        #expect(dash.object["rules"] != nil)
        #expect(!workspace.exists("-"))
        // A folder is refused.
        try FileManager.default.createDirectory(atPath: workspace.path("folder"), withIntermediateDirectories: true)
        let folder = try workspace.run(["periksa", "--output", "folder"])
        #expect(folder.status == 2)
        #expect(folder.stderr.contains("adalah folder"))
    }

    @Test func aFullDeviceExitsSeventyAndIsNotReplaced() throws {
        let workspace = try TestWorkspace()
        // A private copy of /dev/full when root may make one; else the machine's (which a non-root run cannot replace).
        var full = workspace.path("penuh")
        if mknod(full, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) != 0 { full = "/dev/full" }
        let run = try workspace.run(["periksa", "--output", full])
        #expect(run.status == 70, "\(run.stderr)")
        #expect(run.stderr.contains("disk penuh"))
        #expect(Self.kind(full) == S_IFCHR)
    }

    @Test func aFileSizeLimitExitsSeventyLeavesTheOldFileAndNoTemporary() throws {
        let workspace = try TestWorkspace()
        try workspace.write("lama\n", to: "katalog.json")
        let shell = ["/bin/sh", "-c", "ulimit -f 16; exec \"$0\" \"$@\""]
        let run = try PatuhRunner.run(["ekspor", "oscal", "--jenis", "katalog", "--output", "katalog.json", "--lang", "en"],
                                      in: workspace.root, wrapper: shell)
        #expect(run.status == 70, "\(run.stderr)")
        #expect(run.stderr.contains("disk full"))
        #expect(try workspace.read("katalog.json") == "lama\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.root).filter { $0.contains(".patuh-") }
        #expect(leftovers == [])
    }

    @Test func aMissingFolderNeedsBuatFolder() throws {
        let workspace = try TestWorkspace()
        let refused = try workspace.run(["periksa", "--format", "sarif", "--output", "tidak/ada/x.sarif"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--buat-folder"))
        #expect(!workspace.exists("tidak"))
        let made = try workspace.run(["periksa", "--format", "sarif", "--output", "tidak/ada/x.sarif", "--buat-folder"])
        #expect(made.status == 1, "\(made.stderr)")
        #expect(workspace.exists("tidak/ada/x.sarif"))
        // Reports/ is Patuh's own folder: the default report path makes it.
        let report = try workspace.run(["laporan", "mandiri", "--format", "md"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(workspace.exists("Reports"))
    }

    @Test func templateAndImportNeverOverwriteWithoutTimpa() throws {
        let workspace = try TestWorkspace()
        try workspace.write("ada\n", to: "templat.xml")
        let refused = try workspace.run(["penilaian", "template", "--jenis", "mandiri", "--output", "templat.xml"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("sudah ada"))
        #expect(try workspace.read("templat.xml") == "ada\n")
        let forced = try workspace.run(["penilaian", "template", "--jenis", "mandiri", "--output", "templat.xml", "--timpa"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try workspace.read("templat.xml").contains("<penilaian"))
    }
}

/// A flag one thread sets and another reads.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
