import Core
import XMLSupport

/// Turns a schema-valid `<standard>` element into a ``Standard``.
///
/// The XSD has already checked presence and types; what is read here cannot fail except
/// where the schema is looser than the model, and those gaps become diagnostics.
struct StandardReader {
    let file: String
    private(set) var problems: [XMLDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func read(_ root: XMLElement) -> Standard {
        Standard(
            id: root[attribute: "id"] ?? "",
            number: Int(root[attribute: "number"] ?? "") ?? 0,
            version: root[attribute: "version"] ?? "",
            folder: root[attribute: "folder"],
            name: localized(root.children(named: "name")),
            aliases: root.children(named: "alias").map { Alias(name: $0.normalizedText, sourceId: $0[attribute: "source"]) },
            purpose: localized(root.children(named: "purpose")),
            role: localized(root.children(named: "role")),
            instrument: localized(root.children(named: "instrument")),
            notes: root.children(named: "note").map { localized($0.children(named: "text")) },
            controls: root.children(named: "control").map { readControl($0) },
            source: location(root)
        )
    }

    private mutating func readControl(_ element: XMLElement) -> Control {
        Control(
            id: element[attribute: "id"] ?? "",
            title: localized(element.children(named: "title")),
            requirement: localized(element.children(named: "requirement")),
            guidance: localized(element.children(named: "guidance")),
            weight: Int(element[attribute: "weight"] ?? "") ?? 0,
            mandatory: bool(element[attribute: "mandatory"]),
            infra: bool(element[attribute: "infra"]),
            bases: element.children(named: "basis").map(basis),
            isoMappings: element.children(named: "iso").map {
                ISOMapping(standard: $0[attribute: "standard"] ?? "", clause: $0[attribute: "clause"] ?? "",
                           inferred: bool($0[attribute: "inferred"]))
            },
            evidenceRules: element.children(named: "evidence").map { readRule($0) },
            source: location(element)
        )
    }

    private mutating func readRule(_ element: XMLElement) -> EvidenceRule {
        var rule = EvidenceRule(
            id: element[attribute: "id"] ?? "",
            kind: EvidenceKind(rawValue: element[attribute: "kind"] ?? "") ?? .rekaman,
            patterns: element.children(named: "pattern").map(\.normalizedText),
            uses: element.children(named: "uses").compactMap { $0[attribute: "rule"] },
            minimumCount: Int(element[attribute: "min"] ?? "") ?? 1,
            freshnessDays: element[attribute: "freshnessDays"].flatMap { Int($0) },
            validityWindow: bool(element[attribute: "validityWindow"]),
            fiscalYear: bool(element[attribute: "fiscalYear"]),
            signatureExpected: element.child("signature") != nil,
            signer: element.child("signature")?[attribute: "signer"],
            check: CheckMode(rawValue: element.child("check")?[attribute: "mode"] ?? "") ?? .human,
            checkNote: element.child("check").map(\.normalizedText).flatMap { $0.isEmpty ? nil : $0 },
            minimumPerStaff: element[attribute: "minFrom"] == "jumlah-pegawai",
            source: location(element)
        )
        if let check = element.child("check") {
            var contentReader = ContentCheckReader(file: file, rule: rule.id)
            rule.content = contentReader.read(check)
            problems += contentReader.problems
        }
        if rule.patterns.isEmpty && rule.uses.isEmpty {
            problems.append(XMLDiagnostic(file: file, line: element.line,
                message: "evidence rule '\(rule.id)' has neither a <pattern> nor a <uses>: no file could ever match it"))
        }
        return rule
    }

    // MARK: - Helpers

    /// A `<basis>`: its kind, the source and place it cites, or its turunan sentence.
    func basis(_ element: XMLElement) -> Basis {
        Basis(kind: BasisKind(rawValue: element[attribute: "kind"] ?? "") ?? .turunan, sourceId: element[attribute: "source"],
              at: element[attribute: "at"], text: element.normalizedText, location: location(element))
    }

    mutating func localized(_ elements: [XMLElement]) -> LocalizedText {
        var text = LocalizedText(id: "")
        var seen: Set<String> = []
        for element in elements {
            let lang = element[attribute: "lang"] ?? "id"
            if !seen.insert(lang).inserted {
                problems.append(XMLDiagnostic(file: file, line: element.line,
                    message: "element '\(element.name)' is given twice in language '\(lang)'"))
            }
            if lang == "en" { text.en = element.normalizedText } else { text.id = element.normalizedText }
        }
        if let first = elements.first, !seen.contains("id") {
            problems.append(XMLDiagnostic(file: file, line: first.line,
                message: "element '\(first.name)' has no Indonesian (lang=\"id\") text"))
        }
        return text
    }

    private func bool(_ value: String?) -> Bool {
        value == "true" || value == "1"
    }

    private func location(_ element: XMLElement) -> SourceLocation {
        SourceLocation(file: file, line: element.line)
    }
}
