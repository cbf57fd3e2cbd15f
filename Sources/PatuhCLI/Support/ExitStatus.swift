import ArgumentParser
import Core
import Workspace

/// The exit codes of every Patuh command (also listed in the README).
public enum ExitStatus {
    /// Success: nothing falls short.
    public static let success: Int32 = 0
    /// The thing checked falls short (missing evidence, a standard not met, a guard refused).
    public static let shortfall: Int32 = 1
    /// Invalid input: a file, or an argument's value.
    public static let invalidInput: Int32 = 2
    /// A usage error: unknown command or option (EX_USAGE).
    public static let usage: Int32 = 64
    /// An internal error: a bug, or a fault Patuh cannot recover from (EX_SOFTWARE).
    public static let internalError: Int32 = 70
    /// Another patuh process held the workspace database longer than `PATUH_TUNGGU` seconds;
    /// nothing was changed, try again (EX_TEMPFAIL).
    public static let busy: Int32 = 75
}

/// A failure a command reports to the user: its lines go to stderr, then Patuh exits with `status`.
struct CommandFailure: Error {
    var status: Int32
    var lines: [String]

    init(status: Int32, _ lines: [String]) {
        self.status = status
        self.lines = lines
    }

    static func invalidInput(_ lines: String...) -> CommandFailure {
        CommandFailure(status: ExitStatus.invalidInput, lines)
    }
}

extension WorkspaceError.Kind {
    /// The exit code a front end on the command line gives this kind of failure.
    var exitStatus: Int32 {
        switch self {
        case .invalidInput: ExitStatus.invalidInput
        case .notFound, .refused, .corrupt: ExitStatus.shortfall
        case .unavailable: ExitStatus.internalError
        case .busy: ExitStatus.busy
        }
    }
}

/// A command whose messages follow its `--lang`.
protocol LocalizedCommand {
    var language: Language { get }
}
