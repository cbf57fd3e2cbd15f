import Foundation

/// The JSON shape of a findings (temuan) file: an array of objects, or an object whose `temuan`
/// key holds that array. `id`, `standard` and `description` are required; `standardId`,
/// `controlId` and `uraian` are accepted for `standard`, `control` and `description`.
public enum FindingsFile {
    /// The largest findings file read (4 MiB: thousands of findings).
    public static let maximumSize = 4 * 1024 * 1024

    /// Why a file is not a findings file.
    public enum Problem: Error, Sendable, Hashable {
        /// Neither an array of findings nor an object with `temuan`.
        case notAFindingsFile
        /// The entry at this 1-based position lacks an id, a standard or a description.
        case incomplete(index: Int)
        /// No finding at all.
        case empty
    }

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

    /// The findings in `data`, in file order.
    public static func decode(_ data: Data) throws(Problem) -> [Finding] {
        guard data.count <= maximumSize else { throw .notAFindingsFile }
        let decoder = JSONDecoder()
        let entries: [Entry]
        if let list = try? decoder.decode([Entry].self, from: data) {
            entries = list
        } else if let wrapped = try? decoder.decode(Wrapped.self, from: data) {
            entries = wrapped.temuan
        } else {
            throw .notAFindingsFile
        }
        var findings: [Finding] = []
        for (index, entry) in entries.enumerated() {
            guard let id = entry.id, let standard = entry.standard ?? entry.standardId,
                  let description = entry.description ?? entry.uraian, !id.isEmpty, !description.isEmpty else {
                throw .incomplete(index: index + 1)
            }
            findings.append(Finding(id: id, standard: standard.uppercased(), control: entry.control ?? entry.controlId,
                                    description: description, severity: entry.severity, rekomendasi: entry.rekomendasi))
        }
        if findings.isEmpty { throw .empty }
        return findings
    }
}
