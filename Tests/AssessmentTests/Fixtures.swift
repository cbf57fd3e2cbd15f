import Assessment
import Catalog
import Core
import Foundation
import XMLSupport

/// Small catalogs and the real policy for hand-computed cases.
enum Fixtures {
    /// The package root: three levels above this file.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let schemaPath = packageRoot + "/Standards/schema/penilaian.xsd"

    /// The compiled `penilaian.xsd` of the package.
    static func schema() throws -> XMLSchema {
        try XMLSchema(path: schemaPath)
    }

    /// `Standards/penilaian.xml` as shipped.
    static func policy() throws -> ScoringPolicy {
        try PolicyLoader.load(path: packageRoot + "/Standards/penilaian.xml", schema: schema())
    }

    static func control(_ id: String, weight: Int, mandatory: Bool = false, rules: [String] = []) -> Control {
        Control(id: id, title: LocalizedText(id: "Kontrol \(id)"), requirement: LocalizedText(id: "Persyaratan \(id)"),
                weight: weight, mandatory: mandatory,
                evidenceRules: rules.map { EvidenceRule(id: $0, kind: .rekaman, patterns: ["rekaman-*"]) })
    }

    static func standard(_ id: String, _ controls: [Control]) -> Standard {
        Standard(id: id, number: Int(id.dropFirst()) ?? 0, name: LocalizedText(id: "Standar \(id)"), controls: controls)
    }

    static func catalog(_ standards: [Standard], version: String = "1.0") -> StandardsCatalog {
        StandardsCatalog(version: version, effective: "2026-01-01", standards: standards)
    }

    /// Two standards, four controls each, weights 3-3-1-2 and 3-3-2-2 (as S01 and S02).
    static func twoStandards() -> StandardsCatalog {
        catalog([
            standard("S01", [control("S01.1", weight: 3, mandatory: true, rules: ["S01.1.E1"]),
                             control("S01.2", weight: 3, mandatory: true, rules: ["S01.2.E1"]),
                             control("S01.3", weight: 1, rules: ["S01.3.E1", "S01.3.E2"]),
                             control("S01.4", weight: 2, rules: ["S01.4.E1"])]),
            standard("S02", [control("S02.1", weight: 3, mandatory: true, rules: ["S02.1.E1"]),
                             control("S02.2", weight: 3, mandatory: true, rules: ["S02.2.E1"]),
                             control("S02.3", weight: 2, rules: ["S02.3.E1"]),
                             control("S02.4", weight: 2, mandatory: true, rules: ["S02.4.E1"])]),
        ])
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    static func write(_ text: String, name: String = "penilaian.xml") throws -> String {
        let folder = NSTemporaryDirectory() + "patuh-assessment-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
