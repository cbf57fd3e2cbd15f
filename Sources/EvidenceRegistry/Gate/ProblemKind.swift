/// The kinds of problem the CI gate reports, most serious rule statuses first, then the file
/// and metadata kinds. `--fail-on` names the kinds that fail the gate.
public enum ProblemKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case missing, tampered, expired, content, unsigned, expiring
    case misfiled, unclassified, metadata, unreadable, symlink
    /// A document whose date Patuh cannot read: only its modification time, or a date in its
    /// name written otherwise than `_YYYY-MM-DD`. A warning unless `--fail-on` names it.
    case undated

    /// The kinds that fail the gate unless told otherwise.
    ///
    /// `content` fails by default as `missing` and `expired` do: the document is there but does
    /// not show what the control requires. `unsigned` and `expiring` do not.
    public static let defaultFailOn: Set<ProblemKind> = [.missing, .expired, .tampered, .content, .misfiled, .symlink]

    /// The kinds that concern files and metadata rather than evidence rules, in report order.
    public static let fileKinds: [ProblemKind] = [.misfiled, .unclassified, .metadata, .unreadable, .symlink, .undated]

    /// The problem a rule status is (none for `ok`).
    public init?(_ status: RuleStatus) {
        switch status {
        case .ok: return nil
        case .missing: self = .missing
        case .tampered: self = .tampered
        case .expired: self = .expired
        case .content: self = .content
        case .unsigned: self = .unsigned
        case .expiring: self = .expiring
        }
    }

    /// The problem a file status is (none for a classified file, metadata or an answer file).
    public init?(_ status: FileStatus) {
        switch status {
        case .classified, .metadata, .assessment: return nil
        case .unclassified: self = .unclassified
        case .misfiled: self = .misfiled
        case .symlink: self = .symlink
        case .unreadable: self = .unreadable
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: ProblemKind, rhs: ProblemKind) -> Bool { lhs.rank < rhs.rank }

    /// Parses a comma-separated list (`missing,expired`; blanks and empty items are ignored),
    /// failing on the first name that is no kind.
    public static func parseList(_ text: String) throws(UnknownProblemKind) -> Set<ProblemKind> {
        var kinds: Set<ProblemKind> = []
        for item in text.split(separator: ",") {
            let name = item.trimmingSpaces
            guard !name.isEmpty else { continue }
            guard let kind = ProblemKind(rawValue: name) else { throw UnknownProblemKind(name: name) }
            kinds.insert(kind)
        }
        return kinds
    }
}

/// A name in a list of problem kinds that is no ``ProblemKind``.
public struct UnknownProblemKind: Error, Sendable, Hashable {
    public var name: String

    public init(name: String) {
        self.name = name
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
