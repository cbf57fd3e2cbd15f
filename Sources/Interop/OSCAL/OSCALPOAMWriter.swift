import Assessment
import Catalog
import Core

/// An answer file's open controls as an OSCAL plan of action and milestones.
struct OSCALPOAMWriter {
    var mapper: OSCALAnswerMapper
    let generator: String

    /// `nil` when nothing is open.
    mutating func document() -> JSONValue? {
        let answers = mapper.answers
        let byControl = Dictionary(answers.answers.map { ($0.controlId, $0) }, uniquingKeysWith: { first, _ in first })
        var observations: [JSONValue] = []
        var risks: [JSONValue] = []
        var findings: [JSONValue] = []
        var items: [JSONValue] = []
        for standard in mapper.catalog.standards {
            for control in standard.controls {
                let answer = byControl[control.id]
                let result = mapper.policy.value(of: answer?.status).xccdf
                guard result != .pass && result != .notapplicable else { continue }
                var relatedFindings: [JSONValue] = []
                var relatedObservations: [JSONValue] = []
                if let answer {
                    observations.append(mapper.observation(answer, control: control))
                    relatedObservations.append(["observation-uuid": .string(mapper.observationUUID(control.id))])
                    findings.append(mapper.finding(answer, control: control))
                    relatedFindings.append(["finding-uuid": .string(mapper.findingUUID(control.id))])
                    for temuan in answer.findings {
                        findings.append(mapper.finding(temuan, control: control))
                        relatedFindings.append(["finding-uuid": .string(mapper.temuanUUID(temuan))])
                    }
                }
                risks.append(risk(control, standard: standard, answer: answer, observations: relatedObservations))
                var item: [String: JSONValue] = [
                    "uuid": .string(mapper.uuid("poam-item|\(control.id)")),
                    "title": .string(OSCAL.trimmed("\(control.id) \(control.title.id)")),
                    "description": .string(OSCAL.trimmed(control.requirement.id)),
                    "props": [OSCAL.prop("control", control.id), OSCAL.prop("standard", standard.id),
                              OSCAL.prop("status", answer?.status.rawValue ?? "tidak-dinilai"),
                              OSCAL.prop("weight", String(control.weight)),
                              OSCAL.prop("mandatory", control.mandatory ? "true" : "false")],
                    "related-risks": [["risk-uuid": .string(mapper.uuid("risk|\(control.id)"))]],
                ]
                if !relatedFindings.isEmpty { item["related-findings"] = .array(relatedFindings) }
                if !relatedObservations.isEmpty { item["related-observations"] = .array(relatedObservations) }
                items.append(.object(item))
            }
        }
        guard !items.isEmpty else { return nil }
        let kindWord = answers.kind == .mandiri ? "penilaian mandiri" : "penilaian faktual"
        let title = "Rencana tindak lanjut \(answers.lpse.name): \(kindWord) \(answers.date)"
        var body: [String: JSONValue] = [
            "uuid": .string(NameUUID.make("\(mapper.scope)|poam|\(mapper.generatedAt)")),
            "metadata": OSCAL.metadata(title: title, lastModified: mapper.generatedAt, version: answers.date,
                                       extra: mapper.people.merging(["props": [OSCAL.prop("generator", generator)]]) { $1 }),
            "system-id": ["identifier-type": .string(OSCALNames.lpseIdentifierType), "id": .string(answers.lpse.id)],
            "risks": .array(risks),
            "poam-items": .array(items),
        ]
        if !observations.isEmpty { body["observations"] = .array(observations) }
        if !findings.isEmpty { body["findings"] = .array(findings) }
        if let backMatter = mapper.backMatter { body["back-matter"] = backMatter }
        return ["plan-of-action-and-milestones": .object(body)]
    }

    /// The risk of leaving a control unmet, with what to do about it.
    private func risk(_ control: Control, standard: Standard, answer: ControlAnswer?, observations: [JSONValue]) -> JSONValue {
        let uuid = mapper.uuid("risk|\(control.id)")
        let statement: String
        if let justification = answer?.justification {
            statement = [justification.fakta, justification.analisis].filter { !$0.isEmpty }.joined(separator: " ")
        } else {
            statement = answer == nil ? "Kontrol \(control.id) belum dinilai." : "Kontrol \(control.id) \(answer!.status.rawValue)."
        }
        let consequence = control.mandatory
            ? "Kontrol wajib: selama belum memenuhi, standar \(standard.id) tidak terpenuhi."
            : "Bobot \(control.weight) dari skor standar \(standard.id)."
        var remediations: [JSONValue] = (answer?.findings ?? []).map { temuan in
            ["uuid": .string(mapper.uuid("remediation|\(temuan.id)")), "lifecycle": "recommendation",
             "title": .string(OSCAL.trimmed("Rekomendasi \(temuan.id)")), "description": .string(OSCAL.trimmed(temuan.rekomendasi))]
        }
        let expected = control.evidenceRules.map(EvidenceRuleText.indonesian).joined(separator: "\n")
        remediations.append([
            "uuid": .string(mapper.uuid("remediation|\(control.id)")), "lifecycle": "planned",
            "title": .string(OSCAL.trimmed("Penuhi \(control.id)")),
            "description": .string(OSCAL.trimmed(control.requirement.id + (expected.isEmpty ? "" : "\n\nBukti yang diharapkan:\n" + expected))),
        ])
        var body: [String: JSONValue] = [
            "uuid": .string(uuid), "title": .string(OSCAL.trimmed("\(control.id) belum memenuhi")),
            "description": .string(consequence), "statement": .string(OSCAL.trimmed(statement)), "status": "open",
            "remediations": .array(remediations),
            "props": [OSCAL.prop("control", control.id)],
        ]
        if !observations.isEmpty { body["related-observations"] = .array(observations) }
        return .object(body)
    }
}
