public import Catalog
public import EvidenceRegistry

/// What the CI gate is asked.
public struct GateRequest: Sendable, Hashable {
    /// The kinds of problem that fail the gate.
    public var failOn: Set<ProblemKind>
    /// The standards to look at, by id (case-insensitive); empty for every standard.
    public var standards: [String]
    /// How many days before a rule stops being met it is reported as `expiring`.
    public var warnDays: Int
    /// The seal file to compare with (`--segel`); `nil` for the seal in force.
    public var sealFile: String?

    public init(failOn: Set<ProblemKind> = ProblemKind.defaultFailOn, standards: [String] = [], warnDays: Int = 30,
                sealFile: String? = nil) {
        self.failOn = failOn
        self.standards = standards
        self.warnDays = warnDays
        self.sealFile = sealFile
    }
}

/// The CI gate's answer on a workspace, with what a front end needs to show it.
public struct GateCheck: Sendable {
    /// The scan and the evaluation of every rule.
    public var evidence: EvidenceCheck
    /// The problems and whether the gate fails.
    public var result: GateResult
    public var catalog: StandardsCatalog
    public var profile: WorkspaceProfile
}

extension PatuhWorkspace {
    /// The CI gate: scans, evaluates every evidence rule on the civil day of now, and decides
    /// the problems, in the standards asked for. Fails with `invalidInput` for a negative
    /// warning period or a standard the catalog does not have (before anything is scanned).
    public func check(_ request: GateRequest = GateRequest(), scan options: ScanOptions = ScanOptions())
        throws(WorkspaceError) -> GateCheck {
        guard request.warnDays >= 0 else {
            throw WorkspaceError(.invalidInput, "evidence.warnDays.negative", ["value": String(request.warnDays)])
        }
        let catalog = try catalog()
        let selected = try selection(request.standards, in: catalog)
        let profile = try profile()
        var evidence = try checkEvidence(options, warnDays: request.warnDays, sealFile: request.sealFile)
        evidence.report.metadataProblems = (evidence.report.metadataProblems + citationProblems(evidence.scan))
            .sorted { ($0.file, $0.line, $0.message) < ($1.file, $1.line, $1.message) }
        let gate = EvidenceGate(catalog: catalog, policy: GatePolicy(failOn: request.failOn, standards: selected))
        return GateCheck(evidence: evidence, result: gate.check(evidence.report), catalog: catalog, profile: profile)
    }

    /// The catalog ids of `standards`, `nil` when none is named.
    private func selection(_ standards: [String], in catalog: StandardsCatalog) throws(WorkspaceError) -> Set<String>? {
        guard !standards.isEmpty else { return nil }
        var selected: Set<String> = []
        for id in standards {
            guard let standard = catalog.standard(id) else {
                throw WorkspaceError(.invalidInput, "evidence.standard.unknown",
                                     ["id": id, "first": catalog.standards.first?.id ?? "", "last": catalog.standards.last?.id ?? ""])
            }
            selected.insert(standard.id)
        }
        return selected
    }
}
