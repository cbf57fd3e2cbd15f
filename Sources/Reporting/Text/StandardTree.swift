import Catalog
import Core

/// Renders a standard as an indented tree for the terminal, every basis as a full citation.
public struct StandardTree {
    public var standard: Standard
    public var catalog: StandardsCatalog
    public var language: Language

    public init(standard: Standard, catalog: StandardsCatalog, language: Language) {
        self.standard = standard
        self.catalog = catalog
        self.language = language
    }

    /// The message `key` in the tree's language.
    private func label(_ key: String, _ values: [String: String] = [:]) -> String {
        Core.Messages(language).text(key, values)
    }

    public func render() -> String {
        var lines: [String] = []
        lines.append("\(standard.id) \(standard.name.text(language))  (v\(standard.version), \(label("standards.tree.folder")) Evidence/\(standard.folder)/)")
        if !standard.aliases.isEmpty {
            let names = standard.aliases.map { alias in
                alias.name + (alias.sourceId.map { " (" + (catalog.source($0)?.short ?? $0) + ")" } ?? "")
            }
            lines.append("  \(label("standards.tree.aliases")): \(names.joined(separator: "; "))")
        }
        lines.append("  \(label("standards.tree.purpose")): \(standard.purpose.text(language))")
        lines.append("  \(label("standards.tree.role")): \(standard.role.text(language))")
        lines.append("  \(label("standards.tree.instrument")): \(standard.instrument.text(language))")
        for note in standard.notes {
            lines.append("  \(label("standards.tree.note")): \(note.text(language))")
        }
        for (index, control) in standard.controls.enumerated() {
            let last = index == standard.controls.count - 1
            let branch = last ? "└─ " : "├─ "
            let stem = last ? "   " : "│  "
            let flags = [
                "w\(control.weight)",
                label(control.mandatory ? "standards.tree.mandatory" : "standards.tree.optional"),
            ] + (control.infra ? ["infra"] : [])
            lines.append("  \(branch)\(control.id) \(control.title.text(language))  [\(flags.joined(separator: ", "))]")
            lines.append("  \(stem)   \(control.requirement.text(language))")
            lines.append("  \(stem)   \(label("standards.tree.guidance")): \(control.guidance.text(language))")
            lines.append("  \(stem)   \(label("standards.tree.basis")):")
            for basis in control.bases {
                lines.append("  \(stem)     - [\(basis.kind.rawValue)] \(basis.citation(in: catalog))")
            }
            if !control.isoMappings.isEmpty {
                lines.append("  \(stem)   ISO (\(label("standards.tree.inferred"))): " + isoSummary(control.isoMappings))
            }
            for rule in control.evidenceRules {
                lines.append("  \(stem)   • \(ruleSummary(rule))")
                if let note = rule.checkNote {
                    lines.append("  \(stem)       \(label("standards.tree.check")) \(rule.check.rawValue): \(note)")
                }
                if let content = rule.content {
                    lines += ContentCheckWords(language: language).lines(content).map { "  \(stem)       \($0)" }
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func ruleSummary(_ rule: EvidenceRule) -> String {
        var parts = [rule.id, rule.kind.rawValue]
        var sources = rule.patterns
        sources += rule.uses.map { "= \($0)" }
        parts.append(sources.joined(separator: " | "))
        parts.append("≥\(rule.minimumCount)")
        if rule.minimumPerStaff { parts.append(label("standards.tree.perStaff")) }
        if let days = rule.freshnessDays { parts.append(label("standards.tree.days", ["days": String(days)])) }
        if rule.validityWindow { parts.append(label("standards.tree.validity")) }
        if rule.fiscalYear { parts.append(label("standards.tree.fiscalYear")) }
        if rule.signatureExpected {
            parts.append(label("standards.tree.signed") + (rule.signer.map { " (\($0))" } ?? ""))
        }
        parts.append(rule.check.rawValue)
        return parts.joined(separator: " · ")
    }

    private func isoSummary(_ mappings: [ISOMapping]) -> String {
        var grouped: [(String, [String])] = []
        for mapping in mappings {
            if let index = grouped.firstIndex(where: { $0.0 == mapping.standard }) {
                grouped[index].1.append(mapping.clause)
            } else {
                grouped.append((mapping.standard, [mapping.clause]))
            }
        }
        return grouped.map { "\($0.0) \($0.1.joined(separator: ", "))" }.joined(separator: "; ")
    }
}
