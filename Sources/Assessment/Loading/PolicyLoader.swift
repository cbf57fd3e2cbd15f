public import Core
public import XMLSupport
import Catalog

/// Loads `Standards/penilaian.xml`, the scoring policy, checked by `schema/penilaian.xsd`.
///
/// ## Topics
/// - ``load(path:schema:)``
public enum PolicyLoader {
    /// The namespace of answer files and the scoring policy.
    public static let namespace = "urn:patuh:penilaian:1"

    /// Reads and validates the policy at `path`.
    public static func load(path: String, schema: XMLSchema) throws(AssessmentError) -> ScoringPolicy {
        let root: XMLElement
        do {
            let document = try schema.load(path: path)
            root = document.root
        } catch {
            throw AssessmentError(error)
        }
        guard root.name == "scoringPolicy", root.namespace == namespace else {
            throw AssessmentError(code: .invalid, diagnostics: [XMLDiagnostic(file: path, line: root.line,
                message: "<\(root.name)>: expected a <scoringPolicy> in namespace \(namespace)")])
        }
        var values: [ControlStatus: StatusValue] = [:]
        for element in root.children(named: "status") {
            guard let status = ControlStatus(rawValue: element[attribute: "value"] ?? "") else { continue }
            values[status] = statusValue(element)
        }
        let terpenuhi = root.child("terpenuhi")
        let minimum = root.child("certification")?[attribute: "minimumTerpenuhi"] ?? "all"
        let xccdf = root.child("xccdf")
        var nothingApplicable: [String: Bool] = [:]
        for element in terpenuhi?.children(named: "nothingApplicable") ?? [] {
            nothingApplicable[element[attribute: "standard"] ?? ""] = element[attribute: "determination"] == "terpenuhi"
        }
        let allowances = root.child("notApplicable")?.children.compactMap(allowance) ?? []
        var groupWeights: [String: Double] = [:]
        for element in xccdf?.children(named: "groupWeight") ?? [] {
            groupWeights[element[attribute: "standard"] ?? ""] = Double(element[attribute: "weight"] ?? "")
        }
        return ScoringPolicy(
            version: root[attribute: "version"] ?? "",
            statusValues: values,
            notAssessed: root.child("notAssessed").map(statusValue) ?? StatusValue(points: .zero, xccdf: .notchecked),
            minimumRatio: Points.parse(terpenuhi?[attribute: "minimumRatio"] ?? "") ?? .zero,
            mandatoryStatus: ControlStatus(rawValue: terpenuhi?[attribute: "mandatoryStatus"] ?? "") ?? .memenuhi,
            nothingApplicableIsTerpenuhi: terpenuhi?[attribute: "nothingApplicable"] == "terpenuhi",
            nothingApplicableByStandard: nothingApplicable,
            notApplicableAllowances: allowances,
            certificationMinimum: minimum == "all" ? nil : Int(minimum),
            percentDecimals: Int(root.child("display")?[attribute: "percentDecimals"] ?? "") ?? 1,
            defaultGroupWeight: Double(xccdf?[attribute: "defaultGroupWeight"] ?? "") ?? 1,
            groupWeights: groupWeights,
            source: path
        )
    }

    /// An entry of `<notApplicable>`: `<infraControls/>` or `<control id="Sxx.n"/>`, on the
    /// `hosting` listed (any when absent).
    private static func allowance(_ element: XMLElement) -> NotApplicableAllowance? {
        let hosting = (element[attribute: "hosting"] ?? "").split(separator: " ").compactMap { SPSEHosting(rawValue: String($0)) }
        switch element.name {
        case "infraControls": return NotApplicableAllowance(subject: .infra, hosting: hosting)
        case "control": return NotApplicableAllowance(subject: .control(element[attribute: "id"] ?? ""), hosting: hosting)
        default: return nil
        }
    }

    private static func statusValue(_ element: XMLElement) -> StatusValue {
        StatusValue(points: element[attribute: "points"].flatMap(Points.parse),
                    xccdf: XCCDFResult(rawValue: element[attribute: "xccdf"] ?? "") ?? .notchecked)
    }
}
