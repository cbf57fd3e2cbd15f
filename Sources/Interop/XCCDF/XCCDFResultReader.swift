public import Assessment
public import Catalog
import Core
public import XMLSupport

/// What an import needs besides the test result: who and what the answer file is about when
/// the result does not say (a result from `oscap xccdf eval` names a host, not an LPSE).
public struct XCCDFImportDefaults: Sendable, Hashable {
    /// The LPSE, when the result carries no Patuh metadata (usually from `patuh.xml`).
    public var lpse: LPSEIdentity?
    /// The assessors, when the result carries none.
    public var assessors: [Assessor]
    /// The kind of assessment, when the result carries none.
    public var kind: AssessmentKind

    /// Creates defaults.
    public init(lpse: LPSEIdentity? = nil, assessors: [Assessor] = [], kind: AssessmentKind = .mandiri) {
        self.lpse = lpse
        self.assessors = assessors
        self.kind = kind
    }
}

/// What reading a test result gave: the answer file (unless an error refused it) and every
/// problem, in line order.
public struct XCCDFImportOutcome: Sendable {
    public var file: AnswerFile?
    public var problems: [ImportProblem]
    /// The `TestResult` read.
    public var testResultId: String

    /// Whether an error refused the file.
    public var isRefused: Bool { file == nil || problems.contains { $0.severity == .error } }
}

/// Reads an XCCDF 1.2 `TestResult` (standalone, the last one inside a `Benchmark`, or inside
/// an ARF report) back into an ``AnswerFile``. Pure, but for ``load(path:catalog:policy:defaults:)``,
/// which parses the file with XMLSupport's safe parser.
///
/// Each `rule-result` must name a rule of Patuh's benchmark (`xccdf_id.go.lkpp_rule_<control>`)
/// at most once; anything else is an error with its line. The result gives the status through
/// the policy's `xccdf` mapping read backwards:
///
/// - pass (and fixed) → the best status the policy maps to pass (memenuhi);
/// - fail (and error, unknown, which XCCDF scores as failures) → the worst status the policy
///   maps to fail (tidak: sebagian is lost unless Patuh's metadata says it);
/// - notapplicable → the status the policy maps to notapplicable (tidak-berlaku);
/// - notchecked, notselected, informational → not assessed: the control is left out, with a warning.
///
/// A result Patuh wrote carries each answer in its `metadata`; when that answer's status gives
/// the same result, the answer is taken whole (status, fakta, analisis, evidence, override,
/// findings), so Patuh → XCCDF → Patuh loses nothing. When the result was changed by another
/// tool, the result wins and the answer's text is kept as fakta.
public struct XCCDFResultReader: Sendable {
    public let catalog: StandardsCatalog
    public let policy: ScoringPolicy
    public let defaults: XCCDFImportDefaults

    /// Creates a reader.
    public init(catalog: StandardsCatalog, policy: ScoringPolicy, defaults: XCCDFImportDefaults = XCCDFImportDefaults()) {
        self.catalog = catalog
        self.policy = policy
        self.defaults = defaults
    }

    /// Parses the file at `path` and reads its test result.
    public static func load(path: String, catalog: StandardsCatalog, policy: ScoringPolicy,
                            defaults: XCCDFImportDefaults = XCCDFImportDefaults()) -> XCCDFImportOutcome {
        do {
            let document = try XMLDocument.parse(path: path)
            return XCCDFResultReader(catalog: catalog, policy: policy, defaults: defaults).read(document.root, path: path)
        } catch {
            let problems = error.diagnostics.map {
                ImportProblem(severity: .error, file: $0.file, line: $0.line, message: LocalizedText(id: $0.message, en: $0.message))
            }
            return XCCDFImportOutcome(file: nil, problems: problems, testResultId: "")
        }
    }

    /// Reads the test result in `root`; `path` names the file in problems.
    public func read(_ root: XMLElement, path: String) -> XCCDFImportOutcome {
        var session = XCCDFImportSession(reader: self, path: path)
        return session.read(root)
    }

    // MARK: - The mapping

    /// The XCCDF results that count as one of Patuh's: fixed is a pass, error and unknown are
    /// failures, the rest are not scored.
    static func effective(_ result: String) -> XCCDFResult? {
        switch result {
        case "pass", "fixed": .pass
        case "fail", "error", "unknown": .fail
        case "notapplicable": .notapplicable
        case "notchecked", "notselected", "informational": .notchecked
        default: nil
        }
    }

    /// The status a result stands for, or `nil` for not assessed.
    func status(for result: XCCDFResult) -> ControlStatus? {
        let candidates = ControlStatus.allCases.filter { policy.value(of: $0).xccdf == result }
        let points = { (status: ControlStatus) in policy.value(of: status).points ?? .zero }
        switch result {
        case .pass: return candidates.max { points($0) < points($1) }
        case .fail: return candidates.min { points($0) < points($1) }
        case .notapplicable: return candidates.first
        case .notchecked: return nil
        }
    }
}
