import Core
import XMLSupport

/// The checks on a whole catalog that an XSD cannot express.
enum CatalogConsistency {
    static func check(_ catalog: StandardsCatalog, catalogFile: String, listedLines: [Int]) -> [XMLDiagnostic] {
        var problems: [XMLDiagnostic] = []
        func problem(_ location: SourceLocation, _ message: String) {
            problems.append(XMLDiagnostic(file: location.file, line: location.line, message: message))
        }

        if catalog.standards.count != CatalogLoader.standardCount {
            problems.append(XMLDiagnostic(file: catalogFile, line: listedLines.first ?? 0,
                message: "the catalog lists \(catalog.standards.count) standards; LKPP defines exactly \(CatalogLoader.standardCount) (S01 to S17)"))
        }
        var firstSeen: [String: SourceLocation] = [:]
        func unique(_ id: String, _ what: String, _ location: SourceLocation) {
            if let earlier = firstSeen[id] {
                problem(location, "duplicate \(what) id '\(id)': already defined at \(earlier)")
            } else {
                firstSeen[id] = location
            }
        }

        for (index, standard) in catalog.standards.enumerated() {
            let expectedNumber = index + 1
            let expectedId = "S" + (expectedNumber < 10 ? "0" : "") + String(expectedNumber)
            if standard.number != expectedNumber || standard.id != expectedId {
                problem(standard.source, "standard \(standard.id) (number \(standard.number)) is at position \(expectedNumber) of the catalog; expected \(expectedId) with number \(expectedNumber)")
            }
            if standard.id != "S" + (standard.number < 10 ? "0" : "") + String(standard.number) {
                problem(standard.source, "standard id \(standard.id) does not match its number \(standard.number)")
            }
            if standard.folder != standard.id && !standard.folder.hasPrefix(standard.id + "-") {
                problem(standard.source, "folder '\(standard.folder)' must be the standard id, optionally followed by '-slug'")
            }
            unique(standard.id, "standard", standard.source)
            for control in standard.controls {
                unique(control.id, "control", control.source)
                if !control.id.hasPrefix(standard.id + ".") {
                    problem(control.source, "control id '\(control.id)' must start with its standard's id '\(standard.id).'")
                }
                for rule in control.evidenceRules {
                    unique(rule.id, "evidence rule", rule.source)
                    if !rule.id.hasPrefix(control.id + ".E") {
                        problem(rule.source, "evidence rule id '\(rule.id)' must start with its control's id '\(control.id).E'")
                    }
                }
            }
        }

        // References between rules.
        let ruleIds = Set(catalog.standards.flatMap(\.evidenceRules).map(\.id))
        for rule in catalog.standards.flatMap(\.evidenceRules) {
            for used in rule.uses {
                if used == rule.id {
                    problem(rule.source, "evidence rule '\(rule.id)' uses itself")
                } else if !ruleIds.contains(used) {
                    problem(rule.source, "evidence rule '\(rule.id)' uses '\(used)', which no standard defines")
                }
            }
        }
        // Register cross-references: the rule named exists, checks a register, and declares the key.
        for rule in catalog.standards.flatMap(\.evidenceRules) {
            guard case .register(let register) = rule.content else { continue }
            for reference in register.references where reference.rule != rule.id {
                guard let target = catalog.rule(reference.rule)?.rule else {
                    problem(rule.source, "the <reference> of '\(rule.id)' names rule '\(reference.rule)', which no standard defines")
                    continue
                }
                guard case .register(let referenced) = target.content else {
                    problem(rule.source, "the <reference> of '\(rule.id)' names rule '\(reference.rule)', which has no <register> check to find its key column in")
                    continue
                }
                if referenced.column(reference.key) == nil {
                    problem(rule.source, "the <reference> of '\(rule.id)' names key column '\(reference.key)' of '\(reference.rule)', whose <register> declares no such <column>")
                }
            }
        }
        return problems + checkCitations(catalog)
    }
}
