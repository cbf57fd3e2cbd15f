import XMLSupport

/// Rewrites one `<control>` of an answer file's text, leaving every other byte as it was (the
/// other controls in their order, comments, white space, the header). A pure function of the
/// old text and the new answer; the caller validates the result against the XSD, the catalog
/// and the policy before anything is written.
///
/// The control keeps its `<override>` and `<temuan>` children exactly as written (a faktual
/// file's assessor's record); its status, fakta, analisis and citations are the new ones, and
/// `proposed="true"` goes: a person has reviewed the answer.
///
/// ## Topics
/// - ``replacing(_:in:)``
/// - ``Answer``
public enum AnswerText {
    /// The new answer of one control.
    public struct Answer: Sendable, Hashable {
        public var control: String
        public var status: ControlStatus
        public var fakta: String?
        public var analisis: String?
        public var citations: [EvidenceCitation]

        public init(control: String, status: ControlStatus, fakta: String?, analisis: String?, citations: [EvidenceCitation]) {
            self.control = control
            self.status = status
            self.fakta = fakta
            self.analisis = analisis
            self.citations = citations
        }
    }

    /// `bytes` with the `<control id="…">` of `answer.control` replaced, or `nil` when the text
    /// has no such control under its `<penilaian>`.
    public static func replacing(_ answer: Answer, in bytes: [UInt8]) -> [UInt8]? {
        let spans = XMLTextSpans.scan(bytes)
        guard let rootIndex = spans.spans.firstIndex(where: { $0.depth == 0 }),
              let index = spans.children(of: rootIndex).first(where: {
                  spans.spans[$0].localName == "control" && spans.spans[$0][attribute: "id"] == answer.control
              }) else { return nil }
        let span = spans.spans[index]
        let prefix = span.name.contains(":") ? String(span.name.split(separator: ":")[0]) + ":" : ""
        let indent = spans.indentation(of: index, in: bytes)
        let inner = indent + "  "
        // What the assessor recorded stays as written.
        let kept = spans.children(of: index).filter { ["override", "temuan"].contains(spans.spans[$0].localName) }
            .map { String(decoding: bytes[spans.spans[$0].outer], as: UTF8.self) }
        var lines = ["<\(prefix)control" + XMLWriter.attributes([("id", answer.control), ("status", answer.status.rawValue)]) + ">"]
        if let fakta = answer.fakta { lines.append("\(inner)<\(prefix)fakta>\(XMLWriter.escape(fakta))</\(prefix)fakta>") }
        if let analisis = answer.analisis { lines.append("\(inner)<\(prefix)analisis>\(XMLWriter.escape(analisis))</\(prefix)analisis>") }
        for citation in answer.citations {
            switch citation {
            case .rule(let id): lines.append("\(inner)<\(prefix)evidence" + XMLWriter.attributes([("rule", id)]) + "/>")
            case .file(let path): lines.append("\(inner)<\(prefix)evidence" + XMLWriter.attributes([("file", path)]) + "/>")
            }
        }
        lines += kept.map { inner + $0 }
        lines.append("\(indent)</\(prefix)control>")
        return XMLTextSpans.replacing(span.outer, with: lines.joined(separator: "\n"), in: bytes)
    }
}
