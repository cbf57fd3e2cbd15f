import ArgumentParser
import Foundation
import Reporting

/// Renders a report model and writes it, atomically, where the user asked.
struct ReportWriter {
    var sources: ReportSources
    var format: ReportFileFormat
    var output: String?

    /// Renders and writes `report`; returns the path written.
    func write(_ report: any RenderableReport) throws -> String {
        let path = output ?? defaultPath(report.header)
        if format == .csv {
            guard let text = CSVRenderer().render(report) else {
                throw ValidationError("--format csv is for the mandiri, faktual and bukti reports")
            }
            try AtomicFile.write(text, to: path)
            return path
        }
        let text = try ReportRenderer().render(report, as: format.textFormat)
        if format == .pdf {
            try PDFConverter.locate().convert(html: text, to: path)
        } else {
            try AtomicFile.write(text, to: path)
        }
        return path
    }

    /// `WORKSPACE/Reports/<jenis>-<lpse>-<date>[-en].<ext>`, the date in the LPSE's zone; an
    /// English report has its own name so it never overwrites the Indonesian one.
    func defaultPath(_ header: ReportHeader) -> String {
        let safeId = String(header.lpse.id.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
        let name = "\(header.kind.rawValue)-\(safeId)-\(sources.today)\(header.language == "en" ? "-en" : "").\(format.rawValue)"
        let workspace = sources.options.workspace
        return workspace == "." ? "Reports/" + name : (workspace as NSString).appendingPathComponent("Reports/" + name)
    }
}
