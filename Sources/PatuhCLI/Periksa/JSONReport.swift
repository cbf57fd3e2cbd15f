import Catalog
import Core
import EvidenceRegistry
import Foundation

/// `periksa --format json`: `{"summary", "rules", "files", "problems", ...}` with sorted keys.
struct JSONReport: Encodable {
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
        /// The first rule the file proves (null when none).
        var rule: String?
        var rules: [String]
        var date: CivilDate?
        var dateSource: DateSource?
        var detail: String?
        var tampered: Bool
    }

    struct LPSE: Encodable {
        var id: String
        var name: String
        var instansi: String
        var zone: IndonesianZone
    }

    var lpse: LPSE
    var catalogVersion: String
    var today: CivilDate
    var failOn: [ProblemKind]
    var failed: Bool
    var summary: [String: Int]
    var rules: [Rule]
    var files: [File]
    var problems: [Problem]

    init(_ context: PeriksaContext) {
        let profile = context.profile
        lpse = LPSE(id: profile.id, name: profile.name, instansi: profile.instansi, zone: profile.zone)
        catalogVersion = context.catalog.version
        today = context.report.today
        failOn = context.failOn.sorted()
        failed = context.failed
        summary = context.summary
        rules = context.report.rules.map { finding in
            Rule(standard: finding.standard, control: finding.control, rule: finding.rule, status: finding.status,
                 files: finding.files,
                 message: context.texts.ruleMessage(finding, rule: context.catalog.rule(finding.rule)?.rule, today: context.report.today),
                 validUntil: finding.validUntil)
        }
        files = context.report.files.map {
            File(path: $0.path, status: $0.status, rule: $0.rules.first, rules: $0.rules, date: $0.date,
                 dateSource: $0.dateSource, detail: $0.detail, tampered: $0.tampered)
        }
        problems = context.problems
    }
}
