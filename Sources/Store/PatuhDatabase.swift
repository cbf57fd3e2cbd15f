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

    /// How a command uses the database.
    public enum Access: Sendable, Hashable {
        /// Opens (creating and migrating when needed) for reading and writing.
        case readWrite
        /// Opens for reading only: never creates, migrates or writes. A missing database reads as
        /// an empty one; an unwritable file or folder (a 444 file, a read-only file system) is read
        /// from a private copy.
        case readOnly
    }

    /// How long to wait for another process (its lock on the folder, or its write transaction)
    /// and what to say when waiting starts.
    public struct Waiting: Sendable {
        public var seconds: Double
        public var notice: @Sendable (String) -> Void

        public init(seconds: Double = 120, notice: @escaping @Sendable (String) -> Void = { _ in }) {
            self.seconds = seconds
            self.notice = notice
        }
    }

    /// The connections: a `DatabasePool` for a writer, a read-only `DatabaseQueue` for a reader.
    public let pool: any DatabaseWriter
    /// The database file.
    public let path: String
    /// Whether this database refuses writes.
    public let access: Access
    /// A private copy read instead of an unwritable file, removed when this value goes.
    private let snapshotFolder: String?

    private init(pool: any DatabaseWriter, path: String, access: Access = .readWrite, snapshotFolder: String? = nil) {
        self.pool = pool
        self.path = path
        self.access = access
        self.snapshotFolder = snapshotFolder
    }

    deinit {
        if let snapshotFolder { try? FileManager.default.removeItem(atPath: snapshotFolder) }
    }

    /// The database file of the workspace rooted at `workspace`.
    public static func path(workspace: String) -> String {
        ((workspace as NSString).appendingPathComponent(folderName) as NSString).appendingPathComponent(fileName)
    }

    /// Opens the database of the workspace rooted at `workspace` (creating it when writing).
    public static func open(workspace: String, access: Access = .readWrite,
                            waiting: Waiting = Waiting()) throws(StoreError) -> PatuhDatabase {
        let folder = (workspace as NSString).appendingPathComponent(folderName)
        if access == .readOnly {
            return try openReadOnly(path: path(workspace: workspace), migrations: migrations, waiting: waiting)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(code: .unavailable, path: folder, message: "cannot create the folder for Patuh's database: \(error.localizedDescription)")
        }
        return try open(path: (folder as NSString).appendingPathComponent(fileName), migrations: migrations, waiting: waiting)
    }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public static func open(path: String) throws(StoreError) -> PatuhDatabase {
        try open(path: path, migrations: migrations)
    }

    /// Opens the database at `path` with an explicit list of migrations (tests use their own).
    public static func open(path: String, migrations: [Migration], waiting: Waiting = Waiting()) throws(StoreError) -> PatuhDatabase {
        try refuseNonDatabase(at: path)
        // Two processes opening a new database at once would both see no migration applied
        // and both run the first one: opening and migrating hold an exclusive lock on the
        // database's folder (advisory, released when this returns or the process dies). The
        // check below runs under it too: outside, it could read a database another process has
        // just created and not yet migrated.
        let folderLock = try FolderLock(folder: (path as NSString).deletingLastPathComponent, waiting: waiting, path: path)
        defer { folderLock.unlock() }
        // A database of a newer Patuh is refused before anything (WAL set-up, a migration) touches it.
        if let size = try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int, size > 0 {
            _ = try openReadOnly(path: path, migrations: migrations, requireCurrent: false, waiting: waiting)
        }
        var configuration = Configuration()
        // Another patuh process may hold the write lock for a while (a large scan): wait for it,
        // saying so, and give up after `waiting.seconds`.
        configuration.busyMode = .callback(BusyWait(waiting: waiting, path: path).callback)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = migrator(migrations)
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw tooNew(path)
            }
            try migrator.migrate(pool)
            return PatuhDatabase(pool: pool, path: path)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw failure(error, path: path)
        } catch {
            throw StoreError(code: .unavailable, path: path, message: "cannot open the database: \(error)")
        }
    }

    /// Opens the database at `path` for reading only, never migrating. A missing file reads as an
    /// empty database; an unwritable one is read from a private copy; an older schema is refused
    /// (when `requireCurrent`), a newer one always. A lock held by another process is waited for
    /// as ``open(path:migrations:waiting:)`` waits.
    public static func openReadOnly(path: String, migrations: [Migration] = migrations,
                                    requireCurrent: Bool = true, waiting: Waiting = Waiting()) throws(StoreError) -> PatuhDatabase {
        let migrator = migrator(migrations)
        guard FileManager.default.fileExists(atPath: path) else {
            do {
                let empty = try DatabaseQueue()
                try migrator.migrate(empty)
                return PatuhDatabase(pool: empty, path: path, access: .readOnly)
            } catch {
                throw StoreError(code: .unavailable, path: path, message: "cannot prepare an empty database: \(error)")
            }
        }
        try refuseNonDatabase(at: path)
        var snapshot: String?
        var source = path
        let folder = (path as NSString).deletingLastPathComponent
        if Glibc.access(path, W_OK) != 0 || Glibc.access(folder.isEmpty ? "." : folder, W_OK) != 0 {
            // SQLite cannot read a WAL database it cannot write beside (its -shm file): read a copy.
            (snapshot, source) = try copyForReading(path)
        }
        var configuration = Configuration()
        configuration.readonly = true
        // A reader waits too: another process holds the file exclusively for a moment when it
        // sets up WAL, recovers it or checkpoints on close, and SQLite's default is to fail at
        // once (SQLITE_BUSY, code 5). Two scans started together failed that way now and then.
        configuration.busyMode = .callback(BusyWait(waiting: waiting, path: path).callback)
        do {
            let queue = try DatabaseQueue(path: source, configuration: configuration)
            let (superseded, current) = try queue.read { db in
                (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
            }
            if superseded { throw tooNew(path) }
            if requireCurrent && !current {
                throw StoreError(code: .outdated, path: path,
                                 message: "the database was written by an older Patuh; run a command that records (e.g. 'patuh bukti scan') once to bring it up to date")
            }
            return PatuhDatabase(pool: queue, path: path, access: .readOnly, snapshotFolder: snapshot)
        } catch let error as StoreError {
            if let snapshot { try? FileManager.default.removeItem(atPath: snapshot) }
            throw error
        } catch let error as DatabaseError {
            if let snapshot { try? FileManager.default.removeItem(atPath: snapshot) }
            throw failure(error, path: path)
        } catch {
            if let snapshot { try? FileManager.default.removeItem(atPath: snapshot) }
            throw StoreError(code: .unavailable, path: path, message: "cannot read the database: \(error)")
        }
    }

    /// Copies the database (and its WAL, when there is one) into a private temporary folder.
    private static func copyForReading(_ path: String) throws(StoreError) -> (String, String) {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("patuh-baca-\(getpid())-\(UUID().uuidString)")
        let copy = (folder as NSString).appendingPathComponent(fileName)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: path, toPath: copy)
            if FileManager.default.fileExists(atPath: path + "-wal") {
                try FileManager.default.copyItem(atPath: path + "-wal", toPath: copy + "-wal")
            }
            chmod(copy, 0o600)
        } catch {
            try? FileManager.default.removeItem(atPath: folder)
            throw StoreError(code: .unavailable, path: path, message: "cannot read the database: \(error.localizedDescription)")
        }
        return (folder, copy)
    }

    private static func migrator(_ migrations: [Migration]) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.name, migrate: migration.migrate)
        }
        return migrator
    }

    private static func tooNew(_ path: String) -> StoreError {
        StoreError(code: .tooNew, path: path,
                   message: "the database was written by a newer version of Patuh; upgrade Patuh to use it (nothing in it was changed)")
    }

    /// SQLite's failures in words a user can act on (no SQL, PRAGMA or GRDB internals).
    private static func failure(_ error: DatabaseError, path: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError(code: .notADatabase, path: path,
                              message: "this file is not a Patuh database (SQLite says: \(error.message ?? "file is not a database")); move it away, Patuh will not overwrite it")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            // The extended code tells a wait that ran out (5) from one SQLite refuses without
            // waiting (517, a stale snapshot; 261, recovery): support needs to know which.
            return StoreError(code: .busy, path: path,
                              message: "another patuh process is still writing to the database; nothing was changed, try again when it has finished (PATUH_TUNGGU sets how many seconds to wait; SQLite code \(error.extendedResultCode.rawValue))")
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError(code: .unavailable, path: path,
                              message: "the database cannot be written here (read-only file or file system); commands that only read still work")
        case .SQLITE_FULL:
            return StoreError(code: .unavailable, path: path, message: "the disk is full; nothing was changed")
        case .SQLITE_CORRUPT:
            return StoreError(code: .corrupt, path: path, message: "the database file is damaged (SQLite: \(error.message ?? "corrupt"))")
        default:
            return StoreError(code: .unavailable, path: path, message: "cannot open the database (SQLite: \(error.message ?? "\(error.resultCode)"))")
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

/// An exclusive `flock` on a folder, held from creation until ``unlock()``; waiting for another
/// process says so once and gives up after the waiting time.
private struct FolderLock {
    private let descriptor: Int32

    init(folder: String, waiting: PatuhDatabase.Waiting, path: String) throws(StoreError) {
        descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        let start = Date()
        var noticed = false
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { return }
            if !noticed {
                noticed = true
                waiting.notice(path)
            }
            if Date().timeIntervalSince(start) >= waiting.seconds {
                close(descriptor)
                throw StoreError(code: .busy, path: path,
                                 message: "another patuh process is still opening or upgrading the database; nothing was changed, try again when it has finished (PATUH_TUNGGU sets how many seconds to wait)")
            }
            usleep(50_000)
        }
    }

    func unlock() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// SQLite's busy handler: says once that it waits, sleeps a little between tries, gives up after
/// the waiting time.
private final class BusyWait: @unchecked Sendable {
    let waiting: PatuhDatabase.Waiting
    let path: String
    private let lock = NSLock()
    private var start: Date?
    private var noticed = false

    init(waiting: PatuhDatabase.Waiting, path: String) {
        self.waiting = waiting
        self.path = path
    }

    var callback: Database.BusyCallback {
        { [self] tries in
            let (begun, first): (Date, Bool) = lock.withLock {
                // Each lock SQLite waits for has its own waiting time (tries restarts at 0).
                if tries == 0 || start == nil { start = Date() }
                defer { noticed = true }
                return (start!, !noticed)
            }
            if first { waiting.notice(path) }
            guard Date().timeIntervalSince(begun) < waiting.seconds else { return false }
            usleep(20_000)
            return true
        }
    }
}
