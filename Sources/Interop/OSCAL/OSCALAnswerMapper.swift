import Assessment
import Catalog
import Core

/// Turns an answer file's answers into OSCAL observations, findings and risks, and collects the
/// evidence they cite as back-matter resources (with their SHA-256 where the registry knows it).
///
/// Every UUID is a version-5 UUID of a stable name (the LPSE, kind, date and catalog version of
/// the answer file, then the object: `observation|S01.1`), so the same answer file gives the
/// same UUIDs in the assessment results and in the POA&M, at every export.
struct OSCALAnswerMapper {
    let catalog: StandardsCatalog
    let policy: ScoringPolicy
    let answers: AnswerFile
    let evidence: EvidenceContext
    let generatedAt: String
    private(set) var resources: [String: JSONValue] = [:]
    private(set) var resourceOrder: [String] = []

    init(catalog: StandardsCatalog, policy: ScoringPolicy, answers: AnswerFile, evidence: EvidenceContext, generatedAt: String) {
        self.catalog = catalog
        self.policy = policy
        self.answers = answers
        self.evidence = evidence
        self.generatedAt = generatedAt
    }

    /// The stable prefix of every object's UUID name.
    var scope: String { "\(answers.lpse.id)|\(answers.kind.rawValue)|\(answers.date)|\(answers.catalogVersion)" }

    func uuid(_ name: String) -> String { NameUUID.make(scope + "|" + name) }

    /// When the assessment took place: the answer file's date, at midnight.
    var collected: String { OSCAL.midnight(answers.date, likeOffsetOf: generatedAt) }

    /// The back-matter, when anything was cited.
    var backMatter: JSONValue? {
        resourceOrder.isEmpty ? nil : ["resources": .array(resourceOrder.compactMap { resources[$0] })]
    }

    mutating func addResource(_ uuid: String, _ resource: JSONValue) {
        guard resources[uuid] == nil else { return }
        resources[uuid] = resource
        resourceOrder.append(uuid)
    }

    // MARK: - Parties

    var lpseParty: String { NameUUID.make("party|lpse|\(answers.lpse.id)") }

    func assessorParty(_ assessor: Assessor) -> String { NameUUID.make("party|person|\(assessor.name)|\(assessor.institution)") }

    /// Roles, parties and responsible parties of the metadata.
    var people: [String: JSONValue] {
        var parties: [JSONValue] = [[
            "uuid": .string(lpseParty), "type": "organization", "name": .string(OSCAL.trimmed(answers.lpse.name)),
            "short-name": .string(OSCAL.trimmed(answers.lpse.id)),
            "props": [OSCAL.prop("instansi", answers.lpse.instansi)],
        ]]
        for assessor in answers.assessors {
            parties.append(["uuid": .string(assessorParty(assessor)), "type": "person", "name": .string(OSCAL.trimmed(assessor.name)),
                            "props": [OSCAL.prop("role", assessor.role), OSCAL.prop("institution", assessor.institution)]])
        }
        return [
            "roles": [["id": "assessor", "title": "Penilai"], ["id": "lpse", "title": "LPSE yang dinilai"]],
            "parties": .array(parties),
            "responsible-parties": [
                ["role-id": "assessor", "party-uuids": .array(answers.assessors.map { .string(assessorParty($0)) })],
                ["role-id": "lpse", "party-uuids": [.string(lpseParty)]],
            ],
        ]
    }

    // MARK: - Observations

    func observationUUID(_ controlId: String) -> String { uuid("observation|\(controlId)") }

    /// What the assessor saw for one control: fakta and analisis, the evidence cited.
    mutating func observation(_ answer: ControlAnswer, control: Control) -> JSONValue {
        var description = "Status \(answer.status.rawValue)."
        if let justification = answer.justification {
            if !justification.fakta.isEmpty { description += "\n\nFakta: \(justification.fakta)" }
            if !justification.analisis.isEmpty { description += "\n\nAnalisis: \(justification.analisis)" }
        }
        var props: [JSONValue] = [OSCAL.prop("control", control.id), OSCAL.prop("status", answer.status.rawValue)]
        if answer.proposed { props.append(OSCAL.prop("proposed", "true")) }
        var body: [String: JSONValue] = [
            "uuid": .string(observationUUID(control.id)), "title": .string(OSCAL.trimmed("\(control.id) \(control.title.id)")),
            "description": .string(description), "methods": ["EXAMINE"], "types": ["control-objective"],
            "collected": .string(collected), "props": .array(props),
            "subjects": [["subject-uuid": .string(lpseParty), "type": "party"]],
            "origins": [["actors": .array(answers.assessors.map {
                ["type": "party", "actor-uuid": .string(assessorParty($0)), "role-id": "assessor"]
            })]],
        ]
        if answers.assessors.isEmpty { body["origins"] = nil }
        let cited = relevantEvidence(answer)
        if !cited.isEmpty { body["relevant-evidence"] = .array(cited) }
        return .object(body)
    }

