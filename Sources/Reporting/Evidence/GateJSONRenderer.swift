import Catalog
import Core
import EvidenceRegistry

/// `periksa --format json`: `{"lpse", "catalogVersion", "today", "failOn", "failed", "summary",
/// "rules", "files", "problems"}` with sorted keys. Sentences (`message`, `detail`) follow the
/// view's language; codes (`status`, `kind`) do not.
struct GateJSONRenderer {
    let view: GateView

    struct Document: Encodable {
        var lpse: LPSE
        var catalogVersion: String
        var today: CivilDate
        var failOn: [ProblemKind]
        var failed: Bool
        var summary: [String: Int]
        var rules: [Rule]
        var files: [File]
        var problems: [Problem]
    }

    struct LPSE: Encodable {
        var id: String
        var name: String
        var instansi: String
        var zone: IndonesianZone
    }

    struct Rule: Encodable {
        var standard: String
        var control: String
        var rule: String
        var status: RuleStatus
        var files: [EvidencePath]
        var message: String
        var validUntil: CivilDate?
        /// What the rule's content check found (absent when none ran).
        var content: [Content]?
    }

    /// One content finding: the file, where in it (row, column header and position, cell),
    /// the code and values, and the sentence.
    struct Content: Encodable {
        var kind: ContentFinding.Kind
        var failing: Bool
        var file: EvidencePath
        var row: Int?
        var column: String?
        var columnNumber: Int?
        var cell: String?
        var value: String?
        var expected: String?
        /// The other column compared with (a row rule's `notBefore`).
        var relatedColumn: String?
        /// The row rule whose condition the row meets.
        var condition: ContentFinding.Condition?
        /// The register a cross-reference looked in: its rule, key column and documents.
        var reference: ContentFinding.Reference?
        var message: String
    }

    struct File: Encodable {
        var path: EvidencePath
        var status: FileStatus
        /// The first rule the file proves (absent when none).
        var rule: String?
        var rules: [String]
        var date: CivilDate?
        var dateSource: DateSource?
        var detail: String?
        var tampered: Bool
    }

    struct Problem: Encodable {
        var kind: ProblemKind
        var path: String
        var line: Int
        var standard: String?
        var rule: String?
        var message: String
        var failing: Bool
    }

    func content(_ finding: ContentFinding) -> Content {
        Content(kind: finding.kind, failing: finding.failing, file: finding.file, row: finding.row, column: finding.column,
                columnNumber: finding.columnNumber, cell: finding.cellReference, value: finding.value,
                expected: finding.expected, relatedColumn: finding.relatedColumn, condition: finding.condition,
                reference: finding.reference, message: view.wording.contentMessage(finding))
    }

    func render() throws -> String {
        try EvidenceJSON.encode(document())
    }

    func document() -> Document {
        let profile = view.profile
        let report = view.report
        return Document(
            lpse: LPSE(id: profile.id, name: profile.name, instansi: profile.instansi, zone: profile.zone),
            catalogVersion: view.catalog.version, today: report.today,
            failOn: view.result.policy.failOn.sorted(), failed: view.result.failed, summary: view.result.summary,
            rules: report.rules.map { finding in
                Rule(standard: finding.standard, control: finding.control, rule: finding.rule, status: finding.status,
                     files: finding.files, message: view.message(finding), validUntil: finding.validUntil,
                     content: finding.content.map { $0.map(content) })
            },
            files: report.files.map { file in
                File(path: file.path, status: file.status, rule: file.rules.first, rules: file.rules, date: file.date,
                     dateSource: file.dateSource, detail: view.wording.fileDetail(file), tampered: file.tampered)
            },
            problems: view.result.problems.map { problem in
                Problem(kind: problem.kind, path: problem.path, line: problem.line, standard: problem.standard,
                        rule: problem.rule, message: view.message(problem), failing: problem.failing)
            })
    }
}
