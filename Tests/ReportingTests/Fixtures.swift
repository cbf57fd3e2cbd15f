import Core
@testable import Reporting

/// Small report models for the renderer tests; `hostile` puts markup-breaking text into every
/// string field that comes from input.
enum Fixtures {
    static let hostile = "<script>alert(1)</script>\" onmouseover=\"x()' | *b* `c`"

    static func header(_ kind: ReportKind, language: String = "id", name: String = "LPSE Kabupaten Contoh") -> ReportHeader {
        ReportHeader(kind: kind, language: language, title: Messages.table(language)["title." + kind.rawValue] ?? "",
                     generatedAt: "2026-11-25T09:00:00+07:00",
                     lpse: ReportLPSE(id: "lpse-contoh", name: name, instansi: "Pemerintah Kabupaten Contoh", zone: "WIB"),
                     catalogVersion: "2026.1", patuhVersion: "test")
    }

    static func mandiri(text: String = "Ada SK.", language: String = "id") -> MandiriReport {
        let rule = RuleState(id: "S01.1.E1", kind: "kebijakan", status: "missing", statusLabel: Messages.label("missing", language),
                             files: ["Evidence/S01-kebijakan/S01.1/\(text).pdf"], message: text)
        let control = MandiriReport.ControlResult(id: "S01.1", title: text, weight: 3, mandatory: true, status: "memenuhi",
                                                  statusLabel: Messages.label("memenuhi", language), fakta: text, analisis: text,
                                                  evidenceCited: [text], rules: [rule])
        var standards: [MandiriReport.StandardResult] = []
        for number in 1...17 {
            let id = number < 10 ? "S0\(number)" : "S\(number)"
            let met = number > 12
            let percent = Figure(Double(number) * 100 / 17)
            let score = Figure(Double(number % 5) * 2)
            standards.append(MandiriReport.StandardResult(
                id: id, name: number == 1 ? text : "Standar \(number)", score: score, maximum: 10,
                percent: percent, terpenuhi: met, mandatoryNotMet: met ? [] : [id + ".1"],
                controls: number == 1 ? [control] : []))
        }
        return MandiriReport(
            header: header(.mandiri, language: language, name: text == "Ada SK." ? "LPSE Kabupaten Contoh" : text),
            assessment: .init(date: "2026-11-20", assessors: [text], source: "Evidence/penilaian-mandiri.xml",
                              scoringModel: "patuh", thresholdPercent: 80, policyVersion: "1.0"),
            summary: .init(terpenuhi: 5, of: 17, eligibleForCertification: false, claimsWithoutEvidence: 1,
                           controlsMet: 40, controlsAssessed: 68),
            standards: standards,
            nextSteps: [.init(rank: 1, standard: "S01", control: "S01.1", title: text, mandatory: true, reason: text,
                              gainPoints: 33.33, completesStandard: true)],
            claimsWithoutEvidence: [.init(control: "S01.1", title: text, rules: ["S01.1.E1"])])
    }
}
