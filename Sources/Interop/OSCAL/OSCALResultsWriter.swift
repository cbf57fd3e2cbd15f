import Assessment
import Catalog

/// An answer file as OSCAL assessment results.
struct OSCALResultsWriter {
    var mapper: OSCALAnswerMapper
    let generator: String

    mutating func document() -> JSONValue {
        let answers = mapper.answers
        let catalog = mapper.catalog
        let byControl = Dictionary(answers.answers.map { ($0.controlId, $0) }, uniquingKeysWith: { first, _ in first })
        var observations: [JSONValue] = []
        var findings: [JSONValue] = []
        var excluded: [JSONValue] = []
        for control in catalog.controls {
            guard let answer = byControl[control.id] else {
                excluded.append(["control-id": .string(control.id)])
                continue
            }
            observations.append(mapper.observation(answer, control: control))
            if mapper.policy.value(of: answer.status).xccdf == .notapplicable {
                excluded.append(["control-id": .string(control.id)])
                continue
            }
            findings.append(mapper.finding(answer, control: control))
            findings += answer.findings.map { mapper.finding($0, control: control) }
        }
        var selection: [String: JSONValue] = ["include-all": [:]]
        if !excluded.isEmpty { selection["exclude-controls"] = .array(excluded) }
        let kindWord = answers.kind == .mandiri ? "Penilaian mandiri" : "Penilaian faktual"
        let title = "\(kindWord) \(answers.lpse.name), \(answers.date)"
        var result: [String: JSONValue] = [
            "uuid": .string(mapper.uuid("result")), "title": .string(OSCAL.trimmed(title)),
            "description": .string("\(kindWord) \(answers.lpse.name) terhadap katalog \(catalog.version), dinilai dengan kebijakan penilaian \(mapper.policy.version)."),
            "start": .string(mapper.collected), "end": .string(mapper.generatedAt),
            "reviewed-controls": [
                "description": "Semua kontrol katalog kecuali yang tidak berlaku atau tidak dinilai.",
                "control-selections": [.object(selection)],
            ],
            "props": .array(scoreProps),
        ]
        if !observations.isEmpty { result["observations"] = .array(observations) }
        if !findings.isEmpty { result["findings"] = .array(findings) }
        let planUUID = mapper.uuid("plan")
        mapper.addResource(planUUID, [
            "uuid": .string(planUUID), "title": .string("Rencana penilaian: katalog \(catalog.version), semua kontrol"),
            "description": .string("Patuh tidak menulis rencana penilaian OSCAL; rencananya adalah berkas penilaian ini terhadap seluruh katalog \(catalog.version)."),
            "rlinks": [["href": .string(answers.path.isEmpty ? "penilaian.xml" : answers.path), "media-type": "application/xml"]],
        ])
        var body: [String: JSONValue] = [
            "uuid": .string(NameUUID.make("\(mapper.scope)|assessment-results|\(mapper.generatedAt)")),
            "metadata": OSCAL.metadata(title: title, lastModified: mapper.generatedAt, version: answers.date,
                                       extra: mapper.people.merging(["props": [OSCAL.prop("generator", generator)]]) { $1 }),
            "import-ap": ["href": .string("#" + planUUID)],
            "results": [.object(result)],
        ]
        if let backMatter = mapper.backMatter { body["back-matter"] = backMatter }
        return ["assessment-results": .object(body)]
    }

    /// The four XCCDF scores and the policy's count, as props of the result.
    private var scoreProps: [JSONValue] {
        XCCDFScores.compute(catalog: mapper.catalog, policy: mapper.policy, statuses: mapper.answers.statuses).map { line in
            let value = line.value.map(DecimalText.format) ?? "none"
            return OSCAL.prop("score-\(line.model.rawValue)", "\(value) / \(DecimalText.format(line.maximum))")
        }
    }
}
