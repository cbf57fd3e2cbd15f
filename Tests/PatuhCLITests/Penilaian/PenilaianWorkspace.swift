import Foundation

/// A scratch workspace for `patuh penilaian` end-to-end tests: a copy of the shipped Standards
/// folder and of the sample answer files.
struct PenilaianWorkspace {
    let root: String

    static let packageRoot = PatuhRunner.packageRoot.path

    init() throws {
        root = try TestWorkspace.create(
            "patuh-penilaian", copying: ["Standards", "Evidence/penilaian-mandiri.xml", "Evidence/penilaian-faktual.xml"],
            files: ["bukti.json": "Tests/Fixtures/periksa-contoh.json"])
    }

    /// The sample mandiri (or faktual) file's text.
    func sample(_ kind: String = "mandiri") throws -> String {
        try String(contentsOfFile: root + "/Evidence/penilaian-\(kind).xml", encoding: .utf8)
    }

    /// Writes `text` as `name` in the workspace and returns its path relative to the workspace.
    @discardableResult
    func write(_ text: String, as name: String) throws -> String {
        try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8)
        return name
    }

    /// Runs `patuh arguments` in the workspace at a fixed instant.
    func run(_ arguments: [String]) throws -> PatuhRunner.Result {
        try PatuhRunner.run(arguments, in: root, environment: ["PATUH_NOW": "2026-11-25T09:00:00+07:00"])
    }

    /// The 1-based line of the first line containing `needle` in `text`.
    static func line(of needle: String, in text: String) -> Int? {
        text.components(separatedBy: "\n").firstIndex { $0.contains(needle) }.map { $0 + 1 }
    }
}

