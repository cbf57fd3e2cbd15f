import XMLSupport
import Assessment
import Catalog

/// Writes an answer file as an XCCDF 1.2 `TestResult` (inside the Benchmark). See
/// ``XCCDFExporter`` for the mapping.
struct XCCDFTestResultWriter {
    let catalog: StandardsCatalog
    let policy: ScoringPolicy
    let generator: String

    func write(_ answers: AnswerFile, endTime: String, into writer: inout XMLWriter) {
        let kindWord = answers.kind == .mandiri ? "Penilaian mandiri" : "Penilaian faktual"
        writer.open("TestResult", [
            ("id", XCCDFNames.testResultId(kind: answers.kind.rawValue, lpse: answers.lpse.id, date: answers.date)),
            ("end-time", endTime), ("version", catalog.version), ("test-system", generator),
        ])
        writer.element("title", [("xml:lang", "id")], text: "\(kindWord) \(answers.lpse.name), \(answers.date)")
        writer.element("organization", text: answers.lpse.name)
        if !answers.lpse.instansi.isEmpty { writer.element("organization", text: answers.lpse.instansi) }
        if let first = answers.assessors.first {
            writer.element("identity", [("authenticated", "false"), ("privileged", "false")], text: first.name)
        }
        writer.element("target", text: answers.lpse.id)
        let byControl = Dictionary(answers.answers.map { ($0.controlId, $0) }, uniquingKeysWith: { first, _ in first })
        for control in catalog.controls {
            writeRuleResult(control, answer: byControl[control.id], answers: answers, into: &writer)
        }
        for line in XCCDFScores.compute(catalog: catalog, policy: policy, statuses: answers.statuses) {
            writer.element("score", [("system", line.system), ("maximum", DecimalText.format(line.maximum))],
                           text: DecimalText.format(line.writtenValue))
        }
        writer.open("metadata")
        writer.element("dc:description", text: remark(answers))
        writer.open("p:penilaian", [("xmlns:p", XCCDFNames.patuhNamespace), ("kind", answers.kind.rawValue),
                                    ("date", answers.date), ("catalogVersion", answers.catalogVersion)])
        AnswerFileWriter.writeHeader(answers, prefix: "p:", into: &writer)
        writer.close("p:penilaian")
        writer.close("metadata")
        writer.close("TestResult")
    }

    private func remark(_ answers: AnswerFile) -> String {
        let mapping = ControlStatus.allCases.map { "\($0.rawValue) → \(policy.value(of: $0).xccdf.rawValue)" }
        let source = answers.path.isEmpty ? "" : " dari \(answers.path)"
        return "Diekspor oleh \(generator)\(source). Pemetaan status menurut kebijakan penilaian \(policy.version): "
            + mapping.joined(separator: ", ") + ", tidak dinilai → \(policy.notAssessed.xccdf.rawValue)."
    }

    /// The "check" that gave the result: the person's answer in the answer file.
    private func writeCheck(_ control: Control, answers: AnswerFile, into writer: inout XMLWriter) {
        writer.open("check", [("system", XCCDFNames.patuhNamespace)])
        writer.empty("check-content-ref", [("href", answers.path.isEmpty ? "penilaian.xml" : answers.path), ("name", control.id)])
        writer.close("check")
    }

    private func writeRuleResult(_ control: Control, answer: ControlAnswer?, answers: AnswerFile, into writer: inout XMLWriter) {
        let result = policy.value(of: answer?.status).xccdf
        writer.open("rule-result", [("idref", XCCDFNames.ruleId(control.id)), ("role", "full"),
                                    ("weight", String(control.weight))])
        writer.element("result", text: result.rawValue)
        guard let answer else {
            writer.element("message", [("severity", "info")], text: "Kontrol \(control.id) tidak dinilai dalam berkas penilaian.")
            writeCheck(control, answers: answers, into: &writer)
            writer.close("rule-result")
            return
        }
        if let override = answer.override {
            writer.open("override", [("time", Self.dateTime(override.time)), ("authority", override.authority)])
            writer.element("old-result", text: policy.value(of: override.from).xccdf.rawValue)
            writer.element("new-result", text: policy.value(of: override.to).xccdf.rawValue)
            writer.element("remark", [("xml:lang", "id")],
                           text: "\(override.from.rawValue) → \(override.to.rawValue): \(override.remark)")
            writer.close("override")
        }
        writer.open("metadata")
        AnswerFileWriter.writeControl(answer, prefix: "p:", namespace: XCCDFNames.patuhNamespace, into: &writer)
        writer.close("metadata")
        writer.element("message", [("severity", "info")], text: "Status: \(answer.status.rawValue)")
        if let justification = answer.justification {
            if !justification.fakta.isEmpty { writer.element("message", [("severity", "info")], text: "Fakta: \(justification.fakta)") }
            if !justification.analisis.isEmpty { writer.element("message", [("severity", "info")], text: "Analisis: \(justification.analisis)") }
        }
        for finding in answer.findings {
            let severity = switch finding.severity {
            case .mayor: "error"
            case .minor: "warning"
            case .observasi: "info"
            }
            writer.element("message", [("severity", severity)],
                           text: "Temuan \(finding.id) (\(finding.severity.rawValue)): \(finding.description) Rekomendasi: \(finding.rekomendasi)")
        }
        writeCheck(control, answers: answers, into: &writer)
        writer.close("rule-result")
    }

    /// An override's time as `xsd:dateTime`: a bare date becomes its midnight, with no zone
    /// (``XCCDFResultReader`` turns it back into the date).
    static func dateTime(_ text: String) -> String {
        text.count == 10 ? text + "T00:00:00" : text
    }
}
