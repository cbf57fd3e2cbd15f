import Assessment
import Catalog
import Core
import Interop

/// The words of `ekspor` and `impor`, from the message catalog in the command's language.
struct InteropTexts {
    let language: Language

    private var messages: Messages { Messages(language) }

    func notAssessed(_ controls: [String], file: String, as result: String) -> String {
        messages.text("interop.notAssessed", ["count": String(controls.count), "file": file,
                                              "controls": controls.joined(separator: ", "), "result": result])
    }

    /// How OSCAL calls a control the answer file does not assess.
    var notAssessedInOSCAL: String { messages.text("interop.notAssessed.oscal") }

    func wroteBenchmark(_ path: String, groups: Int, rules: Int) -> String {
        messages.text("interop.wroteBenchmark", ["path": path, "groups": String(groups), "rules": String(rules)])
    }

    func testResult(_ answers: AnswerFile, scores: [XCCDFScores.Line]) -> String {
        let list = scores.map { line in
            "\(line.model.rawValue) \(line.value.map { Self.number($0) } ?? "–")/\(Self.number(line.maximum))"
        }.joined(separator: ", ")
        return messages.text("interop.testResult", ["kind": answers.kind.rawValue, "lpse": answers.lpse.id,
                                                    "date": "\(answers.date)", "scores": list])
    }

    func wroteOSCAL(_ path: String, kind: String) -> String {
        messages.text("interop.wroteOSCAL", ["version": OSCALNames.version, "kind": kind, "path": path])
    }

    var needsPenilaian: String { messages.text("interop.needsPenilaian") }

    func nothingOpen(_ file: String) -> String {
        messages.text("interop.nothingOpen", ["file": file])
    }

    func refused(_ file: String, errors: Int) -> String {
        messages.text(errors == 1 ? "interop.refused.one" : "interop.refused.many", ["file": file, "count": String(errors)])
    }

    func invalidOutput(_ file: String) -> String {
        messages.text("interop.invalidOutput", ["file": file])
    }

    /// The comment at the top of an imported answer file.
    func importComment(_ file: String, testResult: String) -> String {
        messages.text("interop.importComment", ["file": file, "testResult": testResult])
    }

    func imported(_ file: AnswerFile, from source: String, testResult: String, to path: String?) -> String {
        let counts = ControlStatus.allCases.map { status in "\(status.rawValue) \(file.answers.filter { $0.status == status }.count)" }
        return messages.text("interop.imported", [
            "kind": file.kind.rawValue, "target": path ?? "stdout", "testResult": testResult, "source": source,
            "count": String(file.answers.count), "counts": counts.joined(separator: ", "), "file": path ?? "FILE",
        ])
    }

    /// A score rounded to two decimals for the summary (the documents carry the exact value).
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
