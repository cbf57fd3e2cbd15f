import Assessment
import Catalog
import Core
import XMLSupport

/// One reading of a test result: the problems found so far and the answers built.
struct XCCDFImportSession {
    let reader: XCCDFResultReader
    let path: String
    private(set) var problems: [ImportProblem] = []

    init(reader: XCCDFResultReader, path: String) {
        self.reader = reader
        self.path = path
    }

    private var catalog: StandardsCatalog { reader.catalog }

    // MARK: - Problems

    private mutating func error(_ line: Int, _ id: String, _ en: String) {
        problems.append(ImportProblem(severity: .error, file: path, line: line, message: LocalizedText(id: id, en: en)))
    }

    private mutating func warning(_ line: Int, _ id: String, _ en: String) {
        problems.append(ImportProblem(severity: .warning, file: path, line: line, message: LocalizedText(id: id, en: en)))
    }

    private func outcome(_ file: AnswerFile?, _ id: String) -> XCCDFImportOutcome {
        XCCDFImportOutcome(file: file, problems: problems.sorted { $0.line < $1.line }, testResultId: id)
    }

    // MARK: - Reading

    mutating func read(_ root: XMLElement) -> XCCDFImportOutcome {
        guard let testResult = findTestResult(root) else { return outcome(nil, "") }
        let id = testResult[attribute: "id"] ?? ""
        if let version = testResult[attribute: "version"], version != catalog.version {
            error(testResult.line, "TestResult dibuat untuk katalog versi \(version), sedangkan standar yang dipakai versi \(catalog.version)",
                  "the TestResult was made for catalog version \(version), but the standards in use are version \(catalog.version)")
        }
        let header = patuhHeader(testResult)
        let kind = header.flatMap { AssessmentKind(rawValue: $0[attribute: "kind"] ?? "") } ?? reader.defaults.kind
        let results = readRuleResults(testResult, kind: kind)
        guard let identity = lpse(header, testResult) else { return outcome(nil, id) }
        let assessors = self.assessors(header, testResult, lpse: identity)
        guard let date = date(header, testResult) else { return outcome(nil, id) }
        let answers = catalog.controls.compactMap { results[$0.id] }
        let file = AnswerFile(lpse: identity, kind: kind, assessors: assessors, date: date,
                              catalogVersion: catalog.version, answers: answers, path: path)
        return outcome(file, id)
    }

    /// The TestResult: the root, the last one in a Benchmark, or the last one anywhere (ARF).
    private mutating func findTestResult(_ root: XMLElement) -> XMLElement? {
        if root.name == "Benchmark" && root.namespace == XCCDFNames.namespace,
           let id = root[attribute: "id"], id != XCCDFNames.benchmarkId {
            error(root.line, "Benchmark \(id) bukan benchmark Patuh (\(XCCDFNames.benchmarkId))",
                  "Benchmark \(id) is not Patuh's benchmark (\(XCCDFNames.benchmarkId))")
            return nil
        }
        var found: [XMLElement] = []
        collect(root, into: &found)
        guard let last = found.last else {
            error(root.line, "tidak ada TestResult XCCDF 1.2 (\(XCCDFNames.namespace)) dalam berkas",
                  "no XCCDF 1.2 TestResult (\(XCCDFNames.namespace)) in the file")
            return nil
        }
        if found.count > 1 {
            warning(last.line, "berkas memuat \(found.count) TestResult; yang terakhir (\(last[attribute: "id"] ?? "")) diimpor",
                    "the file holds \(found.count) TestResults; the last one (\(last[attribute: "id"] ?? "")) is imported")
        }
        if let benchmark = last.child("benchmark"), let id = benchmark[attribute: "id"], id != XCCDFNames.benchmarkId {
            error(benchmark.line, "TestResult ini untuk benchmark \(id), bukan \(XCCDFNames.benchmarkId)",
                  "this TestResult is for benchmark \(id), not \(XCCDFNames.benchmarkId)")
        }
        return last
    }

