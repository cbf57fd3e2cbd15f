/// One problem of the CI gate, located at a control folder, a file, or a line of a `bukti.xml`.
///
/// It carries no sentence: ``cause`` holds the finding it comes from, so that each front end
/// words it in its own language.
public struct GateProblem: Sendable, Hashable {
    /// The finding a problem comes from.
    public enum Cause: Sendable, Hashable {
        /// An evidence rule whose status is not `ok`.
        case rule(RuleFinding)
        /// A file that is misfiled, unclassified, a symbolic link or unreadable.
        case file(FileFinding)
        /// A schema-valid `bukti.xml` entry that does not fit the files or the catalog.
        case metadata(MetadataProblem)
        /// A sealed file no rule counts (an answer file, a misfiled file) that changed or
        /// disappeared since the seal.
        case sealedFile(SealDeviation)
    }

    public var kind: ProblemKind
    /// The path relative to the workspace; a control folder ends with `/`.
    public var path: String
    /// The line of a `bukti.xml` (0 when the problem has none).
    public var line: Int
    /// The standard whose folder the problem lies in, if any.
    public var standard: String?
    /// The evidence rule, for a rule's problem.
    public var rule: String?
    /// Whether the gate's `failOn` names this kind.
    public var failing: Bool
    public var cause: Cause

    public init(kind: ProblemKind, path: String, line: Int = 0, standard: String?, rule: String?, failing: Bool,
                cause: Cause) {
        self.kind = kind
        self.path = path
        self.line = line
        self.standard = standard
        self.rule = rule
        self.failing = failing
        self.cause = cause
    }

    /// `path:line` for a metadata problem with a line, else the path.
    public var location: String {
        line > 0 ? "\(path):\(line)" : path
    }
}
