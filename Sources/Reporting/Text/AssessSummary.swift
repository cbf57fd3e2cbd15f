import Catalog
import Core
import EvidenceRegistry
import Reporting

/// What `patuh nilai` prints: the headline, the standards not yet met, the evidence picture,
/// and where the report is.
public struct AssessSummary {
    public var report: MandiriReport
    public var evidence: EvidenceReport
    public var written: [String]
    public var language: Language

    public init(report: MandiriReport, evidence: EvidenceReport, written: [String], language: Language) {
        self.report = report
        self.evidence = evidence
        self.written = written
        self.language = language
    }

    private func pick(_ id: String, _ en: String) -> String { language == .en ? en : id }

    public func render() -> String {
        let summary = report.summary
        var lines: [String] = []
        lines.append("\(report.header.lpse.name) — \(report.header.title), \(DateText.date(iso: report.assessment.date, language))")
        lines.append(pick("Terpenuhi: \(summary.terpenuhi) dari \(summary.of) standar", "Met: \(summary.terpenuhi) of \(summary.of) standards")
            + " — " + (summary.eligibleForCertification
                ? pick("memenuhi syarat sertifikasi penuh", "eligible for full certification")
                : pick("belum memenuhi syarat sertifikasi penuh", "not yet eligible for full certification")))
        report.notices?.forEach { lines.append($0) }
        let notMet = report.standards.filter { !$0.terpenuhi }
        if !notMet.isEmpty {
            lines.append("")
            var table = TextTable([pick("Belum terpenuhi", "Not met"), pick("Persen", "Percent"), pick("Wajib belum memenuhi", "Mandatory not met")],
                                  alignments: [.left, .right, .left])
            for standard in notMet {
                table.add(["\(standard.id) \(standard.name)", standard.percent.description, standard.mandatoryNotMet.joined(separator: ", ")])
            }
            lines.append(table.render())
        }
        lines.append("")
        let problems = evidence.rules.filter { $0.status != .ok && $0.status != .expiring }.count
        let stray = evidence.files.filter { $0.status == .misfiled || $0.status == .unclassified }.count
        lines.append(pick("Bukti: \(evidence.rules.count) aturan, \(problems) bermasalah, \(stray) berkas di luar aturan (rincian: patuh periksa)",
                          "Evidence: \(evidence.rules.count) rules, \(problems) with problems, \(stray) \(stray == 1 ? "file" : "files") outside the rules (details: patuh periksa)"))
        lines.append(pick("Klaim tanpa bukti: ", "Claims without evidence: ")
            + (report.claimsWithoutEvidence.isEmpty ? "0" : report.claimsWithoutEvidence.map(\.control).joined(separator: ", ")))
        if let first = report.nextSteps.first {
            lines.append(pick("Langkah pertama: ", "First step: ") + "\(first.control) \(first.title) (\(first.reason))")
            if !first.requirement.isEmpty {
                lines.append("  " + pick("Persyaratan: ", "Requirement: ") + first.requirement)
            }
            first.actions.forEach { lines.append("  - " + $0) }
        }
        lines.append("")
        lines.append(pick("Laporan:", "Report:"))
        written.forEach { lines.append("  " + $0) }
        if let html = written.first(where: { $0.hasSuffix(".html") }) {
            lines.append(pick("Buka di peramban, mis. ", "Open it in a browser, e.g. ") + "xdg-open \(html)")
        }
        return lines.joined(separator: "\n")
    }
}