    /// Each file the answer cites (directly, or through an evidence rule the registry matched),
    /// once, as a back-matter resource with its hash; rules the registry knows no file for are
    /// cited by id with their status.
    private mutating func relevantEvidence(_ answer: ControlAnswer) -> [JSONValue] {
        var files: [(path: String, rules: [String])] = []
        var rulesWithoutFiles: [String] = []
        func add(_ path: String, rule: String?) {
            if let index = files.firstIndex(where: { $0.path == path }) {
                if let rule, !files[index].rules.contains(rule) { files[index].rules.append(rule) }
            } else {
                files.append((path, rule.map { [$0] } ?? []))
            }
        }
        for citation in answer.evidence {
            switch citation {
            case .file(let path):
                add("Evidence/" + path, rule: nil)
            case .rule(let rule):
                let known = evidence.facts[rule]?.files ?? []
                if known.isEmpty { rulesWithoutFiles.append(rule) }
                for path in known { add(path, rule: rule) }
            }
        }
        var cited: [JSONValue] = []
        for file in files {
            let hash = evidence.hashes[file.path]
            let uuid = NameUUID.make("evidence|\(file.path)|\(hash ?? "")")
            var rlink: [String: JSONValue] = ["href": .string(file.path)]
            if let hash { rlink["hashes"] = [["algorithm": "SHA-256", "value": .string(hash)]] }
            addResource(uuid, ["uuid": .string(uuid), "title": .string(OSCAL.trimmed(file.path)), "rlinks": [.object(rlink)]])
            var props: [JSONValue] = file.rules.map { OSCAL.prop("evidence-rule", $0) }
            if let hash { props.append(OSCAL.prop("sha256", hash)) }
            var item: [String: JSONValue] = ["href": .string("#" + uuid), "description": .string(OSCAL.trimmed(file.path))]
            if !props.isEmpty { item["props"] = .array(props) }
            cited.append(.object(item))
        }
        for rule in rulesWithoutFiles {
            let status = evidence.facts[rule]?.status.rawValue ?? "tidak diketahui"
            cited.append(["description": .string("Aturan bukti \(rule): status registri \(status), tanpa berkas."),
                          "props": [OSCAL.prop("evidence-rule", rule), OSCAL.prop("evidence-status", status)]])
        }
        return cited
    }

    // MARK: - Findings

    func findingUUID(_ controlId: String) -> String { uuid("finding|\(controlId)") }

    func temuanUUID(_ temuan: Temuan) -> String { uuid("temuan|\(temuan.id)") }

    /// The conclusion on one applicable control: satisfied when its result passes.
    func finding(_ answer: ControlAnswer, control: Control) -> JSONValue {
        let result = policy.value(of: answer.status).xccdf
        var props: [JSONValue] = [OSCAL.prop("status", answer.status.rawValue), OSCAL.prop("xccdf-result", result.rawValue),
                                  OSCAL.prop("weight", String(control.weight)),
                                  OSCAL.prop("mandatory", control.mandatory ? "true" : "false")]
        var remarks: String?
        if let override = answer.override {
            props.append(OSCAL.prop("override-from", override.from.rawValue))
            remarks = "Override \(override.from.rawValue) → \(override.to.rawValue) oleh \(override.authority) pada \(override.time): \(override.remark)"
        }
        var body: [String: JSONValue] = [
            "uuid": .string(findingUUID(control.id)),
            "title": .string(OSCAL.trimmed("\(control.id) \(control.title.id): \(answer.status.rawValue)")),
            "description": .string(answer.justification.map { $0.analisis.isEmpty ? $0.fakta : $0.analisis }
                                   ?? "Kontrol \(control.id) \(answer.status.rawValue)."),
            "target": target(control.id, satisfied: result == .pass),
            "related-observations": [["observation-uuid": .string(observationUUID(control.id))]],
            "props": .array(props),
        ]
        if let remarks { body["remarks"] = .string(remarks) }
        return .object(body)
    }

    /// A temuan of a penilaian faktual, as its own finding on the control.
    func finding(_ temuan: Temuan, control: Control) -> JSONValue {
        [
            "uuid": .string(temuanUUID(temuan)),
            "title": .string(OSCAL.trimmed("Temuan \(temuan.id) (\(temuan.severity.rawValue)): \(control.id)")),
            "description": .string(OSCAL.trimmed(temuan.description)),
            "target": target(control.id, satisfied: false),
            "related-observations": [["observation-uuid": .string(observationUUID(control.id))]],
            "props": [OSCAL.prop("temuan", temuan.id), OSCAL.prop("severity", temuan.severity.rawValue)],
            "remarks": .string("Rekomendasi: \(temuan.rekomendasi)"),
        ]
    }

    private func target(_ controlId: String, satisfied: Bool) -> JSONValue {
        ["type": "statement-id", "target-id": .string(OSCAL.statementId(controlId)),
         "status": ["state": .string(satisfied ? "satisfied" : "not-satisfied"), "reason": .string(satisfied ? "pass" : "fail")]]
    }
}
