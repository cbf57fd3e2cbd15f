public import Catalog

/// What the CI gate is asked: which kinds fail it, and which standards it looks at.
public struct GatePolicy: Sendable, Hashable {
    /// The kinds that fail the gate (`--fail-on`).
    public var failOn: Set<ProblemKind>
    /// The standards looked at (`--standard`), by catalog id; `nil` for every standard.
    public var standards: Set<String>?

    public init(failOn: Set<ProblemKind> = ProblemKind.defaultFailOn, standards: Set<String>? = nil) {
        self.failOn = failOn
        self.standards = standards
    }
}

/// The gate's answer: the report narrowed to the standards looked at, the problems in it, and
/// whether one of them fails the gate.
public struct GateResult: Sendable, Hashable {
    /// The evaluation, its rules and files narrowed to ``GatePolicy/standards``.
    public var report: EvidenceReport
    /// Rule problems in the order of the rules, then file problems in path order, then
    /// metadata problems.
    public var problems: [GateProblem]
    public var policy: GatePolicy

    public init(report: EvidenceReport, problems: [GateProblem], policy: GatePolicy) {
        self.report = report
        self.problems = problems
        self.policy = policy
    }

    /// Whether a problem of a kind in `failOn` occurs.
    public var failed: Bool { problems.contains(where: \.failing) }

    /// The keys of ``summary`` in the order a summary line shows them: `ok`, the other rule
    /// statuses from the most serious, then the file and metadata kinds.
    public static let summaryKeys: [String] = [RuleStatus.ok.rawValue]
        + RuleStatus.allCases.filter { $0 != .ok }.map(\.rawValue) + ProblemKind.fileKinds.map(\.rawValue)

    /// How many rules have each status and how many file and metadata problems of each kind
    /// there are, with every key of ``summaryKeys`` present.
    public var summary: [String: Int] {
        var counts = Dictionary(uniqueKeysWithValues: Self.summaryKeys.map { ($0, 0) })
        for rule in report.rules { counts[rule.status.rawValue, default: 0] += 1 }
        for problem in problems where ProblemKind.fileKinds.contains(problem.kind) {
            counts[problem.kind.rawValue, default: 0] += 1
        }
        return counts
    }

    /// The first problem of each rule, by rule id.
    public var problemsByRule: [String: GateProblem] {
        var byRule: [String: GateProblem] = [:]
        for problem in problems {
            guard let rule = problem.rule, byRule[rule] == nil else { continue }
            byRule[rule] = problem
        }
        return byRule
    }

    /// The problems that concern no rule (files and metadata), in report order.
    public var fileProblems: [GateProblem] { problems.filter { $0.rule == nil } }
}

/// The CI gate: a pure function of an evaluation, the folder convention and a policy that
/// decides which problems there are, where each lies, and which fail.
///
/// - A rule whose status is not `ok` is a problem located at the file concerned (the first
///   tampered, else removed file for `tampered`; the first unsigned file for `unsigned`; the
///   newest counted file for `expired` and `expiring`), else at its control's folder.
/// - A file that is misfiled, unclassified, a symbolic link or unreadable is a problem at its path.
/// - A sealed file no rule counts (an answer file, a misfiled file) that changed or disappeared
///   since the seal is a `tampered` problem at its path.
/// - Each metadata problem is one at its `bukti.xml` and line.
///
/// Each problem belongs to the standard whose folder holds it (``EvidenceLayout/standard(holding:)``);
/// with a selection of standards, only their rules, files and problems remain.
public struct EvidenceGate: Sendable {
    public let layout: EvidenceLayout
    public let policy: GatePolicy

    public init(layout: EvidenceLayout, policy: GatePolicy = GatePolicy()) {
        self.layout = layout
        self.policy = policy
    }

    public init(catalog: StandardsCatalog, policy: GatePolicy = GatePolicy()) {
        self.init(layout: EvidenceLayout(catalog: catalog), policy: policy)
    }

    /// The gate's answer on `report`.
    public func check(_ report: EvidenceReport) -> GateResult {
        var narrowed = report
        var problems = problems(in: report)
        if let selected = policy.standards {
            narrowed.rules = report.rules.filter { selected.contains($0.standard) }
            narrowed.files = report.files.filter { layout.standard(holding: $0.path).map(selected.contains) ?? false }
            problems = problems.filter { $0.standard.map(selected.contains) ?? false }
        }
        return GateResult(report: narrowed, problems: problems, policy: policy)
    }

    /// Every problem of `report`, whatever the selection of standards.
    public func problems(in report: EvidenceReport) -> [GateProblem] {
        var problems: [GateProblem] = []
        for finding in report.rules {
            guard let kind = ProblemKind(finding.status) else { continue }
            problems.append(GateProblem(kind: kind, path: locate(finding), standard: finding.standard, rule: finding.rule,
                                        failing: policy.failOn.contains(kind), cause: .rule(finding)))
        }
        for file in report.files {
            guard let kind = ProblemKind(file.status) else { continue }
            problems.append(GateProblem(kind: kind, path: file.path.string, standard: layout.standard(holding: file.path),
                                        rule: nil, failing: policy.failOn.contains(kind), cause: .file(file)))
        }
        for change in report.sealChanges ?? [] {
            problems.append(GateProblem(kind: .tampered, path: change.path.string, standard: layout.standard(holding: change.path),
                                        rule: nil, failing: policy.failOn.contains(.tampered), cause: .sealedFile(change)))
        }
        for file in report.files where file.status == .classified
            && (file.dateSource == .modificationTime || file.unreadDate != nil) {
            problems.append(GateProblem(kind: .undated, path: file.path.string, standard: layout.standard(holding: file.path),
                                        rule: nil, failing: policy.failOn.contains(.undated), cause: .file(file)))
        }
        for problem in report.metadataProblems {
            problems.append(GateProblem(kind: .metadata, path: problem.file, line: problem.line,
                                        standard: layout.standard(holding: EvidencePath(problem.file)), rule: nil,
                                        failing: policy.failOn.contains(.metadata), cause: .metadata(problem)))
        }
        return problems
    }

    /// The file concerned for a file-level status, else the control folder (ending with `/`).
    func locate(_ finding: RuleFinding) -> String {
        let file: EvidencePath? = switch finding.status {
        case .tampered: finding.tampered.first ?? finding.removed.first
        case .unsigned: finding.unsigned.first
        case .expired, .expiring: finding.files.last
        case .content: finding.contentFailures.first?.file
        case .missing, .ok: nil
        }
        return file?.string ?? layout.folder(of: finding.control) + "/"
    }
}
