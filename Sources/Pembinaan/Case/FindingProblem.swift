import Catalog
public import Core

/// Why findings (temuan) cannot open a case: they do not fit the catalog in force.
public struct FindingProblem: Error, Sendable, Hashable {
    /// What is wrong with which finding.
    public enum Reason: Sendable, Hashable {
        /// Two findings share an id.
        case duplicateId(String)
        /// The finding's standard is not in the catalog.
        case unknownStandard(finding: String, standard: String, catalogVersion: String)
        /// The finding's control does not belong to its standard.
        case controlNotInStandard(finding: String, control: String, standard: String)
    }

    public var reason: Reason

    public init(_ reason: Reason) {
        self.reason = reason
    }

    /// The problem in `language`, from the message catalog.
    public func message(_ language: Language) -> String {
        let words = Messages(language)
        return switch reason {
        case .duplicateId(let id):
            words.text("pembinaan.finding.duplicate", ["id": id])
        case .unknownStandard(let finding, let standard, let version):
            words.text("pembinaan.finding.unknownStandard", ["id": finding, "standard": standard, "version": version])
        case .controlNotInStandard(let finding, let control, let standard):
            words.text("pembinaan.finding.controlNotInStandard", ["id": finding, "control": control, "standard": standard])
        }
    }
}

extension Finding {
    /// Checks findings against the catalog: ids are unique, each standard exists, and each
    /// control given belongs to its finding's standard.
    public static func check(_ findings: [Finding], against catalog: StandardsCatalog) throws(FindingProblem) {
        var seen: Set<String> = []
        for finding in findings {
            guard seen.insert(finding.id).inserted else { throw FindingProblem(.duplicateId(finding.id)) }
            guard catalog.standard(finding.standard) != nil else {
                throw FindingProblem(.unknownStandard(finding: finding.id, standard: finding.standard,
                                                      catalogVersion: catalog.version))
            }
            if let control = finding.control {
                guard let found = catalog.control(control), found.standard.id == finding.standard else {
                    throw FindingProblem(.controlNotInStandard(finding: finding.id, control: control, standard: finding.standard))
                }
            }
        }
    }
}
