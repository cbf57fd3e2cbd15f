public import Assessment
public import Catalog

/// The three OSCAL 1.1.2 documents Patuh writes (JSON, keys sorted, two-space indentation):
///
/// - ``catalogDocument()``: the standards as groups, the controls with `statement`, `guidance` and one
///   `assessment-method` part per evidence rule, props for weight, mandatory and kind, the
///   bases as back-matter resources;
/// - ``assessmentResults(_:evidence:)``: one result for an answer file, with one observation
///   per assessed control (fakta, analisis, and the evidence cited, each file a back-matter
///   resource with its SHA-256 where the registry knows it), one finding per applicable control
///   (satisfied when its XCCDF result is pass) and one per temuan, the scores as props;
/// - ``poam(_:evidence:)``: one POA&M item per control not met (sebagian, tidak, or not
///   assessed), with its observation, a risk whose remediation is the temuan's rekomendasi or
///   the evidence the control expects, and its findings.
///
/// Pure. `generatedAt` (the injected `--now`) is the documents' `last-modified`; every UUID is
/// a version-5 UUID of a stable name, so the same input gives the same bytes.
///
/// ## Topics
/// - ``catalogDocument()``
/// - ``assessmentResults(_:evidence:)``
/// - ``poam(_:evidence:)``
public struct OSCALExporter: Sendable {
    public let catalog: StandardsCatalog
    public let policy: ScoringPolicy
    /// ISO 8601 with offset, e.g. `2026-11-25T09:00:00+07:00`.
    public let generatedAt: String
    /// The tool named in the documents, e.g. `Patuh 0.1.0`.
    public let generator: String

    /// Creates an exporter.
    public init(catalog: StandardsCatalog, policy: ScoringPolicy, generatedAt: String, generator: String = "Patuh") {
        self.catalog = catalog
        self.policy = policy
        self.generatedAt = generatedAt
        self.generator = generator
    }

    /// The OSCAL catalog.
    public func catalogDocument() -> String {
        OSCALCatalogWriter(catalog: catalog, policy: policy, generatedAt: generatedAt, generator: generator).document.text
    }

    /// The OSCAL assessment results of an answer file.
    public func assessmentResults(_ answers: AnswerFile, evidence: EvidenceContext = EvidenceContext()) -> String {
        var writer = OSCALResultsWriter(mapper: mapper(answers, evidence), generator: generator)
        return writer.document().text
    }

    /// The OSCAL POA&M of an answer file's open controls, or `nil` when every control is met
    /// or does not apply (a POA&M needs at least one item).
    public func poam(_ answers: AnswerFile, evidence: EvidenceContext = EvidenceContext()) -> String? {
        var writer = OSCALPOAMWriter(mapper: mapper(answers, evidence), generator: generator)
        return writer.document()?.text
    }

    private func mapper(_ answers: AnswerFile, _ evidence: EvidenceContext) -> OSCALAnswerMapper {
        OSCALAnswerMapper(catalog: catalog, policy: policy, answers: answers, evidence: evidence, generatedAt: generatedAt)
    }
}
