import Foundation
import GRDB
import Testing
@testable import Store

@Suite struct PatuhDatabaseTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "patuh-store-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test func createsTheDatabaseInWALModeUnderDotPatuh() throws {
        let database = try PatuhDatabase.open(workspace: folder)
        #expect(database.path == folder + "/.patuh/registry.sqlite")
        let mode = try database.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func runsMigrationsOnceAndInOrder() throws {
        let path = folder + "/test.sqlite"
        let migrations = [
            PatuhDatabase.Migration(name: "one") { try $0.execute(sql: "CREATE TABLE a (x INTEGER)") },
            PatuhDatabase.Migration(name: "two") { try $0.execute(sql: "ALTER TABLE a ADD COLUMN y TEXT") },
        ]
        _ = try PatuhDatabase.open(path: path, migrations: migrations)
        let again = try PatuhDatabase.open(path: path, migrations: migrations)
        let columns = try again.pool.read { try $0.columns(in: "a").map(\.name) }
        #expect(columns == ["x", "y"])
    }

    @Test func refusesANewerDatabase() throws {
        let path = folder + "/newer.sqlite"
        _ = try PatuhDatabase.open(path: path, migrations: [
            .init(name: "one") { try $0.execute(sql: "CREATE TABLE a (x)") },
            .init(name: "from-the-future") { try $0.execute(sql: "CREATE TABLE b (x)") },
        ])
        #expect { try PatuhDatabase.open(path: path, migrations: [.init(name: "one") { _ in }]) } throws: { error in
            (error as? StoreError)?.code == .tooNew
        }
    }

    @Test func refusesAFileThatIsNotADatabaseAndLeavesItAlone() throws {
        let path = folder + "/registry.sqlite"
        let content = Data("this is a spreadsheet export, not SQLite\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        #expect { try PatuhDatabase.open(path: path) } throws: { error in
            (error as? StoreError)?.code == .notADatabase
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }
}
