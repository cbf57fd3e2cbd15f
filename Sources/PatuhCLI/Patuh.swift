import ArgumentParser
import Catalog
import Core
import Foundation
import Workspace

/// The `patuh` command: LKPP's 17 LPSE standards, the evidence that proves them,
/// self and factual assessment, and the sanction ladder.
public struct Patuh: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "patuh",
        abstract: "Check an LPSE against LKPP's 17 standards of service, capacity and information security.",
        discussion: """
        Patuh reads the standards from Standards/ (XML checked by an XSD), the LPSE's documents from \
        Evidence/, and writes reports to Reports/.

        Exit codes: 0 success; 1 the thing checked falls short; 2 invalid input (files, argument \
        values); 64 usage error; 70 internal error.
        """,
        version: versionLine,
        subcommands: [
            InitCommand.self,
            AssessCommand.self,
            ReportCommand.self,
            StandardsCommand.self,
            HariKerjaCommand.self,
            PenilaianCommand.self,
            PembinaanCommand.self,
            CertificateCommand.self,
            BuktiCommand.self,
            PeriksaCommand.self,
            EksporCommand.self,
            ImporCommand.self,
            KunciCommand.self,
            PaketCommand.self,
            ProfilCommand.self,
            ServerCommand.self,
            BukaCommand.self,
        ]
    )

    /// `patuh --version`: Patuh's version and the catalog it carries (and an override in force).
    static var versionLine: String {
        var line = version + ", " + Messages(.en).text("version.catalog", ["version": EmbeddedStandards.version, "source": "embedded"])
        if let folder = ProcessInfo.processInfo.environment["PATUH_STANDARDS"], !folder.isEmpty {
            line += "; PATUH_STANDARDS=\(folder) overrides it"
        }
        return line
    }

    public init() {}

    /// Parses the arguments, runs the command, and exits with Patuh's exit codes.
    public static func runMain(arguments: [String]? = nil) -> Never {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            exit(withError: error)
        }
        commandLanguage = language(of: command)
        do {
            var runnable = command
            try runnable.run()
            Foundation.exit(ExitStatus.success)
        } catch let failure as CommandFailure {
            failure.lines.forEach(Console.error)
            Foundation.exit(failure.status)
        } catch let failure as LocalizedFailure {
            failure.lines(language(of: command)).forEach(Console.error)
            Foundation.exit(failure.status)
        } catch let failure as WorkspaceError {
            failure.lines(language(of: command)).forEach(Console.error)
            Foundation.exit(failure.kind.exitStatus)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch where isArgumentParserError(error) {
            // Help, version, and usage errors raised while running (e.g. a bare group command).
            exit(withError: error)
        } catch {
            Console.error(Messages(language(of: command)).text("support.internal", ["detail": "\(error)"]))
            Foundation.exit(ExitStatus.internalError)
        }
    }

    /// The language of the command being run, for lines printed below it (a wait notice).
    nonisolated(unsafe) static var commandLanguage: Language = .id

    /// The language a command speaks (`--lang`), Indonesian for a command without one.
    private static func language(of command: any ParsableCommand) -> Language {
        (command as? any LocalizedCommand)?.language ?? .id
    }

    /// Errors of swift-argument-parser (help requests, clean exits, usage errors) are its to print.
    private static func isArgumentParserError(_ error: any Error) -> Bool {
        error is CleanExit || error is ValidationError
            || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}

/// A failure raised below a command (writing a file, reading the clock, loading the catalog), whose
/// lines come from the message catalog in the language of the command that fails: ``Patuh/runMain(arguments:)``
/// renders them with the command's `--lang`.
struct LocalizedFailure: Error {
    var status: Int32
    var render: @Sendable (Language) -> [String]

    init(status: Int32, render: @escaping @Sendable (Language) -> [String]) {
        self.status = status
        self.render = render
    }

    /// One catalog message, with `before` (language-free lines such as diagnostics) ahead of it.
    init(status: Int32, before: [String] = [], _ key: String, _ values: [String: String] = [:]) {
        self.init(status: status) { language in before + [Messages(language).text(key, values)] }
    }

    func lines(_ language: Language) -> [String] { render(language) }
}
