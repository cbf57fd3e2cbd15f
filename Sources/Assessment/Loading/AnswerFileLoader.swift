public import Catalog
public import Core
public import XMLSupport

/// Loads an answer file (`<penilaian>`, `schema/penilaian.xsd`) and checks it against the catalog.
///
/// The XSD comes first; a file that fails it yields only schema problems. Then the loader
/// checks what the XSD cannot: the catalog version, the kind expected, control ids known and
/// unique, every catalog control present, a justification unless `memenuhi`, evidence that
/// names one thing that exists, overrides and findings only in a faktual file, an override's
/// new status equal to the control's, finding ids unique. It reports every problem, each as
/// `FILE:LINE:COL: error: <element>: message`.
///
/// ## Topics
/// - ``load(path:schema:catalog:expecting:)``
/// - ``read(_:path:catalog:expecting:)``
public enum AnswerFileLoader {
    /// Parses, validates and checks the file at `path`.
    public static func load(path: String, schema: XMLSchema, catalog: StandardsCatalog,
                            expecting kind: AssessmentKind? = nil) -> AnswerFileOutcome {
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(path: path)
        } catch {
            return AnswerFileOutcome(file: nil, problems: error.diagnostics.map { AnswerProblem(kind: .schema, diagnostic: $0) })
        }
        let invalid = schema.validate(document)
        guard invalid.isEmpty else {
            return AnswerFileOutcome(file: nil, problems: invalid.map { AnswerProblem(kind: .schema, diagnostic: $0) })
        }
        return read(document.root, path: path, catalog: catalog, expecting: kind)
    }

    /// Reads a root element that already satisfies the XSD.
    public static func read(_ root: XMLElement, path: String, catalog: StandardsCatalog,
                            expecting expected: AssessmentKind? = nil) -> AnswerFileOutcome {
        var reader = AnswerFileReader(path: path, catalog: catalog)
        guard root.name == "penilaian", root.namespace == PolicyLoader.namespace else {
            reader.report(.schema, root, "expected a <penilaian> element in namespace \(PolicyLoader.namespace)")
            return AnswerFileOutcome(file: nil, problems: reader.problems)
        }
        let file = reader.read(root, expecting: expected)
        return AnswerFileOutcome(file: file, problems: reader.problems.sorted { $0.diagnostic.line < $1.diagnostic.line })
    }
}

/// The checks of one answer file after the XSD.
struct AnswerFileReader {
    let path: String
    let catalog: StandardsCatalog
    private(set) var problems: [AnswerProblem] = []

    init(path: String, catalog: StandardsCatalog) {
        self.path = path
        self.catalog = catalog
    }

    mutating func report(_ kind: AnswerProblem.Kind, _ element: XMLElement, _ message: String, control: String? = nil) {
        report(kind, line: element.line, "\(describe(element)): \(message)", control: control)
    }

    mutating func report(_ kind: AnswerProblem.Kind, line: Int, _ message: String, control: String? = nil) {
        problems.append(AnswerProblem(kind: kind, diagnostic: XMLDiagnostic(file: path, line: line, message: message),
                                      controlId: control))
    }

    mutating func read(_ root: XMLElement, expecting expected: AssessmentKind?) -> AnswerFile {
        let kind = AssessmentKind(rawValue: root[attribute: "kind"] ?? "") ?? .mandiri
        let version = root[attribute: "catalogVersion"] ?? ""
        if version != catalog.version {
            report(.catalogVersion, root, "the file was made for catalog version \(version), but the standards in use are catalog version \(catalog.version); start from a new template ('patuh penilaian template') or use the matching Standards folder")
        }
        if let expected, expected != kind {
            report(.wrongKind, root, "a penilaian \(kind.rawValue) file was given where a penilaian \(expected.rawValue) is expected")
        }
        let lpse = root.child("lpse")
        let identity = LPSEIdentity(id: lpse?[attribute: "id"] ?? "", name: lpse?.child("name")?.normalizedText ?? "",
                                    instansi: lpse?.child("instansi")?.normalizedText ?? "")
        let assessors = root.children(named: "assessor").map {
            Assessor(name: $0[attribute: "name"] ?? "", role: $0[attribute: "role"] ?? "", institution: $0[attribute: "institution"] ?? "",
                     nip: $0[attribute: "nip"], place: $0[attribute: "place"])
        }
        let answers = readAnswers(root, kind: kind)
        return AnswerFile(lpse: identity, kind: kind, assessors: assessors, date: root[attribute: "date"] ?? "",
                          catalogVersion: version, answers: answers, path: path)
    }

    private mutating func readAnswers(_ root: XMLElement, kind: AssessmentKind) -> [ControlAnswer] {
        var answers: [ControlAnswer] = []
        var seen: [String: Int] = [:]
        var findingIds: [String: Int] = [:]
        for element in root.children(named: "control") {
            let id = element[attribute: "id"] ?? ""
            guard catalog.control(id) != nil else {
                report(.unknownControl, element, "control \(id) is not in catalog \(catalog.version)", control: id)
                continue
            }
            if let first = seen[id] {
                report(.duplicateControl, element, "control \(id) is listed twice (first at line \(first))", control: id)
                continue
            }
            seen[id] = element.line
            let answer = readAnswer(element, id: id, kind: kind)
            for finding in answer.findings {
                if let first = findingIds[finding.id] {
                    report(.duplicateFinding, line: finding.source.line,
                           "<temuan id=\"\(finding.id)\">: finding id \(finding.id) is used twice (first at line \(first))", control: id)
                }
                findingIds[finding.id] = findingIds[finding.id] ?? finding.source.line
            }
            answers.append(answer)
        }
        reportMissing(root, seen: seen)
        return answers
    }

