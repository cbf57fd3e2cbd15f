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
                     files: finding.files, message: view.message(finding), validUntil: finding.validUntil)
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
