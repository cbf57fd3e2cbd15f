import ArgumentParser
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
        version: version,
        subcommands: [
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
        ]
    )

    public init() {}

    /// Parses the arguments, runs the command, and exits with Patuh's exit codes.
    public static func runMain(arguments: [String]? = nil) -> Never {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            exit(withError: error)
        }
        do {
            var runnable = command
            try runnable.run()
            Foundation.exit(ExitStatus.success)
        } catch let failure as CommandFailure {
            failure.lines.forEach(Console.error)
            Foundation.exit(failure.status)
        } catch let failure as WorkspaceError {
            failure.lines((command as? any LocalizedCommand)?.language ?? .id).forEach(Console.error)
            Foundation.exit(failure.kind.exitStatus)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch where isArgumentParserError(error) {
            // Help, version, and usage errors raised while running (e.g. a bare group command).
            exit(withError: error)
        } catch {
            Console.error("patuh: internal error: \(error)")
            Foundation.exit(ExitStatus.internalError)
        }
    }

    /// Errors of swift-argument-parser (help requests, clean exits, usage errors) are its to print.
    private static func isArgumentParserError(_ error: any Error) -> Bool {
        error is CleanExit || error is ValidationError
            || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}
