import EvidenceRegistry
import Foundation

/// `periksa --format sarif`: SARIF 2.1.0, one result per problem, located at the control
/// folder or the file (and the line, for metadata), relative to `%SRCROOT%`. Each kind of
/// problem is a reporting rule whose description is in the view's language.
struct GateSARIFRenderer {
    let view: GateView
    let toolVersion: String

    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
        var columnKind = "unicodeCodePoints"
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name = "patuh"
        var version: String
        var informationUri = "https://github.com/patuh/patuh"
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable { var level: String }
    struct Message: Encodable { var text: String }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Message
        var locations: [Location]
        var properties: [String: String]?
    }

    struct Location: Encodable { var physicalLocation: PhysicalLocation }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId = "%SRCROOT%"
    }

    struct Region: Encodable { var startLine: Int }

    func render() throws -> String {
        let kinds = ProblemKind.allCases
        let failOn = view.result.policy.failOn
        let descriptors = kinds.map { kind in
            ReportingDescriptor(id: kind.rawValue, name: Self.name(kind), shortDescription: Message(text: view.wording.describe(kind)),
                                defaultConfiguration: Configuration(level: failOn.contains(kind) ? "error" : "warning"))
        }
        let results = view.result.problems.map { problem in
            Result(ruleId: problem.kind.rawValue, ruleIndex: kinds.firstIndex(of: problem.kind) ?? 0,
                   level: problem.failing ? "error" : "warning", message: Message(text: view.message(problem)),
                   locations: [Location(physicalLocation: PhysicalLocation(
                       artifactLocation: ArtifactLocation(uri: Self.uri(problem.path)),
                       region: problem.line > 0 ? Region(startLine: problem.line) : nil))],
                   properties: problem.rule.map { ["evidenceRule": $0] })
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(version: toolVersion, rules: descriptors)), results: results)])
        return try EvidenceJSON.encode(log)
    }

    /// A relative URI reference: every byte but unreserved characters and `/` percent-encoded.
    static func uri(_ path: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    /// The reporting rule's name: an identifier, the same in every language.
    static func name(_ kind: ProblemKind) -> String {
        switch kind {
        case .missing: "MissingEvidence"
        case .tampered: "TamperedEvidence"
        case .expired: "ExpiredEvidence"
        case .content: "ContentCheckFailed"
        case .unsigned: "UnsignedEvidence"
        case .expiring: "ExpiringEvidence"
        case .misfiled: "MisfiledFile"
        case .unclassified: "UnclassifiedFile"
        case .metadata: "MetadataProblem"
        case .unreadable: "UnreadableFile"
        case .symlink: "SymbolicLink"
        case .undated: "UndatedDocument"
        }
    }
}
