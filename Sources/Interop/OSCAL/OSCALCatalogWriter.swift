import Assessment
import Catalog
import Core

/// The catalog as an OSCAL catalog: groups are the standards, controls the controls.
struct OSCALCatalogWriter {
    let catalog: StandardsCatalog
    let policy: ScoringPolicy
    let generatedAt: String
    let generator: String

    var document: JSONValue {
        var resources: [String: JSONValue] = [:]
        var order: [String] = []
        let groups = catalog.standards.map { group($0, resources: &resources, order: &order) }
        var body: [String: JSONValue] = [
            "uuid": .string(NameUUID.make("catalog|\(catalog.version)|\(policy.version)|\(generatedAt)")),
            "metadata": OSCAL.metadata(
                title: catalog.title.id, lastModified: generatedAt, version: catalog.version,
                extra: ["props": [OSCAL.prop("title-en", catalog.title.en ?? catalog.title.id),
                                  OSCAL.prop("effective", catalog.effective.isEmpty ? "-" : catalog.effective),
                                  OSCAL.prop("scoring-policy", policy.version),
                                  OSCAL.prop("generator", generator)],
                        "remarks": .string("Diekspor oleh \(generator) dari Standards/ (katalog \(catalog.version)); lihat docs/interop.md.")]),
            "groups": .array(groups),
        ]
        if !order.isEmpty {
            body["back-matter"] = ["resources": .array(order.compactMap { resources[$0] })]
        }
        return ["catalog": .object(body)]
    }

    private func group(_ standard: Standard, resources: inout [String: JSONValue], order: inout [String]) -> JSONValue {
        var parts: [JSONValue] = [translated(id: "\(standard.id)_ovw", name: "overview", standard.purpose)]
        let roles = [standard.role.id, standard.instrument.id].filter { !$0.isEmpty }.joined(separator: " ")
        if !roles.isEmpty {
            parts.append(["id": .string("\(standard.id)_role"), "name": "responsibility", "ns": .string(OSCALNames.namespace),
                          "prose": .string(roles)])
        }
        var props: [JSONValue] = [OSCAL.coreProp("label", standard.id),
                                  OSCAL.prop("weight", DecimalText.format(policy.groupWeight(standard.id))),
                                  OSCAL.prop("folder", standard.folder)]
        if let english = standard.name.en { props.append(OSCAL.prop("title-en", english)) }
        return [
            "id": .string(standard.id), "class": "standar", "title": .string(OSCAL.trimmed(standard.name.id)),
            "props": .array(props), "parts": .array(parts),
            "controls": .array(standard.controls.map { control($0, resources: &resources, order: &order) }),
        ]
    }

    private func control(_ control: Control, resources: inout [String: JSONValue], order: inout [String]) -> JSONValue {
        var props: [JSONValue] = [OSCAL.coreProp("label", control.id),
                                  OSCAL.prop("weight", String(control.weight)),
                                  OSCAL.prop("mandatory", control.mandatory ? "true" : "false"),
                                  OSCAL.prop("kind", control.infra ? "infra" : "umum")]
        if let english = control.title.en { props.append(OSCAL.prop("title-en", english)) }
        for mapping in control.isoMappings {
            props.append(OSCAL.prop("iso-mapping", "\(mapping.standard) \(mapping.clause)",
                                    class: mapping.inferred ? "inferred" : nil))
        }
        var parts: [JSONValue] = [translated(id: OSCAL.statementId(control.id), name: "statement", control.requirement)]
        if !control.guidance.id.isEmpty {
            parts.append(translated(id: "\(control.id)_gdn", name: "guidance", control.guidance))
        }
        for rule in control.evidenceRules {
            parts.append(evidencePart(rule))
        }
        var links: [JSONValue] = []
        for basis in control.bases {
            let cited = basis.citation(in: catalog)
            let uuid = NameUUID.make("basis|\(basis.kind.rawValue)|\(cited)")
            if resources[uuid] == nil {
                resources[uuid] = ["uuid": .string(uuid), "title": .string(OSCAL.trimmed(cited)),
                                   "props": [OSCAL.prop("basis-kind", basis.kind.rawValue)]]
                order.append(uuid)
            }
            links.append(["href": .string("#" + uuid), "rel": "reference", "text": .string(OSCAL.trimmed(cited))])
        }
        var body: [String: JSONValue] = [
            "id": .string(control.id), "class": "kontrol", "title": .string(OSCAL.trimmed(control.title.id)),
            "props": .array(props), "parts": .array(parts),
        ]
        if !links.isEmpty { body["links"] = .array(links) }
        return .object(body)
    }

    /// An evidence rule as an `assessment-method` part: how an assessor examines the control.
    private func evidencePart(_ rule: EvidenceRule) -> JSONValue {
        var props: [JSONValue] = [OSCAL.coreProp("label", rule.id), OSCAL.coreProp("method", "EXAMINE"),
                                  OSCAL.prop("evidence-kind", rule.kind.rawValue),
                                  OSCAL.prop("check", rule.check.rawValue),
                                  OSCAL.prop("minimum-count", String(rule.minimumCount))]
        if rule.minimumPerStaff { props.append(OSCAL.prop("minimum-from", "jumlah-pegawai")) }
        for pattern in rule.patterns { props.append(OSCAL.prop("pattern", pattern)) }
        if let days = rule.freshnessDays { props.append(OSCAL.prop("freshness-days", String(days))) }
        if rule.signatureExpected { props.append(OSCAL.prop("signature", rule.signer ?? "Kepala LPSE")) }
        return [
            "id": .string(rule.id), "name": "assessment-method", "props": .array(props),
            "prose": .string(EvidenceRuleText.indonesian(rule)),
            "parts": [["id": .string(rule.id + ".en"), "name": "translation", "ns": .string(OSCALNames.namespace),
                       "props": [OSCAL.prop("lang", "en")], "prose": .string(EvidenceRuleText.english(rule))]],
        ]
    }

    /// A part in Indonesian, with its English as a `translation` sub-part when there is one.
    private func translated(id: String, name: String, _ text: LocalizedText) -> JSONValue {
        var part: [String: JSONValue] = ["id": .string(id), "name": .string(name), "prose": .string(OSCAL.trimmed(text.id))]
        if let english = text.en {
            part["parts"] = [["id": .string(id + ".en"), "name": "translation", "ns": .string(OSCALNames.namespace),
                              "props": [OSCAL.prop("lang", "en")], "prose": .string(english)]]
        }
        return .object(part)
    }
}
