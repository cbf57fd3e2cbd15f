import Foundation

/// A scratch copy of the repository's sample workspace (Standards, Evidence, patuh.xml) for
/// tests of the main job and the reports. File dates are kept, so freshness is as shipped.
struct SampleWorkspace {
    static let now = "2026-11-25T09:00:00+07:00"
    let root: String

    init() throws {
        root = try PatuhRunner.temporaryFolder("patuh-sample")
        let source = PatuhRunner.packageRoot.path
        for item in ["Standards", "Evidence", "patuh.xml"] {
            try FileManager.default.copyItem(atPath: source + "/" + item, toPath: root + "/" + item)
        }
    }

    /// Runs `patuh arguments` in the workspace at the sample's reference instant.
    func run(_ arguments: [String], now: String = SampleWorkspace.now) throws -> PatuhRunner.Result {
        try PatuhRunner.run(arguments, in: root, environment: ["PATUH_NOW": now])
    }

    func read(_ path: String) throws -> String {
        try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    func write(_ text: String, to path: String) throws {
        try text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
    }
}
