import Catalog
import Core
@testable import EvidenceRegistry
import Foundation
import Testing

/// The content checks as pure functions of a check, what was read, and the day.
@Suite("Content evaluator")
struct ContentEvaluatorTests {
    static let file = EvidencePath("Evidence/S03-aset/S03.2/register-aset_2026-11-01.csv")
    static let today = CivilDate(iso: "2026-11-25")!

    static func read(_ csv: String) -> ContentRead {
        CSVReader().read(Array(csv.utf8))
    }

    static func kinds(_ findings: [ContentFinding]) -> [ContentFinding.Kind] {
        findings.map(\.kind)
    }

    static let assets = RegisterCheck(
        columns: [ColumnRule(name: "kode", nonEmpty: true),
                  ColumnRule(name: "pemilik", aliases: ["owner", "penanggung_jawab"], nonEmpty: true),
                  ColumnRule(name: "K", nonEmpty: true, values: ["1", "2", "3"]),
                  ColumnRule(name: "I", nonEmpty: true, values: ["1", "2", "3"]),
                  ColumnRule(name: "A", nonEmpty: true, values: ["1", "2", "3"]),
                  ColumnRule(name: "nilai"),
                  ColumnRule(name: "catatan", required: false)],
        minimumRows: 1,
        computed: [ComputedColumn(column: "nilai", function: .mean, of: ["K", "I", "A"])])

    @Test("a register that meets its check has no finding (aliases, case, decimal commas)")
    func clean() {
        let csv = "Kode;Penanggung Jawab;k;i;a;Nilai\nA-1;Kepala LPSE;3;3;3;3\nA-2;Budi;2;3;3;2,67\n"
        #expect(ContentEvaluator(today: Self.today).evaluate(.register(Self.assets), read: Self.read(csv), file: Self.file) == [])
    }

