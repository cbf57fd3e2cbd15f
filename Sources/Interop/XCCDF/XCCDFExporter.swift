import XMLSupport
public import Assessment
public import Catalog
import Core

/// The catalog as an XCCDF 1.2 `Benchmark`, and an answer file as its `TestResult`. Pure: the
/// same values give the same text, byte for byte.
///
/// The mapping (see `docs/interop.md`):
///
/// - the catalog is the Benchmark (`xccdf_id.go.lkpp_benchmark_patuh`, version = catalog
///   version), declaring the four XCCDF scoring models;
/// - each standard is a `Group` whose `weight` is the scoring policy's group weight; its name
///   is the title and its purpose the description, in Indonesian and English (`xml:lang`);
/// - each control is a `Rule` whose `weight` is the control's weight: title and requirement in
///   both languages, the assessor's guidance and whether it is wajib in the description, each
///   basis and ISO mapping as a `reference`, and the evidence rules as `fixtext`;
/// - an answer file is a `TestResult` appended to the Benchmark, with one `rule-result` per
///   control: the result from the policy's `xccdf` mapping (memenuhi → pass, sebagian → the
///   policy's choice, tidak → fail, tidak-berlaku → notapplicable, not assessed → notchecked),
///   an assessor's override as `override`, fakta, analisis and findings as `message`s, the
///   whole answer in Patuh's namespace inside `metadata` (so `patuh impor xccdf` gets it back
///   unchanged), and one `score` per model as ``XCCDFScorer`` computes it.
///
/// ## Topics
/// - ``benchmark()``
/// - ``results(_:endTime:)``
public struct XCCDFExporter: Sendable {
    public let catalog: StandardsCatalog
    public let policy: ScoringPolicy
    /// The tool named in the metadata and as the test system, e.g. `Patuh 0.1.0`.
    public let generator: String

    /// Creates an exporter.
    public init(catalog: StandardsCatalog, policy: ScoringPolicy, generator: String = "Patuh") {
        self.catalog = catalog
        self.policy = policy
        self.generator = generator
    }

    /// The Benchmark alone.
    public func benchmark() -> String {
        var writer = XMLWriter()
        writeBenchmark(into: &writer, answers: nil, endTime: "")
        return writer.text
    }

    /// The Benchmark followed by the `TestResult` of `answers`, as one results document (the
    /// shape `oscap xccdf eval --results` writes). `endTime` is the instant of the export,
    /// ISO 8601 with its offset.
    public func results(_ answers: AnswerFile, endTime: String) -> String {
        var writer = XMLWriter()
        writeBenchmark(into: &writer, answers: answers, endTime: endTime)
        return writer.text
    }

    // MARK: - Benchmark

    private func writeBenchmark(into writer: inout XMLWriter, answers: AnswerFile?, endTime: String) {
        writer.comment("Patuh: katalog \(catalog.version) sebagai Benchmark XCCDF 1.2 (\(catalog.standards.count) standar, \(catalog.controls.count) kontrol). Dibuat oleh \(generator); lihat docs/interop.md.")
        writer.open("Benchmark", [("xmlns", XCCDFNames.namespace), ("xmlns:dc", XCCDFNames.dublinCore),
                                  ("id", XCCDFNames.benchmarkId), ("resolved", "1"), ("xml:lang", "id")])
        writer.element("status", [("date", catalog.effective.isEmpty ? nil : catalog.effective)], text: "accepted")
        writeLocalized("title", catalog.title, into: &writer)
        writer.element("description", [("xml:lang", "id")], text: """
            \(catalog.title.id), katalog \(catalog.version) (berlaku \(catalog.effective)). Setiap standar adalah \
            sebuah Group dengan bobot dari kebijakan penilaian; setiap kontrol sebuah Rule dengan bobot kontrolnya. \
            Kontrol dinilai oleh penilai (penilaian mandiri atau faktual), bukan oleh pemeriksaan otomatis; \
            bukti yang diharapkan tertulis pada fixtext tiap Rule.
            """)
        writer.element("description", [("xml:lang", "en")], text: """
            \(catalog.title.en ?? catalog.title.id), catalog \(catalog.version) (effective \(catalog.effective)). Each \
            standard is a Group weighted by the scoring policy; each control is a Rule weighted by the control's \
            weight. Controls are assessed by people (self or factual assessment), not by automated checks; the \
            evidence each expects is in the Rule's fixtext.
            """)
        writer.element("version", text: catalog.version)
        writer.open("metadata")
        writer.element("dc:title", text: catalog.title.id)
        writer.element("dc:creator", text: "LKPP")
        writer.element("dc:publisher", text: generator)
        if !catalog.effective.isEmpty { writer.element("dc:date", text: catalog.effective) }
        writer.element("dc:description", text: "Kebijakan penilaian \(policy.version)")
        writer.close("metadata")
        for model in XCCDFScores.models {
            writer.empty("model", [("system", model.uri)])
        }
        for standard in catalog.standards {
            writer.blank()
            writeGroup(standard, into: &writer)
        }
        if let answers {
            writer.blank()
            XCCDFTestResultWriter(catalog: catalog, policy: policy, generator: generator)
                .write(answers, endTime: endTime, into: &writer)
        }
        writer.close("Benchmark")
    }