    private func collect(_ element: XMLElement, into found: inout [XMLElement]) {
        if element.name == "TestResult" && element.namespace == XCCDFNames.namespace {
            found.append(element)
            return
        }
        for child in element.children { collect(child, into: &found) }
    }

    /// Patuh's `<p:penilaian>` in the TestResult's metadata, when Patuh wrote the result.
    private func patuhHeader(_ testResult: XMLElement) -> XMLElement? {
        testResult.children(named: "metadata").lazy.compactMap {
            $0.children.first { $0.name == "penilaian" && $0.namespace == XCCDFNames.patuhNamespace }
        }.first
    }

    // MARK: - Header

    private mutating func lpse(_ header: XMLElement?, _ testResult: XMLElement) -> LPSEIdentity? {
        if let element = header?.child("lpse"), let id = element[attribute: "id"] {
            return LPSEIdentity(id: id, name: element.child("name")?.normalizedText ?? id,
                                instansi: element.child("instansi")?.normalizedText ?? "")
        }
        if let lpse = reader.defaults.lpse { return lpse }
        error(testResult.line, "TestResult tidak menyebut LPSE (bukan buatan Patuh); sebutkan dengan --lpse-id, --lpse-nama dan --instansi, atau jalankan di workspace yang memiliki patuh.xml",
              "the TestResult does not name the LPSE (Patuh did not write it); name it with --lpse-id, --lpse-nama and --instansi, or run in a workspace with a patuh.xml")
        return nil
    }

    private func assessors(_ header: XMLElement?, _ testResult: XMLElement, lpse: LPSEIdentity) -> [Assessor] {
        let written = (header?.children(named: "assessor") ?? []).map {
            Assessor(name: $0[attribute: "name"] ?? "", role: $0[attribute: "role"] ?? "", institution: $0[attribute: "institution"] ?? "")
        }
        if !written.isEmpty { return written }
        if !reader.defaults.assessors.isEmpty { return reader.defaults.assessors }
        let identity = testResult.child("identity")?.normalizedText ?? ""
        return [Assessor(name: identity.isEmpty ? "(tidak diketahui)" : identity, role: "Penilai (hasil XCCDF)",
                         institution: lpse.name)]
    }

    private mutating func date(_ header: XMLElement?, _ testResult: XMLElement) -> String? {
        if let date = header?[attribute: "date"] { return date }
        for attribute in ["end-time", "start-time"] {
            if let time = testResult[attribute: attribute], Self.isDate(String(time.prefix(10))) { return String(time.prefix(10)) }
        }
        error(testResult.line, "TestResult tidak memiliki end-time yang dapat dibaca", "the TestResult has no readable end-time")
        return nil
    }

