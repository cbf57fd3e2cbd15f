public import Catalog
public import Core
public import EvidenceRegistry

/// The formats of the CI gate's report.
public enum GateFormat: String, Sendable, Hashable, CaseIterable {
    case text, json, junit, sarif, github
}

/// What every renderer of the CI gate shows: the gate's answer, the catalog, the LPSE, and
/// the language to word it in.
public struct GateView: Sendable {
    public var result: GateResult
    public var catalog: StandardsCatalog
    public var profile: WorkspaceProfile
    public var wording: EvidenceWording

    public init(result: GateResult, catalog: StandardsCatalog, profile: WorkspaceProfile, language: Language) {
        self.result = result
        self.catalog = catalog
        self.profile = profile
        self.wording = EvidenceWording(language: language)
    }

    public var language: Language { wording.language }
    var report: EvidenceReport { result.report }

    /// One line explaining `problem`.
    func message(_ problem: GateProblem) -> String {
        wording.message(problem, catalog: catalog, today: report.today)
    }

    /// One line explaining a rule's status.
    func message(_ finding: RuleFinding) -> String {
        wording.ruleMessage(finding, rule: catalog.rule(finding.rule)?.rule, today: report.today)
    }

    /// The report in `format`. `style` colours the text format; `toolVersion` names Patuh's
    /// version in SARIF.
    public func render(_ format: GateFormat, style: ANSIStyle = ANSIStyle(enabled: false), toolVersion: String) throws -> String {
        switch format {
        case .text: GateTextRenderer(view: self, style: style).render()
        case .json: try GateJSONRenderer(view: self).render()
        case .junit: GateJUnitRenderer(view: self).render()
        case .sarif: try GateSARIFRenderer(view: self, toolVersion: toolVersion).render()
        case .github: GateGitHubRenderer(view: self).render()
        }
    }
}
