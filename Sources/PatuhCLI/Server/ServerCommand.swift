#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Core
import Dispatch
import Foundation
import Paket
import Portfolio
import Server
import WebSupport
import Workspace

extension UserRole: ExpressibleByArgument {}

/// `patuh server`: LKPP's portfolio of every LPSE as a web application.
struct ServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "server",
        abstract: "LKPP's web application: the portfolio of every LPSE, deadlines, certificates, paket upload.",
        discussion: """
        Data lives under --data (PATUH_SERVER_DATA): portfolio.sqlite, received files in berkas/sha256/, \
        LKPP's workspace in lkpp/ (case log, certificates, trust list kunci-percaya.txt: add each LPSE's \
        key with 'patuh server percaya FILE.pub').

        Examples:
          patuh server --data /srv/patuh --alamat 127.0.0.1:8080
          patuh server pengguna tambah admin --peran admin --data /srv/patuh
          patuh server cadangkan /backup/portfolio-2026-11-25.sqlite --data /srv/patuh
        """,
        subcommands: [ServeCommand.self, UserCommand.self, TrustCommand.self, ImportCommand.self, BackupCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}

/// Where the server's data is, shared by every `patuh server` command.
struct ServerDataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: "The data folder (default: $PATUH_SERVER_DATA, else ./patuh-server).")
    var data: String?
    @Option(name: .customLong("database"), help: "The portfolio database (default: $PATUH_DATABASE_URL, else DATA/portfolio.sqlite).")
    var database: String?
    @Option(name: .customLong("standards"), help: "The standards folder (default: PATUH_STANDARDS, else the catalog built into patuh).")
    var standards: String?
    @OptionGroup var now: NowOption
    @Option(help: "Language of the messages: id (Indonesian) or en (English).")
    var lang: Language = .id

    var environment: [String: String] { ProcessInfo.processInfo.environment }
    var dataFolder: String { data ?? environment["PATUH_SERVER_DATA"] ?? "patuh-server" }
    var databaseURL: String? { database ?? environment["PATUH_DATABASE_URL"] }

    func open() throws -> LKPPService {
        let clock = try now.clock()
        let cost = environment["PATUH_BCRYPT_COST"].flatMap(UInt8.init).map { min(max($0, 4), 31) } ?? 12
        let (data, database, standards) = (dataFolder, databaseURL, self.standards)
        return try ServerCLI.block { try await ServerRuntime.open(data: data, database: database, clock: clock, standards: standards, bcryptCost: cost) }
    }
}

/// A `patuh server` command: its data options carry the language too.
protocol ServerSubcommand: LocalizedCommand {
    var options: ServerDataOptions { get }
}

extension ServerSubcommand {
    var lang: Language { options.lang }
    var language: Language { options.lang }
}

/// Runs async work from a synchronous command and maps the server's refusals to exit codes.
enum ServerCLI {
    final class Box<T>: @unchecked Sendable { var result: Result<T, any Error>? }

    static func block<T>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let result = blockResult(body)
        return try call { try result.get() }
    }

    /// Maps service errors to Patuh's failures.
    static func call<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ServiceError {
            switch error {
            case .invalid(let key, let values): throw LocalizedFailure(status: ExitStatus.invalidInput, key, values)
            case .notFound(let key, let values): throw LocalizedFailure(status: ExitStatus.shortfall, key, values)
            case .refused(let refusal): throw refusal
            case .forbidden: throw LocalizedFailure(status: ExitStatus.shortfall, "web.error.notFound")
            }
        } catch let error as PortfolioError {
            throw LocalizedFailure(status: error.kind == .unavailable ? ExitStatus.internalError : ExitStatus.shortfall,
                                   "server.database.failed", ["detail": error.description])
        }
    }
}

