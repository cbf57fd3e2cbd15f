import Foundation

/// Makes Patuh's benchmark evaluable by `oscap xccdf eval` with every rule forced to an answer
/// file's verdict, so OpenSCAP scores exactly the results Patuh exported:
///
/// - pass: an OVAL check whose definition is always true (an independent `family_test`: the
///   family is unix);
/// - fail: the same test negated (always false);
/// - notapplicable: a `platform` naming a CPE no dictionary knows, which OpenSCAP treats as not
///   applicable;
/// - notchecked: nothing added (OpenSCAP does not know Patuh's own check system).
///
/// The verdicts follow the shipped policy (Standards/penilaian.xml): memenuhi → pass,
/// sebagian and tidak → fail, tidak-berlaku → notapplicable, left out → notchecked.
enum OpenSCAPHarness {
    static func verdict(_ status: String?) -> String {
        switch status {
        case "memenuhi": "pass"
        case "sebagian", "tidak": "fail"
        case "tidak-berlaku": "notapplicable"
        default: "notchecked"
        }
    }

    /// The benchmark with a check (and, for notapplicable, a platform) per rule.
    static func forced(_ benchmark: String, statuses: [(control: String, status: String?)]) throws -> String {
        var text = benchmark
        for (control, status) in statuses {
            let verdict = verdict(status)
            guard verdict != "notchecked" else { continue }
            guard let start = text.range(of: "<Rule id=\"xccdf_id.go.lkpp_rule_\(control)\""),
                  let end = text.range(of: "</Rule>", range: start.upperBound..<text.endIndex) else {
                throw HarnessError(message: "no Rule for \(control)")
            }
            let check = "<check system=\"http://oval.mitre.org/XMLSchema/oval-definitions-5\"><check-content-ref href=\"verdicts.oval.xml\" name=\"oval:id.go.lkpp:def:\(verdict == "fail" ? 2 : 1)\"/></check>\n    "
            text.insert(contentsOf: check, at: end.lowerBound)
            if verdict == "notapplicable" {
                let block = start.upperBound..<text.endIndex
                guard let anchor = text.range(of: "<fixtext", range: block) ?? text.range(of: "<check", range: block) else {
                    throw HarnessError(message: "no place for a platform in \(control)")
                }
                text.insert(contentsOf: "<platform idref=\"cpe:/a:patuh:tidak-berlaku\"/>\n      ", at: anchor.lowerBound)
            }
        }
        return text
    }

    /// Two OVAL definitions: 1 always true, 2 always false.
    static let oval = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oval_definitions xmlns="http://oval.mitre.org/XMLSchema/oval-definitions-5"
            xmlns:oval="http://oval.mitre.org/XMLSchema/oval-common-5"
            xmlns:ind="http://oval.mitre.org/XMLSchema/oval-definitions-5#independent">
          <generator><oval:schema_version>5.11.2</oval:schema_version><oval:timestamp>2026-11-25T09:00:00</oval:timestamp></generator>
          <definitions>
            <definition class="compliance" id="oval:id.go.lkpp:def:1" version="1">
              <metadata><title>memenuhi</title><description>Always true: the family is unix.</description></metadata>
              <criteria><criterion test_ref="oval:id.go.lkpp:tst:1"/></criteria>
            </definition>
            <definition class="compliance" id="oval:id.go.lkpp:def:2" version="1">
              <metadata><title>tidak memenuhi</title><description>Always false: the negation of the above.</description></metadata>
              <criteria negate="true"><criterion test_ref="oval:id.go.lkpp:tst:1"/></criteria>
            </definition>
          </definitions>
          <tests>
            <ind:family_test id="oval:id.go.lkpp:tst:1" version="1" check="all" check_existence="at_least_one_exists" comment="unix">
              <ind:object object_ref="oval:id.go.lkpp:obj:1"/>
              <ind:state state_ref="oval:id.go.lkpp:ste:1"/>
            </ind:family_test>
          </tests>
          <objects><ind:family_object id="oval:id.go.lkpp:obj:1" version="1"/></objects>
          <states><ind:family_state id="oval:id.go.lkpp:ste:1" version="1"><ind:family>unix</ind:family></ind:family_state></states>
        </oval_definitions>

        """

    struct HarnessError: Error {
        var message: String
    }
}
