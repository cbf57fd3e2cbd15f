import Catalog
import Core
import Foundation

/// Small catalogs built in code, so the pure core is tested without the XML files.
enum TestCatalog {
    static func rule(_ id: String, _ kind: EvidenceKind = .rekaman, patterns: [String] = [], uses: [String] = [],
                     min: Int = 1, fresh: Int? = nil, window: Bool = false, fiscalYear: Bool = false, signed: Bool = false) -> EvidenceRule {
        EvidenceRule(id: id, kind: kind, patterns: patterns, uses: uses, minimumCount: min, freshnessDays: fresh,
                     validityWindow: window, fiscalYear: fiscalYear, signatureExpected: signed)
    }

    static func control(_ id: String, _ rules: [EvidenceRule]) -> Control {
        Control(id: id, title: LocalizedText(id: id), requirement: LocalizedText(id: id), weight: 3, mandatory: true,
                evidenceRules: rules)
    }

    /// S01 (a policy, signed, reused), S03 (an SK with a window, a register with 365 days,
    /// a daily log with 7 days, a DPA of the fiscal year, an optional record).
    static let catalog = StandardsCatalog(version: "test", effective: "2026-01-01", standards: [
        Standard(id: "S01", number: 1, folder: "S01-kebijakan", name: LocalizedText(id: "Kebijakan"), controls: [
            control("S01.1", [rule("S01.1.E1", .kebijakan, patterns: ["kebijakan-*"], signed: true)]),
            control("S01.2", [rule("S01.2.E1", .kebijakan, patterns: ["kebijakan-*keamanan*"], uses: ["S01.1.E1"], signed: true)]),
            control("S01.3", [rule("S01.3.E1", .kebijakan, uses: ["S01.2.E1"], signed: true)]),
        ]),
        Standard(id: "S03", number: 3, folder: "S03-aset", name: LocalizedText(id: "Aset"), controls: [
            control("S03.1", [rule("S03.1.E1", .sk, patterns: ["sk-*aset*"], window: true, signed: true),
                              rule("S03.1.E2", .prosedur, patterns: ["sop-*aset*"], signed: true)]),
            control("S03.2", [rule("S03.2.E1", .register, patterns: ["register-aset*"], fresh: 365),
                              rule("S03.2.E2", .rekaman, patterns: ["log-harian*"], fresh: 7),
                              rule("S03.2.E3", .rekaman, patterns: ["dpa-*"], fiscalYear: true),
                              rule("S03.2.E4", .rekaman, patterns: ["ba-*"], min: 0, fresh: 30)]),
        ]),
    ])

    /// An instant at 09:00 WIB on `date`.
    static func instant(_ date: String, time: String = "09:00:00+07:00") -> Date {
        Instant(iso8601: "\(date)T\(time)")!.date
    }

    /// The repository's Standards/schema folder.
    static let schemaDirectory: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Standards/schema").path
    }()
}
