import Foundation
public import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The workspace database: `.patuh/registry.sqlite` under the workspace root.
///
/// SQLite in WAL mode through a GRDB `DatabasePool`, so readers never block the writer and two
/// `patuh` processes on one workspace both finish (the second waits for the first's write lock).
/// The schema is built by migrations; every feature registers its own in ``migrations``.
///
/// Opening never overwrites a file that is not a database: it fails with
/// ``StoreError/Code/notADatabase`` and leaves the file as it was.
///
/// ## Topics
/// - ``open(workspace:)``
/// - ``open(path:)``
/// - ``pool``
public final class PatuhDatabase: Sendable {
    /// The folder, relative to the workspace root, that holds Patuh's own files.
    public static let folderName = ".patuh"
    /// The database file name inside ``folderName``.
    public static let fileName = "registry.sqlite"

    /// A named migration. Names are stable forever: a migration once released never changes.
    public struct Migration: Sendable {
        public var name: String
        public var migrate: @Sendable (Database) throws -> Void

        public init(name: String, migrate: @escaping @Sendable (Database) throws -> Void) {
            self.name = name
            self.migrate = migrate
        }
    }

    /// Every migration, in the order they run: one line per feature, appended in release order.
    public static let migrations: [Migration] = [
        [Migration](),
        AssessmentSchema.migrations,
        CaseLogSchema.migrations,
        EvidenceSchema.migrations,
        FormatSchema.migrations,
        PaketSchema.migrations,
        ContentCacheSchema.migrations,
    ].flatMap { $0 }

    /// The connection pool.
    public let pool: DatabasePool
    /// The database file.
    public let path: String

    private init(pool: DatabasePool, path: String) {
        self.pool = pool
        self.path = path
    }

    /// Opens (creating if needed) the database of the workspace rooted at `workspace`.
    public static func open(workspace: String) throws(StoreError) -> PatuhDatabase {
        let folder = (workspace as NSString).appendingPathComponent(folderName)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(code: .unavailable, path: folder, message: "cannot create the folder for Patuh's database: \(error.localizedDescription)")
        }
        return try open(path: (folder as NSString).appendingPathComponent(fileName))
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public static func open(path: String) throws(StoreError) -> PatuhDatabase {
        try open(path: path, migrations: migrations)
    }

    /// Opens the database at `path` with an explicit list of migrations (tests use their own).
    public static func open(path: String, migrations: [Migration]) throws(StoreError) -> PatuhDatabase {
        try refuseNonDatabase(at: path)
        var configuration = Configuration()
        // Another patuh process may hold the write lock for a while (a large scan): wait for it.
        configuration.busyMode = .timeout(120)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        // Two processes opening a new database at once would both see no migration applied
        // and both run the first one: opening and migrating hold an exclusive lock on the
        // database's folder (advisory, released when this returns or the process dies).
        let folderLock = FolderLock(folder: (path as NSString).deletingLastPathComponent)
        defer { folderLock.unlock() }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            var migrator = DatabaseMigrator()
            for migration in migrations {
                migrator.registerMigration(migration.name, migrate: migration.migrate)
            }
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError(code: .tooNew, path: path,
                                 message: "the database was written by a newer version of Patuh; upgrade Patuh to use it")
            }
            try migrator.migrate(pool)
            return PatuhDatabase(pool: pool, path: path)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError(code: .notADatabase, path: path,
                             message: "this file is not a Patuh database (SQLite says: \(error.message ?? "file is not a database")); move it away, Patuh will not overwrite it")
        } catch {
            throw StoreError(code: .unavailable, path: path, message: "cannot open the database: \(error)")
        }
    }

    /// Checks the first bytes of an existing, non-empty file for SQLite's header, so that
    /// nothing (not even WAL set-up) touches a file that is something else.
    /// The file is opened without blocking and must be a regular file: a FIFO in its place
    /// would otherwise stall every command.
    private static func refuseNonDatabase(at path: String) throws(StoreError) {
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw StoreError(code: .notADatabase, path: path,
                             message: "this is not a regular file, so not a Patuh database; move it away, Patuh will not overwrite it")
        }
        var header = [UInt8](repeating: 0, count: 16)
        let count = Glibc.read(fd, &header, header.count)
        if count <= 0 { return }
        if header.prefix(count) != Array("SQLite format 3\u{0}".utf8)[...] {
            throw StoreError(code: .notADatabase, path: path,
                             message: "this file is not a Patuh database (no SQLite header); move it away, Patuh will not overwrite it")
        }
    }
}

/// An exclusive `flock` on a folder, held from creation until ``unlock()``.
private struct FolderLock {
    private let descriptor: Int32

    init(folder: String) {
        descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        }
    }

    func unlock() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