/// `patuh server [jalankan] [--alamat HOST:PORT]`.
struct ServeCommand: ParsableCommand, ServerSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "jalankan",
        abstract: "Serve the site until SIGTERM or Ctrl-C (the default of 'patuh server').")

    @Option(name: .customLong("alamat"), help: "Address to listen on (default: $PATUH_SERVER_ALAMAT, else 127.0.0.1:8080; port 0 picks a free one).")
    var address: String?
    @Flag(name: .customLong("https-only"), help: "Mark cookies Secure (the site is served over HTTPS by a proxy in front).")
    var httpsOnly = false
    @Option(name: .customLong("batas-unggah"), help: "The largest paket accepted, in MiB (default 512).")
    var uploadLimit: Int = 512
    @OptionGroup var options: ServerDataOptions

    func run() throws {
        let text = address ?? options.environment["PATUH_SERVER_ALAMAT"] ?? "127.0.0.1:8080"
        guard let (host, port) = WebServer.parseAddress(text) else {
            throw LocalizedFailure(status: ExitStatus.invalidInput, "server.address.invalid", ["value": text])
        }
        let service = try options.open()
        let app = try ServerApp(service: service, options: ServerOptions(secureCookies: httpsOnly, uploadLimit: Int64(max(uploadLimit, 1)) * 1024 * 1024))
        let logger = ServerRuntime.logger()
        let language = lang
        let data = service.paths.data
        try ServerCLI.block {
            try await WebServer.run(router: app.router(), host: host, port: port, logger: logger) { bound in
                Console.out(Messages(language).text("server.out.running", ["url": "http://\(host):\(bound)", "data": data]))
                // Fold the case log now rather than in the first visitor's request.
                Task { await service.warmUp(logger: logger) }
            }
        }
    }
}

/// `patuh server pengguna tambah|nonaktif|daftar`.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pengguna",
        abstract: "Server accounts: add, deactivate, list.",
        subcommands: [AddUser.self, DeactivateUser.self, ListUsers.self])
}

struct AddUser: ParsableCommand, ServerSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "tambah",
        abstract: "Add an account; the password is read from standard input (or asked for without echo).",
        discussion: """
        Examples:
          patuh server pengguna tambah admin --peran admin
          printf '%s\\n' "$SANDI" | patuh server pengguna tambah budi --peran lpse --lpse lpse-kab-contoh
        """)

    @Argument(help: "The user name (lower-case letters, digits, '.', '_', '-').")
    var name: String
    @Option(name: .customLong("peran"), help: "admin, asesor or lpse.")
    var role: UserRole
    @Option(name: .customLong("lpse"), help: "The LPSE an lpse account is bound to.")
    var lpse: String?
    @Option(name: .customLong("nama-lengkap"), help: "The name shown on pages and recorded on case events.")
    var displayName: String?
    @OptionGroup var options: ServerDataOptions

    func run() throws {
        let password = try PasswordInput.read(prompt: Messages(lang).text("server.out.passwordPrompt"))
        let service = try options.open()
        let (name, displayName, role, lpse) = (self.name, self.displayName, self.role, self.lpse)
        let user = try ServerCLI.block { try await service.addUser(username: name, displayName: displayName, role: role, lpse: lpse, password: password) }
        Console.out(Messages(lang).text("server.out.userAdded", ["name": user.username, "role": user.role.rawValue]))
    }
}

struct DeactivateUser: ParsableCommand, ServerSubcommand {
    static let configuration = CommandConfiguration(commandName: "nonaktif", abstract: "Deactivate an account and end its sessions.")

    @Argument(help: "The user name.")
    var name: String
    @OptionGroup var options: ServerDataOptions

    func run() throws {
        let service = try options.open()
        let name = self.name
        try ServerCLI.block { try await service.deactivate(username: name) }
        Console.out(Messages(lang).text("server.out.userDeactivated", ["name": name]))
    }
}

struct ListUsers: ParsableCommand, ServerSubcommand {
    static let configuration = CommandConfiguration(commandName: "daftar", abstract: "List the accounts.")

    @OptionGroup var options: ServerDataOptions

    func run() throws {
        let service = try options.open()
        let users = try ServerCLI.block { try await service.store.users() }
        let words = Messages(lang)
        for user in users {
            let state = user.active ? words.text("web.users.active") : words.text("web.users.inactive")
            Console.out("\(user.username)\t\(user.role.rawValue)\t\(user.lpseId ?? "-")\t\(state)\t\(user.displayName)")
        }
    }
}

