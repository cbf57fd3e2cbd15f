import Foundation
import GRDB
import Testing

/// Issue 10, item 10: commands that only read never create, migrate or wait for the database;
/// writers say what they wait for and give up after PATUH_TUNGGU seconds.
@Suite("Read-only commands and waits (end to end)")
struct ReadOnlyDatabaseTests {
    static let readers: [[String]] = [
        ["pembinaan", "verifikasi"], ["pembinaan", "status"], ["pembinaan", "riwayat", "K-2026-001"],
        ["penilaian", "riwayat"], ["sertifikat", "daftar"], ["laporan", "pembinaan", "--format", "md", "--output", "-"],
    ]

    /// The sample with a scored assessment and one case recorded.
    static func recorded() throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        #expect(try workspace.run(["nilai"]).status == 1)
        let open = try workspace.run(["pembinaan", "buka", "--temuan-id", "TF-01", "--standar", "S03", "--uraian", "SOP aset",
                                      "--nomor", "R-001", "--oleh", "Asesor LKPP", "--peran", "lkpp"])
        #expect(open.status == 0, "\(open.stderr)")
        return workspace
    }

    static func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func readersNeverCreateTheDatabase() throws {
        let workspace = try TestWorkspace()
        for reader in Self.readers where reader[1] != "riwayat" || reader[0] == "penilaian" {
            let result = try workspace.run(reader)
            #expect(result.status == 0, "\(reader): \(result.stderr)")
        }
        #expect(!workspace.exists(".patuh"))
        #expect(try workspace.run(["pembinaan", "verifikasi"]).stdout.contains("kosong"))
    }

    @Test func readersDoNotWaitForAWriterAndWritersGiveUpSaySo() throws {
        let workspace = try Self.recorded()
        let queue = try DatabaseQueue(path: workspace.path(".patuh/registry.sqlite"))
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "UPDATE evidence_file SET size = size")
            // While this transaction holds the write lock, every reader answers (no PATUH_TUNGGU: the
            // old start-up migrator waited 120 s here, then failed with exit 70).
            for reader in Self.readers {
                let result = try workspace.run(reader)
                #expect(result.status == 0, "\(reader): \(result.stderr)")
                #expect(!result.stderr.contains("menunggu"), "\(reader)")
            }
            let writer = try workspace.run(["bukti", "scan"], environment: ["PATUH_TUNGGU": "1"])
            #expect(writer.status == 75, "\(writer.stderr)")
            #expect(writer.stderr.contains("menunggu proses patuh lain"))
            #expect(writer.stderr.contains("tidak ada yang diubah"))
            let english = try workspace.run(["nilai", "--lang", "en"], environment: ["PATUH_TUNGGU": "0.5"])
            #expect(english.status == 75, "\(english.stderr)")
            #expect(english.stderr.contains("waiting for another patuh process"))
            try db.execute(sql: "ROLLBACK")
        }
        let bad = try workspace.run(["bukti", "scan"], environment: ["PATUH_TUNGGU": "lama"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("PATUH_TUNGGU"))
    }

    @Test func theFolderLockIsWaitedForWithANotice() throws {
        let workspace = try Self.recorded()
        let folder = open(workspace.path(".patuh"), O_RDONLY | O_DIRECTORY)
        #expect(folder >= 0)
        defer { close(folder) }
        #expect(flock(folder, LOCK_EX) == 0)
        let writer = try workspace.run(["bukti", "scan", "--lang", "en"], environment: ["PATUH_TUNGGU": "1"])
        #expect(writer.status == 75, "\(writer.stderr)")
        #expect(writer.stderr.contains("waiting for another patuh process"))
        #expect(try workspace.run(["pembinaan", "status"]).status == 0)
        flock(folder, LOCK_UN)
    }

    @Test func aReadOnlyDatabaseServesEveryReader() throws {
        let workspace = try Self.recorded()
        let database = workspace.path(".patuh/registry.sqlite")
        let before = Self.contents(database)
        // Run as nobody: the workspace stays root's, so the folder and the file are read-only to patuh.
        var wrapper: [String] = []
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                Issue.record("running as root without setpriv: cannot make the database read-only; not checked here")
                return
            }
            wrapper = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        } else {
            chmod(workspace.path(".patuh"), 0o555)
        }
        chmod(database, 0o444)
        for reader in Self.readers {
            let result = try PatuhRunner.run(reader, in: workspace.root, environment: ["PATUH_NOW": TestWorkspace.now],
                                             wrapper: wrapper)
            #expect(result.status == 0, "\(reader): \(result.stderr)")
            #expect(!result.stderr.contains("PRAGMA") && !result.stderr.contains("GRDB"), "\(reader): \(result.stderr)")
        }
        let status = try PatuhRunner.run(["pembinaan", "status", "K-2026-001"], in: workspace.root,
                                         environment: ["PATUH_NOW": TestWorkspace.now], wrapper: wrapper)
        #expect(status.stdout.contains("K-2026-001"))
        // A writer fails in words, not SQL.
        let writer = try PatuhRunner.run(["pembinaan", "buka", "--temuan-id", "TF-02", "--standar", "S04", "--uraian", "x",
                                          "--nomor", "R-002", "--oleh", "Asesor", "--peran", "lkpp"],
                                         in: workspace.root, environment: ["PATUH_NOW": TestWorkspace.now], wrapper: wrapper)
        #expect(writer.status != 0)
        #expect(!writer.stderr.contains("PRAGMA") && !writer.stderr.contains("GRDB"), "\(writer.stderr)")
        chmod(workspace.path(".patuh"), 0o755)
        #expect(Self.contents(database) == before)
    }

    @Test func aFutureDatabaseIsRefusedUntouched() throws {
        let workspace = try Self.recorded()
        let database = workspace.path(".patuh/registry.sqlite")
        try DatabaseQueue(path: database).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('dari-masa-depan-v99')")
        }
        let before = Self.contents(database)
        for command in [["bukti", "scan"], ["pembinaan", "status"], ["nilai"]] {
            let result = try workspace.run(command)
            #expect(result.status == 70, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("versi lebih baru"), "\(command): \(result.stderr)")
            #expect(Self.contents(database) == before, "\(command)")
        }
    }
}
