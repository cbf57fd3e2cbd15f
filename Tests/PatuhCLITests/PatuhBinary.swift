import Foundation

/// Runs the built `patuh` executable in a scratch workspace, as a user would.
struct PatuhBinary {
    /// What one run produced.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// stdout parsed as a JSON object (empty when it is not one).
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(stdout.utf8))) as? [String: Any] ?? [:]
        }
    }

    /// The package root: three levels above this file (Tests/PatuhCLITests/PatuhBinary.swift).
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The `patuh` built next to the test bundle, falling back to `.build/debug/patuh`.
    static let executable: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("patuh").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return packageRoot + "/.build/debug/patuh"
    }()

    /// A fresh workspace holding a copy of the bundled calendar (Standards/kalender, its schema).
    static func workspace() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("patuh-e2e-\(UUID().uuidString)").path
        let files = FileManager.default
        try files.createDirectory(atPath: folder + "/Standards/schema", withIntermediateDirectories: true)
        try files.copyItem(atPath: packageRoot + "/Standards/kalender", toPath: folder + "/Standards/kalender")
        try files.copyItem(atPath: packageRoot + "/Standards/schema/kalender.xsd",
                           toPath: folder + "/Standards/schema/kalender.xsd")
        return folder
    }

    /// Runs `patuh arguments...` with `directory` as the working directory.
    static func run(_ arguments: [String], in directory: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
