import Core
import XMLSupport

/// Loads `Standards/pembinaan.xml`, checked against `Standards/schema/pembinaan.xsd`.
///
/// Beyond the XSD it checks that the ladder lists the regulated stages (rekomendasi, teguran,
/// pencabutan, penghentian) each once and in that order (Keputusan Deputi LKPP 152/2022 §2.2),
/// and that every stage but penghentian has a follow-up period.
///
/// ## Topics
/// - ``load(path:schemaPath:)``
public enum SanctionPolicyLoader {
    /// The namespace of the policy file.
    public static let namespace = "urn:patuh:pembinaan:1"
    /// The ladder the regulation fixes, lightest first. The policy may set periods, not reorder it.
    public static let regulatedLadder = ["rekomendasi", "teguran", "pencabutan", "penghentian"]

    /// Where the schema lives for a policy file: `schema/pembinaan.xsd` in the same folder.
    public static func defaultSchemaPath(for path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let folder = parts.dropLast().joined(separator: "/")
        return (parts.count > 1 ? folder : ".") + "/schema/pembinaan.xsd"
    }

    /// Loads the policy.
    /// - Throws: ``CatalogError`` with every problem found, each with file and line.
    public static func load(path: String, schemaPath: String? = nil) throws(CatalogError) -> SanctionPolicy {
        let root: XMLElement
        do {
            let schema = try XMLSchema(path: schemaPath ?? defaultSchemaPath(for: path))
            root = try schema.load(path: path).root
        } catch {
            throw CatalogError(error)
        }
        guard root.name == "kebijakanPembinaan", root.namespace == namespace else {
            throw CatalogError(code: .invalid, diagnostics: [XMLDiagnostic(file: path, line: root.line,
                message: "expected a <kebijakanPembinaan> element in namespace \(namespace), found <\(root.name)>")])
        }
        let stageElements = root.child("jenjang")?.children(named: "tahap") ?? []
        let stages = stageElements.map { element in
            SanctionPolicy.Stage(name: element[attribute: "nama"] ?? "", title: element.normalizedText,
                                 followUpWorkingDays: element[attribute: "tindakLanjutHariKerja"].flatMap { Int($0) },
                                 source: SourceLocation(file: path, line: element.line))
        }
        let problems = ladderProblems(stages, file: path, line: root.child("jenjang")?.line ?? root.line)
        guard problems.isEmpty else { throw CatalogError(code: .inconsistent, diagnostics: problems) }
        return SanctionPolicy(
            version: root[attribute: "versi"] ?? "",
            basis: root.children(named: "dasar").map(\.normalizedText),
            stages: stages,
            followUpCounting: counting(root.child("perhitunganTindakLanjut")),
            keberatan: period(root.child("keberatan")),
            keberatanDecision: period(root.child("putusanKeberatan")),
            certificateValidityYears: Int(root.child("sertifikat")?[attribute: "masaBerlakuTahun"] ?? "") ?? 0,
            surveillanceIntervalMonths: Int(root.child("surveilans")?[attribute: "intervalBulan"] ?? "") ?? 0,
            file: path)
    }

    static func ladderProblems(_ stages: [SanctionPolicy.Stage], file: String, line: Int) -> [XMLDiagnostic] {
        var problems: [XMLDiagnostic] = []
        let names = stages.map(\.name)
        if names != regulatedLadder {
            problems.append(XMLDiagnostic(file: file, line: line,
                message: "the ladder lists " + names.joined(separator: ", ") + "; the regulation fixes "
                    + regulatedLadder.joined(separator: " → ") + ", each once, in that order"))
        }
        for stage in stages {
            if stage.name == "penghentian", stage.followUpWorkingDays != nil {
                problems.append(XMLDiagnostic(file: file, line: stage.source.line,
                    message: "penghentian has no follow-up period (only pemulihan ends it); remove tindakLanjutHariKerja"))
            } else if stage.name != "penghentian", stage.followUpWorkingDays == nil {
                problems.append(XMLDiagnostic(file: file, line: stage.source.line,
                    message: "stage \(stage.name) needs tindakLanjutHariKerja, its follow-up period in hari kerja"))
            }
        }
        return problems
    }

    private static func counting(_ element: XMLElement?) -> SanctionPolicy.Counting {
        SanctionPolicy.Counting(convention: element?[attribute: "konvensi"] ?? "A",
                                cutiBersama: element?[attribute: "cutiBersama"] ?? "libur")
    }

    private static func period(_ element: XMLElement?) -> SanctionPolicy.Period {
        SanctionPolicy.Period(workingDays: Int(element?[attribute: "hariKerja"] ?? "") ?? 0, counting: counting(element))
    }
}
