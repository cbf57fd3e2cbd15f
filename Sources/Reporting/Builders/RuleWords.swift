import Foundation
public import Catalog
public import Core

/// Evidence rules in plain words for a Kepala LPSE: the kind of document, what it is for, the
/// folder and an example file name that matches the rule, and by when it must be dated. Used
/// by the next steps of the mandiri report, the `nilai` summary and the bukti matrix.
public struct RuleWords: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    private var t: [String: String] { Messages.table(language.rawValue) }

    /// `laporan` → "laporan berkala" / "periodic report".
    public func kind(_ kind: EvidenceKind) -> String {
        t["kind." + kind.rawValue] ?? kind.rawValue
    }

    /// A human label for a rule: "Laporan berkala: Uji coba dan uji pemulihan (S12.3)".
    public func label(_ rule: EvidenceRule, control: Control) -> String {
        let kind = kind(rule.kind)
        return kind.prefix(1).uppercased() + kind.dropFirst() + ": " + control.title.text(language)
    }

    /// The control's folder, `Evidence/S12-kelangsungan/S12.3/`.
    public func folder(standard: Standard, control: Control) -> String {
        "Evidence/\(standard.folder)/\(control.id)/"
    }

    /// A file name matching the rule's first pattern, dated `date`: `laporan-simulasi_2026-11-25.pdf`.
    public func exampleName(_ rule: EvidenceRule, date: CivilDate) -> String {
        var stem = (rule.patterns.first ?? rule.kind.rawValue).replacingOccurrences(of: "?", with: "x")
        var ext = "pdf"
        if let dot = stem.lastIndex(of: "."), !stem[stem.index(after: dot)...].contains("*") {
            ext = String(stem[stem.index(after: dot)...])
            stem = String(stem[..<dot])
        }
        stem = stem.replacingOccurrences(of: "*", with: "-")
        while stem.contains("--") { stem = stem.replacingOccurrences(of: "--", with: "-") }
        stem = String(stem.drop { $0 == "-" || $0 == "_" })
        while stem.hasSuffix("-") || stem.hasSuffix("_") { stem.removeLast() }
        return "\(stem)_\(date).\(ext)"
    }

    /// What to do for one rule, as one sentence: the document, how it must be, where, under
    /// which name, and the date it must carry.
    public func action(_ rule: EvidenceRule, standard: Standard, control: Control, on date: CivilDate) -> String {
        var conditions: [String] = []
        if rule.signatureExpected {
            conditions.append(fill("action.signed", ["signer": rule.signer ?? (t["kepalaLPSE"] ?? "Kepala LPSE")]))
        }
        if let days = rule.freshnessDays {
            conditions.append(fill("action.fresh", ["from": DateText.date(date.adding(days: -days), language),
                                                    "days": NumberText.integer(days, language),
                                                    "date": DateText.date(date, language)]))
        }
        if rule.validityWindow {
            conditions.append(fill("action.valid", ["date": DateText.date(date, language)]))
        }
        if rule.fiscalYear {
            conditions.append(fill("action.fiscal", ["year": String(date.year)]))
        }
        let count = rule.minimumCount > 1 ? fill("action.count", ["n": String(rule.minimumCount)]) : ""
        return fill("action.make", [
            "kind": kind(rule.kind), "count": count,
            "conditions": conditions.isEmpty ? "" : (t["action.that"] ?? " ") + conditions.joined(separator: ", "),
            "folder": folder(standard: standard, control: control),
            "example": exampleName(rule, date: date),
        ])
    }

    private func fill(_ key: String, _ values: [String: String]) -> String {
        var text = t[key] ?? key
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }
}
