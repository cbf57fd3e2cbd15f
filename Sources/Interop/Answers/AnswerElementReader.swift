import Assessment
import Catalog
import XMLSupport

/// Reads one answer-file `<control>` element found outside an answer file (in an XCCDF
/// rule-result's `metadata`) with Patuh's own answer-file checks.
///
/// The element is put in a minimal `<penilaian>` of the catalog's version and read by
/// ``AnswerFileLoader/read(_:path:catalog:expecting:)``; any problem but the (expected) missing
/// controls means the element is not used.
struct AnswerElementReader {
    let catalog: StandardsCatalog
    let path: String
    let kind: AssessmentKind

    func answer(_ element: XMLElement) -> ControlAnswer? {
        guard ControlStatus(rawValue: element[attribute: "status"] ?? "") != nil else { return nil }
        let namespace = PolicyLoader.namespace
        let lpse = XMLElement(name: "lpse", namespace: namespace, attributes: [.init(name: "id", value: "x")],
                              children: [XMLElement(name: "name", namespace: namespace, text: "x"),
                                         XMLElement(name: "instansi", namespace: namespace, text: "x")])
        let assessor = XMLElement(name: "assessor", namespace: namespace,
                                  attributes: [.init(name: "name", value: "x"), .init(name: "role", value: "x"),
                                               .init(name: "institution", value: "x")])
        let root = XMLElement(name: "penilaian", namespace: namespace,
                              attributes: [.init(name: "kind", value: kind.rawValue), .init(name: "date", value: "2000-01-01"),
                                           .init(name: "catalogVersion", value: catalog.version)],
                              children: [lpse, assessor, element], line: element.line)
        let outcome = AnswerFileLoader.read(root, path: path, catalog: catalog)
        guard outcome.blockingProblems.isEmpty, let answer = outcome.file?.answers.first else { return nil }
        return answer
    }
}
