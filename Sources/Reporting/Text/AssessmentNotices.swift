public import Assessment
public import Catalog
public import Core

/// The warnings every front end shows with a score: answers that are still unreviewed
/// proposals of `penilaian template`, and citations of files that do not exist. Worded from
/// the message catalog, so `nilai`, `penilaian nilai`, the report and `patuh buka` say the same.
public struct AssessmentNotices: Sendable {
    public let catalog: StandardsCatalog
    public let language: Language

    public init(catalog: StandardsCatalog, language: Language) {
        self.catalog = catalog
        self.language = language
    }

    /// "Peringatan: 66 dari 68 jawaban masih usulan template …", or `nil` when every answer was reviewed.
    public func unreviewed(_ result: AssessmentResult) -> String? {
        guard !result.proposed.isEmpty else { return nil }
        let standards = result.standardsWithProposals(in: catalog)
        return Core.Messages(language).text("assessment.unreviewed", [
            "count": String(result.proposed.count), "total": String(catalog.controls.count),
            "standards": standards.count == catalog.standards.count
                ? Core.Messages(language).text("assessment.unreviewed.all", ["count": String(standards.count)])
                : standards.joined(separator: ", "),
        ])
    }

    /// One line per citation of a missing file.
    public func citations(_ missing: [MissingCitation]) -> [String] {
        let wording = EvidenceWording(language: language)
        return missing.map { "\($0.answerFile):\($0.line): " + wording.citation($0) }
    }
}
