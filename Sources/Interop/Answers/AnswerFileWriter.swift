import XMLSupport
public import Assessment
public import Catalog
public import XMLSupport

/// Writes an ``AnswerFile`` as a penilaian answer file (`Standards/schema/penilaian.xsd`), and
/// one answer as the `<control>` element of that schema (which XCCDF test results carry in
/// their `metadata`). Pure.
///
/// ## Topics
/// - ``render(_:comment:)``
public enum AnswerFileWriter {
    /// The answer file's text; `comment` lines go in a comment after the XML declaration.
    public static func render(_ file: AnswerFile, comment: [String] = []) -> String {
        var writer = XMLWriter()
        if !comment.isEmpty {
            writer.comment(comment.joined(separator: " "))
        }
        writer.open("penilaian", [("xmlns", PolicyLoader.namespace), ("kind", file.kind.rawValue),
                                  ("date", file.date), ("catalogVersion", file.catalogVersion)])
        writeHeader(file, prefix: "", into: &writer)
        for answer in file.answers {
            writeControl(answer, prefix: "", namespace: nil, into: &writer)
        }
        writer.close("penilaian")
        return writer.text
    }

    /// `<lpse>` and the `<assessor>`s.
    static func writeHeader(_ file: AnswerFile, prefix: String, into writer: inout XMLWriter) {
        writer.open(prefix + "lpse", [("id", file.lpse.id)])
        writer.element(prefix + "name", text: file.lpse.name)
        writer.element(prefix + "instansi", text: file.lpse.instansi)
        writer.close(prefix + "lpse")
        for assessor in file.assessors {
            writer.empty(prefix + "assessor", [("name", assessor.name), ("role", assessor.role),
                                               ("institution", assessor.institution)])
        }
    }

    /// One `<control>`, its elements in the schema's order; `namespace` declares the prefix.
    static func writeControl(_ answer: ControlAnswer, prefix: String, namespace: String?, into writer: inout XMLWriter) {
        let declaration = namespace.map { ("xmlns" + (prefix.isEmpty ? "" : ":" + prefix.dropLast()), $0) }
        var attributes: [(String, String?)] = declaration.map { [($0.0, Optional($0.1))] } ?? []
        attributes += [("id", answer.controlId), ("status", answer.status.rawValue),
                       ("proposed", answer.proposed ? "true" : nil)]
        let hasContent = answer.justification != nil || !answer.evidence.isEmpty || answer.override != nil
            || !answer.findings.isEmpty
        guard hasContent else {
            writer.empty(prefix + "control", attributes)
            return
        }
        writer.open(prefix + "control", attributes)
        if let justification = answer.justification {
            if !justification.fakta.isEmpty { writer.element(prefix + "fakta", text: justification.fakta) }
            if !justification.analisis.isEmpty { writer.element(prefix + "analisis", text: justification.analisis) }
        }
        for citation in answer.evidence {
            switch citation {
            case .file(let path): writer.empty(prefix + "evidence", [("file", path)])
            case .rule(let rule): writer.empty(prefix + "evidence", [("rule", rule)])
            }
        }
        if let override = answer.override {
            writer.open(prefix + "override", [("from", override.from.rawValue), ("to", override.to.rawValue),
                                              ("authority", override.authority), ("time", override.time)])
            writer.element(prefix + "remark", text: override.remark)
            writer.close(prefix + "override")
        }
        for finding in answer.findings {
            writer.open(prefix + "temuan", [("id", finding.id), ("severity", finding.severity.rawValue)])
            writer.element(prefix + "description", text: finding.description)
            writer.element(prefix + "rekomendasi", text: finding.rekomendasi)
            writer.close(prefix + "temuan")
        }
        writer.close(prefix + "control")
    }
}

extension AnswerFileWriter {
    /// Renders `file` and reads the text back through the XSD and the answer-file checks, so
    /// Patuh never writes an answer file it would refuse. Returns the text and every problem
    /// (a control the file does not assess is not a problem here: the caller warns about it).
    public static func renderChecked(_ file: AnswerFile, comment: [String] = [], schema: XMLSchema,
                                     catalog: StandardsCatalog) -> (text: String, problems: [XMLDiagnostic]) {
        let text = render(file, comment: comment)
        let document: XMLDocument
        do {
            document = try XMLDocument.parse(bytes: Array(text.utf8), path: file.path)
        } catch {
            return (text, error.diagnostics)
        }
        let invalid = schema.validate(document)
        guard invalid.isEmpty else { return (text, invalid) }
        let outcome = AnswerFileLoader.read(document.root, path: file.path, catalog: catalog)
        return (text, outcome.blockingProblems.map(\.diagnostic))
    }
}