    @Test("a missing column names the catalog's column, the header row and the names accepted")
    func missingColumn() throws {
        let csv = "kode;K;I;A;nilai\nA-1;3;3;3;3\n"
        let findings = ContentEvaluator(today: Self.today).evaluate(.register(Self.assets), read: Self.read(csv), file: Self.file)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.kind == .missingColumn && finding.column == "pemilik" && finding.row == 1)
        #expect(finding.expected == "pemilik, owner, penanggung_jawab")
    }

    @Test("cells: empty, not allowed, computed wrongly; each with its row, header and column letters")
    func cells() throws {
        let csv = "kode;pemilik;K;I;A;nilai\nA-1;;3;4;3;3,33\nA-2;Budi;2;3;3;2.5\n"
        let findings = ContentEvaluator(today: Self.today).evaluate(.register(Self.assets), read: Self.read(csv), file: Self.file)
        #expect(Self.kinds(findings) == [.emptyCell, .valueNotAllowed, .computedMismatch])
        #expect(findings[0].row == 2 && findings[0].column == "pemilik" && findings[0].cellReference == "B2")
        #expect(findings[1].value == "4" && findings[1].expected == "1, 2, 3" && findings[1].cellReference == "D2")
        // Row 2's nilai agrees with its cells as written (3, 4, 3 → 3,33): only row 3's does not.
        #expect(findings[2].row == 3 && findings[2].value == "2.5" && findings[2].expected == "2.67")
    }

    @Test("too few rows, a stale date column, an invalid date")
    func rowsAndDates() {
        let check = RegisterCheck(columns: [ColumnRule(name: "tanggal")], minimumRows: 3,
                                  fresh: [FreshColumn(column: "tanggal", days: 30)])
        let stale = ContentEvaluator(today: Self.today).evaluate(.register(check), read: Self.read("tanggal\n2026-09-01\n24/10/2026\n"), file: Self.file)
        #expect(Self.kinds(stale) == [.tooFewRows, .stale])
        #expect(stale[1].value == "2026-10-24" && stale[1].expected == "2026-10-26")
        let fresh = ContentEvaluator(today: Self.today).evaluate(.register(check), read: Self.read("tanggal\n2026-09-01\nkemarin\n2026-11-20\n"), file: Self.file)
        #expect(Self.kinds(fresh) == [.invalidDate])
        #expect(fresh[0].row == 3 && fresh[0].value == "kemarin")
    }

    @Test("overdue rows: past the due date and not done; done rows and future dates are not")
    func overdue() {
        let check = RegisterCheck(columns: [ColumnRule(name: "batas_waktu"), ColumnRule(name: "status")],
                                  overdue: [OverdueRule(due: "batas_waktu", status: "status", done: ["selesai"])])
        let csv = "nomor;batas_waktu;status\n1;2026-07-06;Selesai\n2;2026-11-24;proses\n3;2026-12-01;proses\n4;46300;\n"
        let findings = ContentEvaluator(today: Self.today).evaluate(.register(check), read: Self.read(csv), file: Self.file)
        #expect(Self.kinds(findings) == [.overdue, .overdue])
        #expect(findings[0].row == 3 && findings[0].value == "2026-11-24" && findings[0].expected == "proses")
        #expect(findings[1].row == 5 && findings[1].value == "2026-10-05" && findings[1].expected == nil)
    }

    @Test("text: phrases without regard to case or line breaks; numbers found by a pattern within bounds")
    func text() {
        let check = TextCheck(phrases: ["huruf besar", "TOTP", "karakter khusus"],
                              numbers: [NumberRule(pattern: #"minimal\s+(\d+)\s+karakter"#, minimum: 10)])
        let good = ContentText(splitting: "Kata sandi MINIMAL 12 karakter, memuat huruf\nbesar dan karakter khusus.\nTotp wajib.")
        #expect(ContentEvaluator(today: Self.today).evaluate(.text(check), read: .content(.text(good)), file: Self.file) == [])
        let weak = ContentText(splitting: "Kata sandi minimal 8 karakter.\nhuruf besar")
        let findings = ContentEvaluator(today: Self.today).evaluate(.text(check), read: .content(.text(weak)), file: Self.file)
        #expect(Self.kinds(findings) == [.phraseMissing, .phraseMissing, .numberOutOfRange])
        #expect(findings[2].row == 1 && findings[2].value == "8" && findings[2].expected == "≥ 10")
        let none = ContentEvaluator(today: Self.today).evaluate(.text(TextCheck(numbers: check.numbers)),
                                                               read: .content(.text(ContentText(splitting: "tanpa angka"))), file: Self.file)
        #expect(Self.kinds(none) == [.numberMissing])
    }

    @Test("malformed files are failures; unread ones, and registers that are no table, are notices")
    func readsThatAreNotContent() {
        let evaluator = ContentEvaluator(today: Self.today)
        let malformed = evaluator.evaluate(.register(Self.assets), read: .malformed(.unclosedQuote(line: 4)), file: Self.file)
        #expect(malformed.map(\.failing) == [true] && malformed.first?.problem == .unclosedQuote(line: 4))
        let skipped = evaluator.evaluate(.text(TextCheck(phrases: ["x"])), read: .notChecked(.pdftotextUnavailable), file: Self.file)
        #expect(skipped.map(\.failing) == [false] && skipped.first?.skip == .pdftotextUnavailable)
        let pdfRegister = evaluator.evaluate(.register(Self.assets), read: .content(.text(ContentText(splitting: "kode"))), file: Self.file)
        #expect(pdfRegister.first?.skip == .notARegister && pdfRegister.first?.failing == false)
    }

    @Test("at most 50 findings per document, then one that counts the rest")
    func cap() {
        let check = RegisterCheck(columns: [ColumnRule(name: "kode", nonEmpty: true)])
        let csv = "kode;x\n" + String(repeating: ";1\n", count: 80)
        let findings = ContentEvaluator(today: Self.today).evaluate(.register(check), read: Self.read(csv), file: Self.file)
        #expect(findings.count == 51)
        #expect(findings.last?.kind == .more && findings.last?.value == "30")
    }

    // MARK: - In the rule evaluator

    static let catalog = StandardsCatalog(version: "test", effective: "2026-01-01", standards: [
        Standard(id: "S03", number: 3, folder: "S03-aset", name: LocalizedText(id: "Aset"), controls: [
            TestCatalog.control("S03.2", [EvidenceRule(id: "S03.2.E1", kind: .register, patterns: ["register-aset*"],
                                                       freshnessDays: 365, signatureExpected: true, content: .register(assets))]),
        ]),
    ])

    static func evaluate(_ reads: [EvidencePath: ContentRead], signed: Bool = true, names: [String]) -> RuleFinding {
        let files = names.map { name -> (ClassifiedFile, FileFacts) in
            let path = EvidencePath("Evidence/S03-aset/S03.2/\(name)")
            var file = ClassifiedFile(path: path, placement: .control(standard: "S03", control: "S03.2"), status: .classified,
                                      rules: ["S03.2.E1"], entry: nil)
            if signed { file.entry = BuktiEntry(fileName: name, ratifiedBy: Ratification(name: "Hendra", position: "Kepala LPSE")) }
            return (file, FileFacts(stat: FileStat(size: 1, modifiedNanos: 0, inode: 1), sha256: String(repeating: "a", count: 64)))
        }
        let report = RuleEvaluator(catalog: catalog, now: Instant(iso8601: "2026-11-25T09:00:00+07:00")!, zone: .wib)
            .evaluate(files: files.map(\.0), facts: Dictionary(uniqueKeysWithValues: files.map { ($0.0.path, $0.1) }),
                      content: FixedContentInspector(reads))
        return report.rules[0]
    }

    @Test("a rule whose newest current register fails its check is 'content'; an older version is not read")
    func ruleStatus() throws {
        let old = EvidencePath("Evidence/S03-aset/S03.2/register-aset_2026-03-01.csv")
        let new = EvidencePath("Evidence/S03-aset/S03.2/register-aset_2026-10-01.csv")
        let bad = Self.read("kode;K;I;A;nilai\nA;1;1;1;1\n")
        let good = Self.read("kode;pemilik;K;I;A;nilai\nA;B;1;1;1;1\n")
        let failing = Self.evaluate([old: good, new: bad], names: [old.name, new.name])
        #expect(failing.status == .content)
        #expect(failing.contentFailures.map(\.file) == [new])
        let fixed = Self.evaluate([old: bad, new: good], names: [old.name, new.name])
        #expect(fixed.status == .ok && fixed.content == [])
        // Content is more serious than a missing signature.
        #expect(Self.evaluate([new: bad], signed: false, names: [new.name]).status == .content)
        // A notice alone leaves the rule as it is.
        let notice = Self.evaluate([new: .notChecked(.pdftotextUnavailable)], names: [new.name])
        #expect(notice.status == .ok && notice.contentNotices.count == 1)
    }

    @Test("the gate fails on content by default and locates it at the file")
    func gate() {
        let new = EvidencePath("Evidence/S03-aset/S03.2/register-aset_2026-10-01.csv")
        let finding = Self.evaluate([new: Self.read("kode\nA\n")], names: [new.name])
        let report = EvidenceReport(today: Self.today, rules: [finding], files: [], metadataProblems: [])
        let result = EvidenceGate(catalog: Self.catalog).check(report)
        #expect(result.failed)
        #expect(result.problems.map(\.kind) == [.content])
        #expect(result.problems.first?.path == new.string)
        #expect(!EvidenceGate(catalog: Self.catalog, policy: GatePolicy(failOn: [.missing])).check(report).failed)
    }
}
