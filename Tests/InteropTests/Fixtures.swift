import Assessment
import Catalog
import Foundation
import XMLSupport

/// The shipped standards, policy and sample answer files, loaded once.
enum Fixtures {
    /// The package root: three levels above this file.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func schema() throws -> XMLSchema {
        try XMLSchema(path: packageRoot + "/Standards/schema/penilaian.xsd")
    }

    static func catalog() throws -> StandardsCatalog {
        try CatalogLoader.load(directory: packageRoot + "/Standards")
    }

    static func policy() throws -> ScoringPolicy {
        try PolicyLoader.load(path: packageRoot + "/Standards/penilaian.xml", schema: schema())
    }

    /// `Evidence/penilaian-<kind>.xml`, loaded and checked.
    static func sample(_ kind: String, catalog: StandardsCatalog) throws -> AnswerFile {
        let path = packageRoot + "/Evidence/penilaian-\(kind).xml"
        let outcome = AnswerFileLoader.load(path: path, schema: try schema(), catalog: catalog)
        guard let file = outcome.file, outcome.problems.isEmpty else {
            throw FixtureError(message: outcome.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return file
    }

    /// `answers` with `controlId` answered tidak-berlaku (the exporters map whatever the file says;
    /// whether the policy allows it is the workspace's check).
    static func withNotApplicable(_ controlId: String, in answers: AnswerFile) -> AnswerFile {
        var answers = answers
        answers.answers = answers.answers.map { answer in
            guard answer.controlId == controlId else { return answer }
            return ControlAnswer(controlId: answer.controlId, status: .tidakBerlaku,
                                 justification: Justification(fakta: "Server dikelola LKPP.", analisis: "Tidak berlaku."))
        }
        return answers
    }

    /// Parses XML text with XMLSupport.
    static func parse(_ text: String, path: String = "test.xml") throws -> XMLElement {
        try XMLDocument.parse(bytes: Array(text.utf8), path: path).root
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

extension XMLElement {
    /// Every descendant (and self) with this local name, in document order.
    func descendants(named name: String) -> [XMLElement] {
        (self.name == name ? [self] : []) + children.flatMap { $0.descendants(named: name) }
    }
}
