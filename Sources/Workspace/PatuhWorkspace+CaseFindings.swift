import Core
import Foundation
public import Pembinaan

extension PatuhWorkspace {
    /// The findings (temuan) in a JSON file, for opening a case.
    ///
    /// The file is an array of objects, or an object whose `temuan` key holds that array:
    ///
    /// ```json
    /// [{"id": "TF-01", "standard": "S03", "control": "S03.2", "severity": "mayor",
    ///   "description": "SOP aset tidak ditinjau", "rekomendasi": "Tinjau SOP tiap tahun"}]
    /// ```
    ///
    /// `id`, `standard` and `description` are required; `standardId`, `controlId` and `uraian`
    /// are accepted for `standard`, `control` and `description`. A relative path is resolved
    /// against the current folder, as a command line gives it.
    /// - Throws: `invalidInput` naming the file and the entry at fault.
    public func findings(fromFile path: String) throws(WorkspaceError) -> [Finding] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WorkspaceError(.invalidInput, "pembinaan.findings.unreadable", ["path": path])
        }
        return try FindingsFile.decode(data, path: path)
    }
}

/// The JSON shape of a findings file.
enum FindingsFile {
    private struct Entry: Decodable {
        var id: String?
        var standard: String?
        var standardId: String?
        var control: String?
        var controlId: String?
        var severity: String?
        var description: String?
        var uraian: String?
        var rekomendasi: String?
    }

    private struct Wrapped: Decodable {
        var temuan: [Entry]
    }

    static func decode(_ data: Data, path: String) throws(WorkspaceError) -> [Finding] {
        let decoder = JSONDecoder()
        let entries: [Entry]
        if let list = try? decoder.decode([Entry].self, from: data) {
            entries = list
        } else if let wrapped = try? decoder.decode(Wrapped.self, from: data) {
            entries = wrapped.temuan
        } else {
            throw WorkspaceError(.invalidInput, "pembinaan.findings.notAFindingsFile", ["path": path])
        }
        var findings: [Finding] = []
        for (index, entry) in entries.enumerated() {
            guard let id = entry.id, let standard = entry.standard ?? entry.standardId,
                  let description = entry.description ?? entry.uraian, !id.isEmpty, !description.isEmpty else {
                throw WorkspaceError(.invalidInput, "pembinaan.findings.incomplete", ["path": path, "index": String(index + 1)])
            }
            findings.append(Finding(id: id, standard: standard.uppercased(), control: entry.control ?? entry.controlId,
                                    description: description, severity: entry.severity, rekomendasi: entry.rekomendasi))
        }
        if findings.isEmpty { throw WorkspaceError(.invalidInput, "pembinaan.findings.empty", ["path": path]) }
        return findings
    }
}