/// `patuh server impor DIR`: every `*.zip` of DIR through the same checks as an upload.
struct ImportCommand: ParsableCommand, ServerSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "impor",
        abstract: "Receive every paket (*.zip) of a folder, checked as an upload is; exit 1 when any is refused.")

    @Argument(help: "The folder of pakets.")
    var folder: String
    @Option(name: .customLong("oleh"), help: "The name recorded as uploader (default: impor).")
    var uploader: String = "impor"
    @OptionGroup var options: ServerDataOptions

    func run() throws {
        // Relative to where the command runs (LKPP's workspace would otherwise resolve it).
        let folder = URL(fileURLWithPath: self.folder).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LocalizedFailure(status: ExitStatus.invalidInput, "workspace.notAFolder", ["path": folder])
        }
        let service = try options.open()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".zip") }.sorted()
        let importer = UserAccount(username: uploader, displayName: uploader, role: .admin, lpseId: nil, passwordHash: "", createdAt: service.now)
        let words = Messages(lang)
        var refused = 0
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            let language = lang
            let outcome: Result<Submission, any Error> = ServerCLI.blockResult { try await service.receive(upload: path, by: importer) }
            switch outcome {
            case .success(let submission):
                Console.out(words.text("server.out.imported", ["file": name, "lpse": submission.lpseId,
                                                               "score": "\(submission.terpenuhi)/\(submission.standardCount)"]))
            case .failure(let error):
                refused += 1
                let reason: String = switch error as? ServiceError {
                case .refused(let refusal)?: refusal.lines(language).joined(separator: " ")
                case .invalid(let key, let values)?: words.text(key, values)
                default: "\(error)"
                }
                Console.error(words.text("server.out.importRefused", ["file": name, "reason": reason]))
            }
        }
        Console.out(words.text("server.out.importSummary", ["accepted": String(names.count - refused), "refused": String(refused)]))
        if refused > 0 { throw ExitCode(ExitStatus.shortfall) }
    }
}

extension ServerCLI {
    static func blockResult<T>(_ body: @escaping @Sendable () async throws -> T) -> Result<T, any Error> {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return box.result!
    }
}

/// `patuh server cadangkan FILE`: an online copy of the SQLite portfolio.
struct BackupCommand: ParsableCommand, ServerSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "cadangkan",
        abstract: "Copy the portfolio database to FILE while the server runs (SQLite's online backup). For PostgreSQL use pg_dump.")

    @Argument(help: "The backup file to write (must not exist).")
    var file: String
    @OptionGroup var options: ServerDataOptions

    func run() throws {
        let service = try options.open()
        guard let store = service.store as? SQLitePortfolioStore else {
            throw LocalizedFailure(status: ExitStatus.invalidInput, "server.backup.notSQLite")
        }
        do {
            try store.backup(to: file)
        } catch {
            throw LocalizedFailure(status: error.kind == .duplicate ? ExitStatus.invalidInput : ExitStatus.internalError,
                                   "server.backup.failed", ["path": file, "detail": error.description])
        }
        Console.out(Messages(lang).text("server.out.backedUp", ["path": file]))
    }
}

/// Reads a password: from standard input when it is not a terminal (one line), else asked for
/// on the terminal with echo off. Never from the command line.
enum PasswordInput {
    static func read(prompt: String) throws -> String {
        if isatty(STDIN_FILENO) == 0 {
            guard let line = Swift.readLine(strippingNewline: true), !line.isEmpty else {
                throw LocalizedFailure(status: ExitStatus.invalidInput, "server.user.noPassword")
            }
            return line
        }
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        var silent = original
        silent.c_lflag &= ~tcflag_t(ECHO)
        Console.errorInline(prompt)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        let line = Swift.readLine(strippingNewline: true)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &original)
        Console.error("")
        guard let line, !line.isEmpty else { throw LocalizedFailure(status: ExitStatus.invalidInput, "server.user.noPassword") }
        return line
    }
}

/// `patuh server percaya FILE.pub`: trust an LPSE's (or LKPP's) paket key on the server, through
/// the same use case as `patuh kunci percaya`, in LKPP's workspace under --data.
struct TrustCommand: ParsableCommand, ServerSubcommand {
    static let configuration = CommandConfiguration(
        commandName: "percaya", abstract: "Trust the public key(s) in FILE for pakets received by the server.")

    @Argument(help: "The public key file (NAME.pub from 'patuh kunci buat').")
    var file: String
    @OptionGroup var options: ServerDataOptions

    func run() throws {
        let service = try options.open()
        // Relative to where the command runs, not to LKPP's workspace.
        for record in try service.lkpp.trust(publicKeyFile: URL(fileURLWithPath: file).standardizedFileURL.path) {
            Console.out(record.text)
        }
    }
}