    private func writeGroup(_ standard: Standard, into writer: inout XMLWriter) {
        writer.open("Group", [("id", XCCDFNames.groupId(standard.id)), ("selected", "true"),
                              ("weight", DecimalText.format(policy.groupWeight(standard.id)))])
        writer.element("title", [("xml:lang", "id")], text: "\(standard.id) \(standard.name.id)")
        if let english = standard.name.en { writer.element("title", [("xml:lang", "en")], text: "\(standard.id) \(english)") }
        let roles = [standard.role.id, standard.instrument.id].filter { !$0.isEmpty }.joined(separator: " ")
        let rolesEn = [standard.role.text(.en), standard.instrument.text(.en)].filter { !$0.isEmpty }.joined(separator: " ")
        writer.element("description", [("xml:lang", "id")],
                       text: standard.purpose.id + (roles.isEmpty ? "" : "\n\nPeran: \(roles)"))
        if let english = standard.purpose.en {
            writer.element("description", [("xml:lang", "en")], text: english + (rolesEn.isEmpty ? "" : "\n\nRole: \(rolesEn)"))
        }
        for control in standard.controls {
            writeRule(control, standard: standard, into: &writer)
        }
        writer.close("Group")
    }

    private func writeRule(_ control: Control, standard: Standard, into writer: inout XMLWriter) {
        writer.open("Rule", [("id", XCCDFNames.ruleId(control.id)), ("selected", "true"),
                             ("weight", String(control.weight)), ("role", "full")])
        writer.element("title", [("xml:lang", "id")], text: "\(control.id) \(control.title.id)")
        if let english = control.title.en { writer.element("title", [("xml:lang", "en")], text: "\(control.id) \(english)") }
        let wajib = control.mandatory ? "Kontrol wajib: harus memenuhi agar standar terpenuhi." : "Kontrol tidak wajib."
        let mandatory = control.mandatory ? "Mandatory control: must be met for the standard to be met." : "Not mandatory."
        let infraId = control.infra ? " Berlaku bagi LPSE yang mengelola server sendiri [infra]." : ""
        let infraEn = control.infra ? " Applies to an LPSE that runs its own servers [infra]." : ""
        let guidanceId = control.guidance.id.isEmpty ? "" : "\n\nPetunjuk penilai: \(control.guidance.id)"
        let guidanceEn = control.guidance.id.isEmpty ? "" : "\n\nAssessor guidance: \(control.guidance.text(.en))"
        writer.element("description", [("xml:lang", "id")],
                       text: "\(control.requirement.id)\n\nBobot \(control.weight). \(wajib)\(infraId)\(guidanceId)")
        writer.element("description", [("xml:lang", "en")],
                       text: "\(control.requirement.en ?? control.requirement.id)\n\nWeight \(control.weight). \(mandatory)\(infraEn)\(guidanceEn)")
        for basis in control.bases {
            writer.open("reference")
            writer.element("dc:title", text: basis.citation(in: catalog))
            writer.element("dc:type", text: basis.kind.rawValue)
            writer.close("reference")
        }
        for mapping in control.isoMappings {
            writer.open("reference")
            writer.element("dc:title", text: "\(mapping.standard) \(mapping.clause)")
            writer.element("dc:type", text: mapping.inferred ? "iso (disimpulkan)" : "iso")
            writer.close("reference")
        }
        if !control.evidenceRules.isEmpty {
            let folder = "Evidence/\(standard.folder)/\(control.id)/"
            writer.element("fixtext", [("xml:lang", "id")], text: (["Sediakan bukti di \(folder):"]
                + control.evidenceRules.map(EvidenceRuleText.indonesian)).joined(separator: "\n"))
            writer.element("fixtext", [("xml:lang", "en")], text: (["Provide the evidence in \(folder):"]
                + control.evidenceRules.map(EvidenceRuleText.english)).joined(separator: "\n"))
        }
        // Assessed by a person in an answer file, not by an automated check: tools that do not
        // know this check system report the rule notchecked.
        writer.open("check", [("system", XCCDFNames.patuhNamespace)])
        writer.empty("check-content-ref", [("href", "penilaian.xml"), ("name", control.id)])
        writer.close("check")
        writer.close("Rule")
    }

    private func writeLocalized(_ name: String, _ text: LocalizedText, into writer: inout XMLWriter) {
        writer.element(name, [("xml:lang", "id")], text: text.id)
        if let english = text.en { writer.element(name, [("xml:lang", "en")], text: english) }
    }
}
