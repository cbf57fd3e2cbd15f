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
                           wrapper: [String] = []) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        if wrapper.isEmpty {
            return try program(executable.path, arguments, in: directory, environment: env)
        }
        return try program(wrapper[0], Array(wrapper.dropFirst()) + [executable.path] + arguments, in: directory,
                           environment: env)
    }

    /// Runs any program (`oscap`, `git`, a shell) with stdin closed and both outputs drained
    /// concurrently, so a large output cannot block the child.
    public static func program(_ path: String, _ arguments: [String], in directory: String? = nil,
                               environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
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
