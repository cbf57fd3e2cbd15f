import Foundation

/// Runs `patuh harikerja` end to end in a scratch workspace holding a copy of the calendar.
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

    /// Runs `patuh arguments...` with `directory` as the working directory (through ``PatuhRunner``).
    static func run(_ arguments: [String], in directory: String) throws -> Result {
        let result = try PatuhRunner.run(arguments, in: directory)
        return Result(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }
}
