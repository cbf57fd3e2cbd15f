import Foundation
import GRDB
import Store
import Testing

/// Issue 10, "the hash chain's anchor": a head kept outside the database catches what the chain
/// alone cannot (truncation with a rewritten head, a full re-chain, an emptied log); an empty log
/// is empty, not intact history; verifikasi names an event status cannot read.
@Suite("The pembinaan chain's anchor (end to end)")
struct ChainAnchorTests {
    static let lkpp = ["--oleh", "Asesor LKPP", "--peran", "lkpp"]
    static let lpse = ["--oleh", "Admin LPSE", "--peran", "lpse"]

    /// A workspace whose log holds `cases` opened cases and a receipt on each (2 events per case).
    static func logged(cases: Int = 2, finding: String = "SOP aset") throws -> TestWorkspace {
        let workspace = try TestWorkspace("patuh-kepala", copying: ["Standards", "patuh.xml"])
        for number in 1...cases { try record(workspace, number: number, finding: finding) }
        return workspace
    }

    static func record(_ workspace: TestWorkspace, number: Int, finding: String) throws {
        let open = try workspace.run(["pembinaan", "buka", "--kasus", "K-\(number)", "--temuan-id", "TF-\(number)", "--standar", "S03",
                                      "--uraian", finding, "--nomor", "R-00\(number)"] + lkpp)
        #expect(open.status == 0, "\(open.stderr)")
        let receipt = try workspace.run(["pembinaan", "terima", "K-\(number)", "--tanggal", "2026-11-25"] + lpse)
        #expect(receipt.status == 0, "\(receipt.stderr)")
    }

