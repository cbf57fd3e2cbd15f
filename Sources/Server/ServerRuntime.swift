public import Core
import Foundation
import Logging
public import Portfolio
import WebSupport

/// Opens what `patuh server` runs on: the data folder and the portfolio store.
public enum ServerRuntime {
    /// The store named by `database`: nil (the embedded default `DATA/portfolio.sqlite`), a
    /// `sqlite:` path or file path, or a `postgres://user:password@host:port/database` URL.
    public static func open(data: String, database: String?, clock: Clock, standards: String? = nil,
                            bcryptCost: UInt8 = 12) async throws -> LKPPService {
        // Absolute from here on: LKPP's workspace and the staging workspaces of an intake resolve
        // relative paths against themselves, not against where the command was started.
        let paths = ServerPaths(data: URL(fileURLWithPath: data).standardizedFileURL.path)
        do { try paths.prepare() } catch {
            throw ServiceError.invalid("server.data.unusable", ["path": paths.data, "detail": "\(error)"])
        }
        let store: any PortfolioStore
        if let database, !database.isEmpty {
            if database.hasPrefix("postgres://") || database.hasPrefix("postgresql://") {
                store = try await PostgresPortfolioStore(url: database)
            } else {
                let path = database.hasPrefix("sqlite:") ? String(database.dropFirst("sqlite:".count)) : database
                store = try SQLitePortfolioStore(path: path)
            }
        } else {
            store = try SQLitePortfolioStore(path: paths.database)
        }
        return LKPPService(store: store, paths: paths, clock: clock, standards: standards, bcryptCost: bcryptCost)
    }

    /// Makes a Logger writing JSON lines to standard error.
    public static func logger() -> Logger {
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label) }
        return Logger(label: "patuh.server")
    }
}
