import Assessment
import Core
import Foundation
import XMLSupport

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

    /// The largest report read (64 MiB: far above any workspace's `periksa --format json`).
    static let maximumSize = 64 * 1024 * 1024

    /// Reads the report at `path` (a regular file, at most ``maximumSize``), or exits 2 naming the file and the problem.
    static func read(path: String) throws -> EvidenceFacts {
        let data: Data
        do {
            data = Data(try InputFile.read(path: path, maximumSize: maximumSize, describedAs: "a JSON evidence report"))
        } catch {
            throw LocalizedFailure(status: ExitStatus.invalidInput, "penilaian.evidenceReport.unreadable",
                                   ["path": path, "detail": error.diagnostics.first?.message ?? error.description])
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
