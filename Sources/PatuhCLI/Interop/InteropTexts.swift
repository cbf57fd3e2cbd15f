import Assessment
import Catalog
import Core
import Interop

/// The words of `ekspor` and `impor`, in Indonesian (default) or English (`--lang en`).
struct InteropTexts {
    let language: Language

    private func pick(_ id: String, _ en: String) -> String { language == .en ? en : id }

    func notAssessed(_ controls: [String], file: String, as result: String) -> String {
        pick("patuh: peringatan: \(controls.count) kontrol tidak dinilai dalam \(file) (\(controls.joined(separator: ", "))); diekspor sebagai \(result)",
             "patuh: warning: \(controls.count) controls not assessed in \(file) (\(controls.joined(separator: ", "))); exported as \(result)")
    }

    func wroteBenchmark(_ path: String, groups: Int, rules: Int) -> String {
        pick("Benchmark XCCDF 1.2 ditulis ke \(path): \(groups) grup, \(rules) aturan.",
             "XCCDF 1.2 benchmark written to \(path): \(groups) groups, \(rules) rules.")
    }

    func testResult(_ answers: AnswerFile, scores: [XCCDFScores.Line]) -> String {
        let kind = answers.kind.rawValue
        let list = scores.map { line in
            "\(line.model.rawValue) \(line.value.map { Self.number($0) } ?? "–")/\(Self.number(line.maximum))"
        }.joined(separator: ", ")
        return pick("TestResult penilaian \(kind) \(answers.lpse.id) \(answers.date): skor \(list).",
                    "TestResult of the penilaian \(kind) \(answers.lpse.id) \(answers.date): scores \(list).")
    }

    func wroteOSCAL(_ path: String, kind: String) -> String {
        pick("Dokumen OSCAL \(OSCALNames.version) (\(kind)) ditulis ke \(path).",
             "OSCAL \(OSCALNames.version) document (\(kind)) written to \(path).")
    }

    var needsPenilaian: String {
        pick("patuh: --jenis hasil dan --jenis poam memerlukan --penilaian FILE (berkas penilaian mandiri atau faktual)",
             "patuh: --jenis hasil and --jenis poam need --penilaian FILE (a penilaian mandiri or faktual answer file)")
    }

    func nothingOpen(_ file: String) -> String {
        pick("patuh: semua kontrol dalam \(file) memenuhi atau tidak berlaku; tidak ada butir POA&M, tidak ada yang ditulis",
             "patuh: every control in \(file) is met or does not apply; no POA&M item, nothing written")
    }

    func refused(_ file: String, errors: Int) -> String {
        pick("patuh: \(file) tidak diimpor: \(errors) kesalahan",
             "patuh: \(file) was not imported: \(errors) error\(errors == 1 ? "" : "s")")
    }

    func exists(_ path: String) -> String {
        pick("patuh: '\(path)' sudah ada; Patuh tidak menimpanya", "patuh: '\(path)' exists; Patuh will not overwrite it")
    }

    func invalidOutput(_ file: String) -> String {
        pick("patuh: berkas penilaian dari \(file) tidak lolos pemeriksaan penilaian.xsd (lihat di atas)",
             "patuh: the answer file made from \(file) does not pass penilaian.xsd's checks (see above)")
    }

    func imported(_ file: AnswerFile, from source: String, testResult: String, to path: String?) -> String {
        let counts = ControlStatus.allCases.map { status in "\(status.rawValue) \(file.answers.filter { $0.status == status }.count)" }
        let target = path ?? "stdout"
        return pick("Berkas penilaian \(file.kind.rawValue) ditulis ke \(target) dari TestResult \(testResult) (\(source)): \(file.answers.count) kontrol (\(counts.joined(separator: ", "))). Nilai dengan: patuh penilaian nilai \(path ?? "FILE")",
                    "Penilaian \(file.kind.rawValue) answer file written to \(target) from TestResult \(testResult) (\(source)): \(file.answers.count) controls (\(counts.joined(separator: ", "))). Score it with: patuh penilaian nilai \(path ?? "FILE")")
    }

    /// A score rounded to two decimals for the summary (the documents carry the exact value).
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
