import Foundation

/// The `harikerja` suites' workspace: only the bundled calendar (Standards/kalender and its schema).
enum PatuhBinary {
    static let packageRoot = TestWorkspace.packageRoot

    /// A fresh workspace holding a copy of the bundled calendar.
    static func workspace() throws -> String {
        try TestWorkspace.create("patuh-e2e", copying: ["Standards/kalender", "Standards/schema/kalender.xsd"])
    }

    /// Runs `patuh arguments...` in `directory` (through the one runner).
    static func run(_ arguments: [String], in directory: String) throws -> PatuhRunner.Result {
        try PatuhRunner.run(arguments, in: directory)
    }
}
