import XMLSupport
public import Catalog
import Core

/// Writes a complete answer file for every control (or one standard's), pre-filled with what the
/// evidence registry knows, so the person assessing starts from the facts. Pure.
///
/// Each control gets a comment with its requirement, the assessor's guidance and each evidence
/// rule's status and files; `<evidence>` citations for the rules that are satisfied and their
/// files; and a *proposed* status (`proposed="true"`), which the person confirms or changes:
///
/// - every evidence rule of the control satisfied (ok or expiring) → `memenuhi`;
/// - some satisfied → `sebagian`;
/// - none satisfied, or nothing known → `tidak`.
///
/// The proposal's fakta lists what the registry reported; its analisis says it is a proposal.
/// The result satisfies `penilaian.xsd` and loads without problems, so it can be scored at once.
public struct AnswerTemplate: Sendable {
    public var catalog: StandardsCatalog
    public var kind: AssessmentKind
    public var lpse: LPSEIdentity
    public var assessors: [Assessor]
    /// `YYYY-MM-DD`.
    public var date: String
    public var evidence: EvidenceFacts
    /// Only this standard's controls, when set.
    public var standardId: String?

    /// Creates a template.
    public init(catalog: StandardsCatalog, kind: AssessmentKind, lpse: LPSEIdentity, assessors: [Assessor], date: String,
                evidence: EvidenceFacts = EvidenceFacts(), standardId: String? = nil) {
        self.catalog = catalog
        self.kind = kind
        self.lpse = lpse
        self.assessors = assessors
        self.date = date
        self.evidence = evidence
        self.standardId = standardId
    }

    /// The proposed status of a control from its rules' evidence.
    ///
    /// A rule met without a single file (an optional rule, `min="0"`, when nothing happened)
    /// shows nothing: it never makes a control `memenuhi` or `sebagian` on its own, so an empty
    /// `Evidence/` proposes `tidak` everywhere.
    public func proposal(for control: Control) -> ControlStatus {
        let known = control.evidenceRules.map { evidence[$0.id] }
        let satisfied = known.map { $0?.status.isSatisfied ?? false }
        let shown = known.contains { ($0?.status.isSatisfied ?? false) && !($0?.files.isEmpty ?? true) }
        if !satisfied.isEmpty && satisfied.allSatisfy({ $0 }) && shown { return .memenuhi }
        return shown ? .sebagian : .tidak
    }

    /// The file's text.
    public func render() -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<!--",
            "  Penilaian \(kind.rawValue) (patuh penilaian template), katalog \(catalog.version).",
            "  Status: memenuhi | sebagian | tidak | tidak-berlaku. <fakta> dan <analisis> wajib kecuali memenuhi.",
            "  proposed=\"true\": status diusulkan dari status bukti; hapus setelah ditinjau.",
        ]
        if kind == .faktual {
            lines += [
                "  Asesor dapat menambahkan per kontrol, setelah <evidence>:",
                "    <override from=\"memenuhi\" to=\"sebagian\" authority=\"Nama, Asesor LKPP\" time=\"2026-11-20T10:00:00+07:00\"><remark>Alasan</remark></override>",
                "    <temuan id=\"TF-01\" severity=\"mayor|minor|observasi\"><description>Temuan</description><rekomendasi>Rekomendasi</rekomendasi></temuan>",
            ]
        }
        lines += [
            "-->",
            "<penilaian xmlns=\"urn:patuh:penilaian:1\" kind=\"\(kind.rawValue)\" date=\"\(Self.escape(date))\" catalogVersion=\"\(Self.escape(catalog.version))\">",
            "  <lpse id=\"\(Self.escape(lpse.id))\">",
            "    <name>\(Self.escape(lpse.name))</name>",
            "    <instansi>\(Self.escape(lpse.instansi))</instansi>",
            "  </lpse>",
        ]
        for assessor in assessors {
            lines.append("  <assessor name=\"\(Self.escape(assessor.name))\" role=\"\(Self.escape(assessor.role))\" institution=\"\(Self.escape(assessor.institution))\"/>")
        }
        for standard in catalog.standards where standardId == nil || standard.id == standardId {
            lines += ["", "  <!-- ===== \(standard.id) \(Self.comment(standard.name.id)) ===== -->"]
            for control in standard.controls {
                lines += renderControl(control)
            }
        }
        lines += ["</penilaian>", ""]
        return lines.joined(separator: "\n")
    }

    private func renderControl(_ control: Control) -> [String] {
        var lines = ["", "  <!-- \(control.id) · bobot \(control.weight) · \(control.mandatory ? "wajib" : "tidak wajib") · \(Self.comment(control.title.id))",
                     "       \(Self.comment(control.requirement.id))"]
        if !control.guidance.id.isEmpty { lines.append("       Petunjuk asesor: \(Self.comment(control.guidance.id))") }
        var facts: [String] = []
        var citations: [String] = []
        for rule in control.evidenceRules {
            guard let known = evidence[rule.id] else {
                lines.append("       \(rule.id) (\(rule.kind.rawValue)): tidak ada data registri")
                facts.append("\(rule.id) tidak ada data registri")
                continue
            }
            let files = known.files.isEmpty ? "" : ": " + known.files.joined(separator: ", ")
            let message = known.message.map { " (\($0))" } ?? ""
            lines.append("       \(rule.id) (\(rule.kind.rawValue)): \(known.status.rawValue)\(Self.comment(files + message))")
            facts.append("\(rule.id) \(known.status.rawValue)\(files)")
            if known.status.isSatisfied {
                citations.append("    <evidence rule=\"\(rule.id)\"/>")
                citations += known.files.compactMap(Self.evidencePath).map { "    <evidence file=\"\(Self.escape($0))\"/>" }
            }
        }
        lines.append("  -->")
        let status = proposal(for: control)
        lines.append("  <control id=\"\(control.id)\" status=\"\(status.rawValue)\" proposed=\"true\">")
        lines.append("    <fakta>Menurut registri bukti: \(Self.escape(facts.joined(separator: "; "))).</fakta>")
        lines.append("    <analisis>Status \(status.rawValue) diusulkan patuh dari status bukti; kecukupan isi dokumen perlu dinilai oleh penilai.</analisis>")
        lines += citations
        lines.append("  </control>")
        return lines
    }

    /// A registry path as an `<evidence file>` value, relative to `Evidence/`; `nil` for a path
    /// with white space, which the schema does not accept (the naming convention has none).
    static func evidencePath(_ path: String) -> String? {
        var trimmed = Substring(path)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        if trimmed.hasPrefix("Evidence/") { trimmed = trimmed.dropFirst("Evidence/".count) }
        while trimmed.hasPrefix("/") { trimmed = trimmed.dropFirst() }
        guard !trimmed.isEmpty, !trimmed.contains(where: \.isWhitespace) else { return nil }
        return String(trimmed)
    }

    /// Escapes text for an attribute or element.
    static func escape(_ text: String) -> String {
        XMLWriter.escape(text, attribute: true)
    }

    /// Text safe inside a comment (no `--`).
    static func comment(_ text: String) -> String {
        XMLWriter.commentText(text)
    }
}