    private mutating func reportMissing(_ root: XMLElement, seen: [String: Int]) {
        var previousLine = root.children(named: "assessor").last?.line ?? root.line
        for control in catalog.controls {
            if let line = seen[control.id] {
                previousLine = line
                continue
            }
            report(.missingControl, line: previousLine,
                   "<penilaian>: control \(control.id) of catalog \(catalog.version) is missing from the file; it counts as not assessed",
                   control: control.id)
        }
    }

    private mutating func readAnswer(_ element: XMLElement, id: String, kind: AssessmentKind) -> ControlAnswer {
        let status = ControlStatus(rawValue: element[attribute: "status"] ?? "") ?? .tidak
        let fakta = element.child("fakta")?.normalizedText
        let analisis = element.child("analisis")?.normalizedText
        var justification: Justification?
        if let fakta, let analisis {
            justification = Justification(fakta: fakta, analisis: analisis)
        } else if status != .memenuhi {
            let missing = [fakta == nil ? "<fakta>" : nil, analisis == nil ? "<analisis>" : nil].compactMap { $0 }
            report(.missingJustification, element,
                   "status \(status.rawValue) needs a justification: add \(missing.joined(separator: " and "))", control: id)
        } else if fakta != nil || analisis != nil {
            justification = Justification(fakta: fakta ?? "", analisis: analisis ?? "")
        }
        let override = element.child("override").map { readOverride($0, control: id, status: status, kind: kind) }
        let findings = element.children(named: "temuan").map { readFinding($0, control: id, kind: kind) }
        return ControlAnswer(controlId: id, status: status, justification: justification,
                             evidence: readEvidence(element, control: id),
                             proposed: ["true", "1"].contains(element[attribute: "proposed"] ?? ""),
                             override: override ?? nil, findings: findings,
                             source: SourceLocation(file: path, line: element.line))
    }

    private mutating func readEvidence(_ element: XMLElement, control: String) -> [EvidenceCitation] {
        element.children(named: "evidence").compactMap { evidence in
            switch (evidence[attribute: "file"], evidence[attribute: "rule"]) {
            case (let file?, nil):
                // A citation names a file under Evidence/: never an absolute path, `..`, or an empty component.
                let parts = file.split(separator: "/", omittingEmptySubsequences: false)
                guard !file.isEmpty, !file.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }),
                      !file.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) else {
                    report(.badEvidence, evidence, "evidence file \"\(file)\" is not a path under Evidence/ (no leading /, no .. or empty parts); name the file as it lies under Evidence/, e.g. S03-aset/S03.2/register-aset_2026-06-30.xlsx", control: control)
                    return nil
                }
                return .file(file)
            case (nil, let rule?):
                guard catalog.rule(rule) != nil else {
                    report(.badEvidence, evidence, "evidence rule \(rule) is not in catalog \(catalog.version)", control: control)
                    return nil
                }
                return .rule(rule)
            default:
                report(.badEvidence, evidence, "name exactly one of file=\"...\" (a path under Evidence/) or rule=\"...\" (an evidence rule id)", control: control)
                return nil
            }
        }
    }

    private mutating func readOverride(_ element: XMLElement, control: String, status: ControlStatus,
                                       kind: AssessmentKind) -> Override? {
        if kind != .faktual {
            report(.faktualOnly, element, "only a penilaian faktual may override a result", control: control)
        }
        let from = ControlStatus(rawValue: element[attribute: "from"] ?? "") ?? .tidak
        let to = ControlStatus(rawValue: element[attribute: "to"] ?? "") ?? .tidak
        if to != status {
            report(.inconsistentOverride, element, "the override sets \(to.rawValue), but the control's status is \(status.rawValue)", control: control)
        }
        if from == to {
            report(.inconsistentOverride, element, "the override changes nothing (from and to are both \(to.rawValue))", control: control)
        }
        return Override(from: from, to: to, authority: element[attribute: "authority"] ?? "",
                        time: element[attribute: "time"] ?? "", remark: element.child("remark")?.normalizedText ?? "")
    }

    private mutating func readFinding(_ element: XMLElement, control: String, kind: AssessmentKind) -> Temuan {
        if kind != .faktual {
            report(.faktualOnly, element, "only a penilaian faktual may carry findings (temuan)", control: control)
        }
        return Temuan(id: element[attribute: "id"] ?? "", controlId: control,
                      standardId: catalog.control(control)?.standard.id ?? "",
                      severity: TemuanSeverity(rawValue: element[attribute: "severity"] ?? "") ?? .observasi,
                      description: element.child("description")?.normalizedText ?? "",
                      rekomendasi: element.child("rekomendasi")?.normalizedText ?? "",
                      source: SourceLocation(file: path, line: element.line))
    }

    private func describe(_ element: XMLElement) -> String {
        if let id = element[attribute: "id"] { return "<\(element.name) id=\"\(id)\">" }
        return "<\(element.name)>"
    }
}
