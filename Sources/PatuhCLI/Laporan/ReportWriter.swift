import ArgumentParser
import Foundation
import Reporting
import Workspace

/// Renders a report model and writes it, atomically, where the user asked.
struct ReportWriter {
    var sources: ReportSources
    var format: ReportFileFormat
    var output: String?
    var guards: OutputGuardOptions?
    /// The files the report is made from (never overwritten without `--timpa`).
    var inputs: [String] = []

    /// Renders and writes `report`; returns the path written.
    func write(_ report: any RenderableReport) throws -> String {
        let path = output ?? defaultPath(report.header)
        let file = try target(path)
        if format == .csv {
            guard let text = CSVRenderer().render(report) else {
                throw ValidationError("--format csv is for the mandiri, faktual and bukti reports")
            }
            try file.write(text)
            return path
        }
        let text = try ReportRenderer().render(report, as: format.textFormat)
        if format == .pdf {
            try PDFConverter.locate().convert(html: text, to: file)
        } else {
            try file.write(text)
        }
        return path
    }

    /// The guarded output: `--output` as given, or the default under `Reports/`, which must be a
    /// folder of the workspace (a `Reports` symlink is refused) and is created when missing.
    func target(_ path: String) throws -> OutputFile {
        let root = try? sources.options.root()
        if output == nil, let root {
            try WorkspaceLinks.refuseLink(root: root, folder: "Reports")
        }
        let file = OutputFile(path: path, workspace: root, guards: guards, inputs: inputs, ownFolder: output == nil)
        try file.plan()
        return file
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
