import Foundation

/// A scratch workspace for the evidence commands, run against the repository's Standards/.
struct EvidenceWorkspace {
    let root: String

    /// An empty workspace (with `Evidence/`), or a copy of the repository's sample.
    init(sample: Bool = false) throws {
        root = sample ? try TestWorkspace.create("patuh-bukti", copying: ["Evidence", "patuh.xml"])
            : try TestWorkspace.create("patuh-bukti", copying: [], folders: ["Evidence"])
    }

    static let standards = PatuhRunner.packageRoot.path + "/Standards"

    /// How many regular files the workspace's Evidence/ holds, counted independently of Patuh.
    var evidenceFileCount: Int {
        let enumerator = FileManager.default.enumerator(atPath: root + "/Evidence")
        var count = 0
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/Evidence/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                count += 1
            }
        }
        return count
    }
    static let referenceNow = "2026-11-25T09:00:00+07:00"

    /// Runs `patuh <command...> ROOT --standards ... <options...>`.
    func run(_ command: [String], _ options: [String] = [], environment: [String: String] = [:],
             wrapper: [String] = []) throws -> PatuhRunner.Result {
        try PatuhRunner.run(command + [root, "--standards", Self.standards] + options, environment: environment, wrapper: wrapper)
    }

    /// Runs `patuh periksa` at the reference instant.
    func periksa(_ options: [String] = [], environment: [String: String] = [:]) throws -> PatuhRunner.Result {
        try run(["periksa"], ["--now", Self.referenceNow] + options, environment: environment)
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let path = root + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    var database: String { root + "/.patuh/registry.sqlite" }
}

extension PatuhRunner.Result {
    /// The `rules` of a periksa JSON report whose status is not `ok`, as rule → status.
    var failingRules: [String: String] {
        let rules = object["rules"] as? [[String: Any]] ?? []
        var result: [String: String] = [:]
        for rule in rules where rule["status"] as? String != "ok" {
            result[rule["rule"] as? String ?? ""] = rule["status"] as? String
        }
        return result
    }

    /// The `files` of a periksa JSON report with a status in `statuses`, as path → status
    /// (keys compare by Swift's canonical equivalence: count NFC/NFD twins from `object`).
    func files(with statuses: Set<String>) -> [String: String] {
        let files = object["files"] as? [[String: Any]] ?? []
        var result: [String: String] = [:]
        for file in files {
            if let status = file["status"] as? String, statuses.contains(status) { result[file["path"] as? String ?? ""] = status }
        }
        return result
    }
}
