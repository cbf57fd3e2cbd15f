public import Core
public import XMLSupport

/// One problem in an answer file, found by the loader after the XSD.
///
/// Every problem makes the file invalid input, but some leave it usable: a control of the
/// catalog that the file does not assess is reported and then counted as not assessed
/// (``Kind/missingControl``), so a comparison can still show it as `tidak-dinilai`.
public struct AnswerProblem: Sendable, Hashable {
    /// What went wrong. Stable names; new kinds may be added.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The file does not satisfy `penilaian.xsd` (or cannot be read or parsed).
        case schema
        /// The file was made for another catalog version.
        case catalogVersion
        /// A faktual file where a mandiri is expected, or the other way round.
        case wrongKind
        /// A control id the catalog does not define.
        case unknownControl
        /// A control listed twice.
        case duplicateControl
        /// A control of the catalog missing from the file.
        case missingControl
        /// No fakta or no analisis where the status requires them.
        case missingJustification
        /// An evidence citation naming no file and no rule, both, or a rule the catalog lacks.
        case badEvidence
        /// An override or a finding in a mandiri file.
        case faktualOnly
        /// An override whose new status is not the control's, or that changes nothing.
        case inconsistentOverride
        /// Two findings with one id.
        case duplicateFinding
    }

    public var kind: Kind
    /// Where and what, as `FILE:LINE:COL: error: <element>: message`.
    public var diagnostic: XMLDiagnostic
    /// The control concerned, if any.
    public var controlId: String?

    /// Creates a problem.
    public init(kind: Kind, diagnostic: XMLDiagnostic, controlId: String? = nil) {
        self.kind = kind
        self.diagnostic = diagnostic
        self.controlId = controlId
    }
}

/// What loading an answer file gave: the file when it could be read, and every problem.
public struct AnswerFileOutcome: Sendable {
    /// The answers, when the file is well-formed and satisfies the XSD (even with other problems).
    public var file: AnswerFile?
    /// Every problem, in reading order.
    public var problems: [AnswerProblem]

    /// Creates an outcome.
    public init(file: AnswerFile?, problems: [AnswerProblem]) {
        self.file = file
        self.problems = problems
    }

    /// The file has no problem at all.
    public var isValid: Bool { file != nil && problems.isEmpty }

    /// The ids of the catalog's controls the file does not assess.
    public var missingControls: [String] {
        problems.filter { $0.kind == .missingControl }.compactMap(\.controlId)
    }

    /// Problems other than missing controls: those that make the file unusable for comparison.
    public var blockingProblems: [AnswerProblem] {
        problems.filter { $0.kind != .missingControl }
    }

    /// Every problem's diagnostic.
    public var diagnostics: [XMLDiagnostic] { problems.map(\.diagnostic) }
}
