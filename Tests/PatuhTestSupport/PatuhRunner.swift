import Foundation

/// Runs the built `patuh` executable, as a user or a CI pipeline would: the one runner every
/// end-to-end test uses.
public enum PatuhRunner {
    /// What one run produced.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// The package root (the folder holding Package.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `patuh` binary that sits beside the test bundle in the build folder.
    public static let executable: URL = {
        var folder = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("patuh")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/patuh")
    }()

    /// Runs `patuh arguments` in `directory`, optionally through a wrapper (e.g. `setpriv`).
    public static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
                           wrapper: [String] = [], input: String? = nil) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        if wrapper.isEmpty {
            return try program(executable.path, arguments, in: directory, environment: env, input: input)
        }
        return try program(wrapper[0], Array(wrapper.dropFirst()) + [executable.path] + arguments, in: directory,
                           environment: env)
    }

    /// Runs any program (`oscap`, `git`, a shell) with stdin closed and both outputs drained
    /// concurrently, so a large output cannot block the child.
    public static func program(_ path: String, _ arguments: [String], in directory: String? = nil,
                               environment: [String: String]? = nil, input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A `patuh` started in the background (a server): its first output line is awaited with
    /// ``Background/waitForLine(containing:)``; ``Background/stop()`` sends SIGTERM and waits.
    public final class Background: @unchecked Sendable {
        let process = Process()
        let out = Pipe()
        let err = Pipe()
        private var buffer = Data()

        init(_ arguments: [String], in directory: String?, environment: [String: String]) throws {
            var env = ProcessInfo.processInfo.environment
            env["NO_COLOR"] = "1"
            for (key, value) in environment { env[key] = value }
            process.executableURL = PatuhRunner.executable
            process.arguments = arguments
            process.environment = env
            if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
            process.standardOutput = out
            process.standardError = err
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        /// Reads standard output until a line contains `text` (nil when the process ends first).
        public func waitForLine(containing text: String) -> String? {
            while true {
                if let range = String(decoding: buffer, as: UTF8.self).range(of: text) {
                    let all = String(decoding: buffer, as: UTF8.self)
                    let start = all[..<range.lowerBound].lastIndex(of: "\n").map { all.index(after: $0) } ?? all.startIndex
                    let end = all[range.upperBound...].firstIndex(of: "\n") ?? all.endIndex
                    return String(all[start..<end])
                }
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { return nil }
                buffer.append(chunk)
            }
        }

        /// SIGTERM, then waits: the exit status and standard error.
        public func stop() -> (status: Int32, stderr: String) {
            if process.isRunning { process.terminate() }
            let errors = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
        }

        public var isRunning: Bool { process.isRunning }

        /// The process id (for a test that sends a signal of its own, e.g. SIGKILL).
        public var processIdentifier: Int32 { process.processIdentifier }

        /// Waits for the process to end (after a signal sent by the caller); its exit status.
        public func waitForExit() -> Int32 {
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// Starts `patuh arguments` in the background.
    public static func start(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:]) throws -> Background {
        try Background(arguments, in: directory, environment: environment)
    }

    /// Starts any program in the background with its output discarded (a WebDriver server); the
    /// caller terminates it.
    public static func startProgram(_ path: String, _ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// A fresh temporary folder.
    public static func temporaryFolder(_ prefix: String = "patuh-e2e") throws -> String {
        let path = NSTemporaryDirectory() + prefix + "-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

extension PatuhRunner.Result {
    /// stdout parsed as a JSON object (empty when it is not one).
    public var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any] ?? [:]
    }

    /// The same as ``object``.
    public var json: [String: Any] { object }
}
