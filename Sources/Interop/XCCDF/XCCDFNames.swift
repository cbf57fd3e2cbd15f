/// The namespaces and identifiers of Patuh's XCCDF 1.2 documents.
///
/// XCCDF 1.2 ids have the form `xccdf_<reverse DNS>_<kind>_<name>` (the schema's patterns are
/// `xccdf_[^_]+_rule_.+` and so on, on top of `xsd:NCName`). Patuh's reverse DNS is
/// `id.go.lkpp`; a standard's id and a control's id (`S01`, `S01.1`) are valid NCName
/// characters as they are, so they are used unchanged:
///
///     xccdf_id.go.lkpp_benchmark_patuh
///     xccdf_id.go.lkpp_group_S01
///     xccdf_id.go.lkpp_rule_S01.1
///     xccdf_id.go.lkpp_testresult_mandiri_lpse-kab-contoh_2026-09-15
public enum XCCDFNames {
    /// The XCCDF 1.2 namespace.
    public static let namespace = "http://checklists.nist.gov/xccdf/1.2"
    /// Dublin Core elements, for metadata and references.
    public static let dublinCore = "http://purl.org/dc/elements/1.1/"
    /// Patuh's own data inside XCCDF `metadata` elements.
    public static let patuhNamespace = "urn:patuh:penilaian:1"
    /// The reverse-DNS part of every id.
    public static let reverseDNS = "id.go.lkpp"

    /// `xccdf_id.go.lkpp_benchmark_patuh`.
    public static let benchmarkId = "xccdf_\(reverseDNS)_benchmark_patuh"

    /// The group of a standard: `xccdf_id.go.lkpp_group_S01`.
    public static func groupId(_ standardId: String) -> String { "xccdf_\(reverseDNS)_group_\(standardId)" }

    /// The rule of a control: `xccdf_id.go.lkpp_rule_S01.1`.
    public static func ruleId(_ controlId: String) -> String { "xccdf_\(reverseDNS)_rule_\(controlId)" }

    /// The control a rule id names, or `nil` when the id is not one of Patuh's rule ids.
    public static func controlId(ofRule ruleId: String) -> String? {
        let prefix = "xccdf_\(reverseDNS)_rule_"
        guard ruleId.hasPrefix(prefix), ruleId.count > prefix.count else { return nil }
        return String(ruleId.dropFirst(prefix.count))
    }

    /// The test result of one answer file: kind, LPSE and date.
    public static func testResultId(kind: String, lpse: String, date: String) -> String {
        "xccdf_\(reverseDNS)_testresult_\(ncName(kind))_\(ncName(lpse))_\(ncName(date))"
    }

    /// `text` with every character outside `[A-Za-z0-9._-]` replaced by `-`.
    static func ncName(_ text: String) -> String {
        String(text.map { character in
            character.isASCII && (character.isLetter || character.isNumber || "._-".contains(character)) ? character : "-"
        })
    }
}