    static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in index == 4 || index == 7 || (48...57).contains(byte) }
    }

    // MARK: - Rule results

    private mutating func readRuleResults(_ testResult: XMLElement, kind: AssessmentKind) -> [String: ControlAnswer] {
        var answers: [String: ControlAnswer] = [:]
        var seen: [String: Int] = [:]
        let context = "TestResult \(testResult[attribute: "id"] ?? ""), \(testResult[attribute: "end-time"] ?? "")"
        for element in testResult.children(named: "rule-result") {
            let idref = element[attribute: "idref"] ?? ""
            guard let controlId = XCCDFNames.controlId(ofRule: idref), catalog.control(controlId) != nil else {
                error(element.line, "rule-result \(idref) bukan aturan benchmark Patuh (katalog \(catalog.version))",
                      "rule-result \(idref) is not a rule of Patuh's benchmark (catalog \(catalog.version))")
                continue
            }
            if let first = seen[controlId] {
                error(element.line, "rule-result \(idref) muncul dua kali (pertama pada baris \(first))",
                      "rule-result \(idref) appears twice (first at line \(first))")
                continue
            }
            seen[controlId] = element.line
            let text = element.child("result")?.normalizedText ?? ""
            guard let result = XCCDFResultReader.effective(text) else {
                error(element.child("result")?.line ?? element.line, "hasil '\(text)' bukan hasil XCCDF 1.2",
                      "'\(text)' is not an XCCDF 1.2 result")
                continue
            }
            if let answer = answer(element, controlId: controlId, written: text, result: result, kind: kind, context: context) {
                answers[controlId] = answer
            }
        }
        for control in catalog.controls where seen[control.id] == nil {
            warning(testResult.line, "kontrol \(control.id) tidak ada dalam TestResult: tidak dinilai",
                    "control \(control.id) is not in the TestResult: not assessed")
        }
        return answers
    }

    private mutating func answer(_ element: XMLElement, controlId: String, written: String, result: XCCDFResult,
                                 kind: AssessmentKind, context: String) -> ControlAnswer? {
        let location = SourceLocation(file: path, line: element.line)
        guard let status = reader.status(for: result) else {
            warning(element.line, "\(controlId): hasil \(written) tidak dinilai; kontrol dibiarkan tidak dinilai",
                    "\(controlId): result \(written) is not scored; the control is left not assessed")
            return nil
        }
        if written != result.rawValue {
            warning(element.line, "\(controlId): hasil \(written) diperlakukan sebagai \(result.rawValue) (\(status.rawValue))",
                    "\(controlId): result \(written) is taken as \(result.rawValue) (\(status.rawValue))")
        }
        let embedded = element.children(named: "metadata").lazy.compactMap {
            $0.children.first { $0.name == "control" && $0.namespace == XCCDFNames.patuhNamespace }
        }.first
        if let embedded, let kept = AnswerElementReader(catalog: catalog, path: path, kind: kind).answer(embedded) {
            if reader.policy.value(of: kept.status).xccdf == result {
                return kind == .faktual ? kept : Self.withoutFaktualParts(kept)
            }
            warning(element.line, "\(controlId): hasil \(written) berbeda dari status \(kept.status.rawValue) dalam metadata Patuh; hasil yang dipakai (\(status.rawValue))",
                    "\(controlId): result \(written) differs from status \(kept.status.rawValue) in Patuh's metadata; the result wins (\(status.rawValue))")
        }
        let messages = element.children(named: "message").map(\.normalizedText).filter { !$0.isEmpty }
        var justification: Justification?
        if status != .memenuhi {
            let fakta = (["Hasil XCCDF \(written) untuk \(element[attribute: "idref"] ?? "") (\(context))."] + messages).joined(separator: " ")
            justification = Justification(fakta: fakta, analisis: "Diimpor dari hasil XCCDF: \(written) → \(status.rawValue) menurut kebijakan penilaian \(reader.policy.version).")
        }
        return ControlAnswer(controlId: controlId, status: status, justification: justification,
                             override: override(element, controlId: controlId, status: status, kind: kind),
                             source: location)
    }

    /// The last XCCDF override, as Patuh's (only in a faktual file, and only when it changes the status).
    private mutating func override(_ element: XMLElement, controlId: String, status: ControlStatus,
                                   kind: AssessmentKind) -> Override? {
        guard let last = element.children(named: "override").last else { return nil }
        guard kind == .faktual else {
            warning(last.line, "\(controlId): override hanya ada dalam penilaian faktual; diabaikan",
                    "\(controlId): only a penilaian faktual has overrides; ignored")
            return nil
        }
        let old = XCCDFResultReader.effective(last.child("old-result")?.normalizedText ?? "")
        guard let old, let from = reader.status(for: old), from != status else {
            warning(last.line, "\(controlId): override tidak mengubah status Patuh; diabaikan",
                    "\(controlId): the override does not change Patuh's status; ignored")
            return nil
        }
        var time = last[attribute: "time"] ?? ""
        if time.hasSuffix("T00:00:00") && time.count == 19 { time = String(time.prefix(10)) }
        let remark = last.child("remark")?.normalizedText ?? ""
        return Override(from: from, to: status, authority: last[attribute: "authority"] ?? "(tidak diketahui)", time: time,
                        remark: remark.isEmpty ? "Override XCCDF" : remark)
    }

    /// An answer without what only a faktual file may hold.
    static func withoutFaktualParts(_ answer: ControlAnswer) -> ControlAnswer {
        var copy = answer
        copy.override = nil
        copy.findings = []
        return copy
    }
}
