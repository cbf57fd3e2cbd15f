@testable import Interop
import Foundation
import Testing

/// The small writers every exporter relies on: decimals, JSON, name-based UUIDs (XML escaping is
/// XMLSupport's, tested there).
@Suite struct SupportTests {
    @Test(arguments: [
        (6.0, "6"), (0.0, "0"), (86.66666666666667, "86.66666666666667"), (78.5, "78.5"),
        (1e-05, "0.00001"), (1.5e-7, "0.00000015"), (1e21, "1000000000000000000000"), (-2.5, "-2.5"),
    ])
    func decimalsHaveNoExponentAndNoTrailingZero(value: Double, text: String) {
        #expect(DecimalText.format(value) == text)
        #expect(Double(DecimalText.format(value)) == value)
    }

    @Test func jsonSortsKeysAndEscapesOnlyWhatItMust() throws {
        let value: JSONValue = ["b": [1, true, "x/y"], "a": ["q\"\\\n\u{01}é": [:]], "c": []]
        let text = value.text
        #expect(text == """
            {
              "a": {
                "q\\"\\\\\\n\\u0001é": {}
              },
              "b": [
                1,
                true,
                "x/y"
              ],
              "c": []
            }

            """)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect((parsed?["a"] as? [String: Any])?.keys.first == "q\"\\\n\u{01}é")
    }

    @Test func nameBasedUUIDsAreRFCVersionFive() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), and Patuh's own namespace.
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        #expect(NameUUID.make(namespace: dns, name: "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        #expect(NameUUID.format(NameUUID.patuh) == "04c64c62-8c91-59ca-8ce4-eda436d27a2b")
        #expect(NameUUID.make("catalog|2026.1") == "4b1bc20f-384a-5855-8e7f-84706c2c303e")
    }

    @Test func xccdfIdsFollowTheSchemaPatterns() throws {
        #expect(XCCDFNames.ruleId("S01.1") == "xccdf_id.go.lkpp_rule_S01.1")
        #expect(XCCDFNames.groupId("S17") == "xccdf_id.go.lkpp_group_S17")
        #expect(XCCDFNames.controlId(ofRule: "xccdf_id.go.lkpp_rule_S12.3") == "S12.3")
        #expect(XCCDFNames.controlId(ofRule: "xccdf_org.ssgproject.content_rule_x") == nil)
        #expect(XCCDFNames.controlId(ofRule: "xccdf_id.go.lkpp_rule_") == nil)
        #expect(XCCDFNames.testResultId(kind: "mandiri", lpse: "lpse kab/contoh", date: "2026-09-15")
                == "xccdf_id.go.lkpp_testresult_mandiri_lpse-kab-contoh_2026-09-15")
        // The XSD's patterns (xccdf_[^_]+_rule_.+) on top of NCName.
        let pattern = try Regex("^xccdf_[^_]+_(benchmark|group|rule|testresult)_[A-Za-z0-9._-]+$")
        for id in [XCCDFNames.benchmarkId, XCCDFNames.groupId("S01"), XCCDFNames.ruleId("S01.1"),
                   XCCDFNames.testResultId(kind: "faktual", lpse: "lpse-x", date: "2026-01-01")] {
            #expect(id.wholeMatch(of: pattern) != nil, "\(id)")
        }
    }
}
