import Core
import Pembinaan
import Portfolio
import Reporting

/// The portfolio as a spreadsheet: one row per LPSE, the words of the page's language, through
/// Reporting's CSV rules (UTF-8 with a byte-order mark, no cell read as a formula).
struct PortfolioCSV {
    let language: Language

    func render(_ rows: [PortfolioRow]) -> String {
        let words = Core.Messages(language)
        let views = Views(language: language)
        var table: [[String]] = [[
            words.text("web.portfolio.col.id"), words.text("web.portfolio.col.name"), words.text("web.portfolio.col.instansi"),
            words.text("web.portfolio.col.province"), words.text("web.portfolio.col.kind"), words.text("web.portfolio.col.mandiri"),
            words.text("web.portfolio.col.mandiriDate"), words.text("web.portfolio.col.faktual"), words.text("web.portfolio.col.faktualDate"),
            words.text("web.portfolio.col.trend"), words.text("web.portfolio.col.certified"), words.text("web.portfolio.col.deadline"),
            words.text("web.portfolio.col.cases"), words.text("web.portfolio.col.status"),
        ]]
        for row in rows {
            let deadline = row.nearestDeadline.map { "\($0.caseId) \(views.date($0.deadline.date))" } ?? ""
            table.append([
                row.lpse.id, row.lpse.name, row.lpse.instansi, row.lpse.province ?? "", row.lpse.instansiKind ?? "",
                row.mandiri.map { "\($0.terpenuhi)/\($0.standardCount)" } ?? "", row.mandiri?.assessmentDate ?? "",
                row.faktual.map { "\($0.terpenuhi)/\($0.standardCount)" } ?? "", row.faktual?.assessmentDate ?? "",
                row.trend.map(String.init).joined(separator: " → "), row.certified.joined(separator: " "), deadline,
                row.openCases.map { "\($0.id) (\($0.stage))" }.joined(separator: "; "), views.statusLabel(row.status),
            ])
        }
        return CSVRenderer.table(table)
    }
}