    /// The database as someone with write access to the file: the append-only triggers dropped.
    static func database(_ workspace: TestWorkspace) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: workspace.path(".patuh/registry.sqlite"))
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER IF EXISTS case_event_no_update")
            try db.execute(sql: "DROP TRIGGER IF EXISTS case_event_no_delete")
        }
        return queue
    }

    @Test func theHeadIsExportedAndAGrowingLogExtendsIt() throws {
        let workspace = try Self.logged()
        let export = try workspace.run(["pembinaan", "verifikasi", "--ekspor-kepala", "kepala.txt"])
        #expect(export.status == 0, "\(export.stderr)")
        let text = try workspace.read("kepala.txt")
        #expect(text.contains("format: patuh-kepala/1\nseq: 4\nhash: "))
        #expect(text.contains("waktu: 2026-11-25T02:00:00Z"))
        try Self.record(workspace, number: 3, finding: "SOP lain")
        let check = try workspace.run(["pembinaan", "verifikasi", "--kepala", "kepala.txt"])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("Rantai utuh: 6 peristiwa") && check.stdout.contains("log memperpanjangnya"))
        let json = try workspace.run(["pembinaan", "verifikasi", "--kepala", "kepala.txt", "--format", "json"])
        #expect((json.object["anchor"] as? [String: Any])?["verdict"] as? String == "extends")
        // A head file is never written over the workspace's inputs, and a bad one names its line.
        #expect(try workspace.run(["pembinaan", "verifikasi", "--ekspor-kepala", "patuh.xml"]).status == 2)
        try workspace.write("format: patuh-kepala/1\nseq: 4\nhash: bukan-hash\nwaktu: x\n", to: "rusak.txt")
        let bad = try workspace.run(["pembinaan", "verifikasi", "--kepala", "rusak.txt"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("rusak.txt:3:0:"))
    }

    @Test func truncationWithARewrittenHeadIsCaughtOnlyByTheAnchor() throws {
        let workspace = try Self.logged()
        #expect(try workspace.run(["pembinaan", "verifikasi", "--ekspor-kepala", "kepala.txt"]).status == 0)
        try Self.database(workspace).write { db in
            try db.execute(sql: "DELETE FROM case_event WHERE seq > 2")
            let hash = try String.fetchOne(db, sql: "SELECT hash FROM case_event WHERE seq = 2")!
            try db.execute(sql: "UPDATE case_log_head SET seq = 2, hash = ? WHERE id = 1", arguments: [hash])
        }
        let plain = try workspace.run(["pembinaan", "verifikasi"])
        #expect(plain.status == 0)  // the chain alone cannot tell: its head was rewritten with it
        let anchored = try workspace.run(["pembinaan", "verifikasi", "--kepala", "kepala.txt"])
        #expect(anchored.status == 1)
        #expect(anchored.stdout.contains("TIDAK memperpanjang") && anchored.stdout.contains("peristiwa #4"))
    }

    @Test func aFullReChainIsCaughtByTheAnchor() throws {
        let workspace = try Self.logged()
        #expect(try workspace.run(["pembinaan", "verifikasi", "--ekspor-kepala", "kepala.txt"]).status == 0)
        // Everything deleted, and a different history recorded through Patuh itself: a sound chain.
        try Self.database(workspace).write { db in
            try db.execute(sql: "DELETE FROM case_event")
            try db.execute(sql: "DELETE FROM case_log_head")
        }
        for number in 1...3 { try Self.record(workspace, number: number, finding: "temuan lain") }
        #expect(try workspace.run(["pembinaan", "verifikasi"]).status == 0)
        let anchored = try workspace.run(["pembinaan", "verifikasi", "--kepala", "kepala.txt", "--lang", "en"])
        #expect(anchored.status == 1)
        #expect(anchored.stdout.contains("does NOT extend") && anchored.stdout.contains("was rewritten"))
    }

    @Test func anEmptiedLogIsEmptyNotIntactAndFailsTheAnchor() throws {
        let workspace = try Self.logged()
        #expect(try workspace.run(["pembinaan", "verifikasi", "--ekspor-kepala", "kepala.txt"]).status == 0)
        try Self.database(workspace).write { db in
            try db.execute(sql: "DELETE FROM case_event")
            try db.execute(sql: "DELETE FROM case_log_head")
        }
        let plain = try workspace.run(["pembinaan", "verifikasi"])
        #expect(plain.status == 0)
        #expect(plain.stdout.contains("Log kosong") && !plain.stdout.contains("Rantai utuh"))
        let anchored = try workspace.run(["pembinaan", "verifikasi", "--kepala", "kepala.txt"])
        #expect(anchored.status == 1)
        #expect(anchored.stdout.contains("log kini 0 peristiwa"))
        let export = try workspace.run(["pembinaan", "verifikasi", "--ekspor-kepala", "baru.txt"])
        #expect(export.status == 1)
        #expect(!workspace.exists("baru.txt"))
    }

    @Test func verifikasiNamesAnEventStatusCannotRead() throws {
        let workspace = try Self.logged()
        // A garbage payload, then the whole chain recomputed so every hash holds.
        try Self.database(workspace).write { db in
            var records = try CaseEventRecord.fetchAll(db, sql: "SELECT * FROM case_event ORDER BY seq")
            records[1].payload = "{\"sampah\":true}"
            var previous = records[0].previousHash
            for index in records.indices {
                records[index].previousHash = previous
                records[index].hash = records[index].computedHash
                previous = records[index].hash
                try db.execute(sql: "UPDATE case_event SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                               arguments: [records[index].payload, records[index].previousHash, records[index].hash, records[index].seq])
            }
            try db.execute(sql: "UPDATE case_log_head SET hash = ? WHERE id = 1", arguments: [previous])
        }
        let status = try workspace.run(["pembinaan", "status", "K-1"])
        #expect(status.status != 0)
        let verify = try workspace.run(["pembinaan", "verifikasi"])
        #expect(verify.status == 1, "\(verify.stdout)")
        #expect(verify.stdout.contains("peristiwa #2") && !verify.stdout.contains("Rantai utuh"))
    }
}
