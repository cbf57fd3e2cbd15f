import Assessment
import Core
import Foundation

/// Reads the evidence status per rule from the JSON of `patuh periksa --format json`:
/// `{"summary":{...},"rules":[{"standard","control","rule","status","files":[...],"message"}],"files":[...]}`.
///
/// A rule's `files` may be paths or objects with a `path`; other keys are ignored.
enum EvidenceReportReader {
    private struct Report: Decodable {
        var rules: [Rule]
    }

    private struct Rule: Decodable {
        var rule: String
        var status: String
        var files: [FileReference]?
        var message: String?
    }

    private struct FileReference: Decodable {
        var path: String

        init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                path = text
                return
            }
            let object = try decoder.container(keyedBy: Key.self)
            path = try object.decode(String.self, forKey: .path)
        }

        enum Key: String, CodingKey { case path }
    }

    /// Reads the report at `path`, or exits 2 naming the file and the problem.
    static func read(path: String) throws -> EvidenceFacts {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LocalizedFailure(status: ExitStatus.invalidInput, "penilaian.evidenceReport.unreadable",
                                   ["path": path, "detail": error.localizedDescription])
        }
        do {
            let report = try JSONDecoder().decode(Report.self, from: data)
            return EvidenceFacts(report.rules.map {
                RuleEvidence(ruleId: $0.rule, status: EvidenceStatus(rawValue: $0.status),
                             files: ($0.files ?? []).map(\.path), message: $0.message)
            })
        } catch {
            throw LocalizedFailure(status: ExitStatus.invalidInput, "penilaian.evidenceReport.invalid",
                                   ["path": path, "detail": "\(error)"])
        }
    }
}
