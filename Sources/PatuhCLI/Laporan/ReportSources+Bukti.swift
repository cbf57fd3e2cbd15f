import Catalog
import Core
import EvidenceRegistry
import Reporting
import Workspace

extension ReportSources {
    /// The evidence matrix: every rule's state per standard, counts per status, stray files.
    func bukti() throws -> BuktiReport {
        let check = try workspace.checkEvidence(ProgressBar.scanOptions(language: language))
        let texts = EvidenceWording(language: language)
        let layout = EvidenceLayout(catalog: catalog)
        let lang = language.rawValue
        let report = check.report
        let standards = catalog.standards.map { standard in
            BuktiReport.StandardRules(
                id: standard.id, name: standard.name.text(language),
                rules: report.rules.filter { $0.standard == standard.id }.map { finding in
                    RuleState(id: finding.rule, kind: catalog.rule(finding.rule)?.rule.kind.rawValue ?? "",
                              status: finding.status.rawValue, statusLabel: Reporting.Messages.label(finding.status.rawValue, lang),
                              files: finding.files.map(\.description),
                              message: ruleMessage(finding) ?? "",
                              label: catalog.rule(finding.rule).map { RuleWords(language: language).label($0.rule, control: $0.control) } ?? "")
                })
        }
        let stray = report.files.filter { [.misfiled, .unclassified, .symlink, .unreadable].contains($0.status) }
        var summary = RuleStatus.allCases.sorted(by: >).map { status in
            BuktiReport.StatusCount(status: status.rawValue, label: Reporting.Messages.label(status.rawValue, lang),
                                    count: report.rules.filter { $0.status == status }.count)
        }
        for status in [FileStatus.misfiled, .unclassified] {
            summary.append(.init(status: status.rawValue, label: Reporting.Messages.label(status.rawValue, lang),
                                 count: report.files.filter { $0.status == status }.count))
        }
        return BuktiReport(
            header: header(.bukti), summary: summary, standards: standards,
            strayFiles: stray.map {
                BuktiReport.StrayFile(path: $0.path.description, status: $0.status.rawValue,
                                      label: Reporting.Messages.label($0.status.rawValue, lang),
                                      message: texts.fileMessage($0, layout: layout))
            })
    }
}
