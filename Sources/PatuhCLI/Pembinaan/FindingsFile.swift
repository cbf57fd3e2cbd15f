import Catalog
import Foundation
import Pembinaan

/// Reads findings (temuan) from a JSON file for `patuh pembinaan buka --temuan FILE`.
///
/// The file is an array of objects, or an object whose `temuan` key holds that array:
///
/// ```json
/// [{"id": "TF-01", "standard": "S03", "control": "S03.2", "severity": "mayor",
///   "description": "SOP aset tidak ditinjau", "rekomendasi": "Tinjau SOP tiap tahun"}]
/// ```
///
/// `id`, `standard` and `description` are required; `standardId`, `controlId` and `uraian`
/// are accepted for `standard`, `control` and `description`.
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

    /// The findings in `path`, or exit 2 naming the file and the entry at fault.
    static func load(path: String) throws -> [Finding] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.invalidInput("patuh: --temuan: cannot read '\(path)'")
        }
        let decoder = JSONDecoder()
        let entries: [Entry]
        if let list = try? decoder.decode([Entry].self, from: data) {
            entries = list
        } else if let wrapped = try? decoder.decode(Wrapped.self, from: data) {
            entries = wrapped.temuan
        } else {
            throw CommandFailure.invalidInput("patuh: \(path): not a findings file: expected a JSON array of "
                + "{\"id\", \"standard\", \"control\", \"severity\", \"description\", \"rekomendasi\"}")
        }
        var findings: [Finding] = []
        for (index, entry) in entries.enumerated() {
            guard let id = entry.id, let standard = entry.standard ?? entry.standardId,
                  let description = entry.description ?? entry.uraian, !id.isEmpty, !description.isEmpty else {
                throw CommandFailure.invalidInput("patuh: \(path): finding \(index + 1) needs \"id\", \"standard\" and \"description\"")
            }
            findings.append(Finding(id: id, standard: standard.uppercased(), control: entry.control ?? entry.controlId,
                                    description: description, severity: entry.severity, rekomendasi: entry.rekomendasi))
        }
        if findings.isEmpty { throw CommandFailure.invalidInput("patuh: \(path): the file holds no finding") }
        return findings
    }

    /// Checks every finding against the catalog: the standard exists and the control belongs to it.
    static func check(_ findings: [Finding], against catalog: StandardsCatalog) throws {
        var seen: Set<String> = []
        for finding in findings {
            guard seen.insert(finding.id).inserted else {
                throw CommandFailure.invalidInput("patuh: finding id '\(finding.id)' appears twice")
            }
            guard catalog.standard(finding.standard) != nil else {
                throw CommandFailure.invalidInput("patuh: finding \(finding.id): '\(finding.standard)' is not a standard of catalog \(catalog.version) (S01 ... S17)")
            }
            if let control = finding.control {
                guard let found = catalog.control(control), found.standard.id == finding.standard else {
                    throw CommandFailure.invalidInput("patuh: finding \(finding.id): '\(control)' is not a control of \(finding.standard)")
                }
            }
        }
    }
}
