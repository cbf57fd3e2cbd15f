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

    // MARK: - Row rules and cross-references

    static let risks = RegisterCheck(
        columns: [ColumnRule(name: "sub_klasifikasi", aliases: ["sub_klasifikasi_aset"], nonEmpty: true),
                  ColumnRule(name: "nilai"), ColumnRule(name: "mitigasi"), ColumnRule(name: "pic"),
                  ColumnRule(name: "status", required: false), ColumnRule(name: "tanggal", required: false),
                  ColumnRule(name: "tanggal_selesai", required: false), ColumnRule(name: "konfirmasi", required: false)],
        references: [ColumnReference(column: "sub_klasifikasi", rule: "S03.2.E1", key: "sub_klasifikasi")],
        conditions: [
            RowCondition(column: "nilai", test: .above, values: ["24"],
                         requirements: [RowRequirement(column: "mitigasi", nonEmpty: true), RowRequirement(column: "pic", nonEmpty: true)]),
            RowCondition(column: "status", test: .in, values: ["Penyelesaian"],
                         requirements: [RowRequirement(column: "tanggal_selesai", nonEmpty: true, notBefore: "tanggal"),
                                        RowRequirement(column: "konfirmasi", values: ["Sudah"])]),
        ])

    static let assetKeys = ReferencedKeys.keys([ContentEvaluator.key("Server"), ContentEvaluator.key("Basis data"),
                                                ContentEvaluator.key("7")], files: [file])

    @Test("a row rule: a risk above 24 needs a mitigation and a PIC; 24 itself, and a blank or text nilai, do not")
    func rowRuleNumeric() throws {
        let csv = """
        sub_klasifikasi;nilai;mitigasi;pic
        Server;48;;Budi
        Server;24;;
        Server;;;
        Server;tinggi;;
        Server;72,5;Cadangan;
        Server;25;Cadangan;Siti
        """
        let findings = ContentEvaluator(today: Self.today)
            .evaluate(.register(Self.risks), read: Self.read(csv), file: Self.file, references: ["S03.2.E1": Self.assetKeys])
        #expect(Self.kinds(findings) == [.emptyCell, .emptyCell])
        #expect(findings[0].row == 2 && findings[0].column == "mitigasi" && findings[0].cellReference == "C2")
        #expect(findings[0].condition == .init(column: "nilai", test: .above, values: ["24"], cell: "48"))
        #expect(findings[1].row == 6 && findings[1].column == "pic" && findings[1].condition?.cell == "72,5")
    }

    @Test("a row rule with a value set: a date not before another column's, a value from a list")
    func rowRuleValues() throws {
        let csv = """
        sub_klasifikasi;nilai;mitigasi;pic;status;tanggal;tanggal_selesai;konfirmasi
        Server;1;;;Penyelesaian;2026-11-10;2026-11-09;Belum
        Server;1;;;penyelesaian;2026-11-10;kemarin;Sudah
        Server;1;;;Penanganan;2026-11-10;;
        Server;1;;;Penyelesaian;2026-11-10;10/11/2026;
        Server;1;;;Penyelesaian;2026-11-10;;Sudah
        """
        let findings = ContentEvaluator(today: Self.today)
            .evaluate(.register(Self.risks), read: Self.read(csv), file: Self.file, references: ["S03.2.E1": Self.assetKeys])
        #expect(Self.kinds(findings) == [.dateBefore, .valueNotAllowed, .invalidDate, .emptyCell])
        #expect(findings[0].row == 2 && findings[0].column == "tanggal_selesai" && findings[0].value == "2026-11-09")
        #expect(findings[0].expected == "2026-11-10" && findings[0].relatedColumn == "tanggal")
        #expect(findings[1].row == 2 && findings[1].value == "Belum" && findings[1].expected == "Sudah")
        // Case does not matter in the condition; a cell that is no date is a finding of its own.
        #expect(findings[2].row == 3 && findings[2].value == "kemarin" && findings[2].condition?.cell == "penyelesaian")
        // Row 5: the same day written DD/MM/YYYY is not before; an empty konfirmasi is allowed (no nonEmpty).
        #expect(findings[3].row == 6 && findings[3].column == "tanggal_selesai")
    }

    @Test("conditions: numeric tests compare numbers, in and notIn compare as allowed values do")
    func conditionTests() {
        func meets(_ test: ConditionTest, _ values: [String], _ cell: String) -> Bool {
            ContentEvaluator.meets(RowCondition(column: "x", test: test, values: values, requirements: []), cell)
        }
        #expect(meets(.above, ["24"], "24,5") && !meets(.above, ["24"], "24"))
        #expect(meets(.atLeast, ["24"], "24") && !meets(.atLeast, ["24"], "23.9"))
        #expect(meets(.below, ["3"], "2") && !meets(.below, ["3"], "3") && meets(.atMost, ["3"], "3.0"))
        #expect(meets(.in, ["Selesai", "Ditutup"], " ditutup ") && !meets(.in, ["Selesai"], ""))
        #expect(meets(.notIn, ["selesai"], "proses") && !meets(.notIn, ["selesai"], "SELESAI") && !meets(.notIn, ["selesai"], ""))
        #expect(!meets(.above, ["24"], "dua puluh lima"))
    }

    @Test("a cross-reference: a value missing from the other register names the row, column, value and register")
    func reference() throws {
        let csv = """
        sub_klasifikasi_aset;nilai;mitigasi;pic
        server;1;;
        Basis  data;1;;
        Router;1;;
        ;1;;
        7.0;1;;
        """
        let findings = ContentEvaluator(today: Self.today)
            .evaluate(.register(Self.risks), read: Self.read(csv), file: Self.file, references: ["S03.2.E1": Self.assetKeys])
        // Case and runs of spaces do not matter, numbers compare as numbers; the empty cell is nonEmpty's.
        #expect(Self.kinds(findings) == [.emptyCell, .unknownReference])
        let unknown = findings[1]
        #expect(unknown.row == 4 && unknown.column == "sub_klasifikasi_aset" && unknown.cellReference == "A4" && unknown.value == "Router")
        #expect(unknown.reference == .init(rule: "S03.2.E1", key: "sub_klasifikasi", files: [Self.file]))
        // Without the other register the reference is a notice, not a failure.
        let unavailable = ContentEvaluator(today: Self.today).evaluate(.register(Self.risks), read: Self.read(csv), file: Self.file)
        #expect(unavailable.filter(\.failing).map(\.kind) == [.emptyCell])
        #expect(unavailable.last?.kind == .notChecked && unavailable.last?.skip == .referenceUnavailable)
    }

    @Test("the keys of a referenced register: its key column by the name or an alias its own check declares")
    func collectKeys() {
        let assets = RegisterCheck(columns: [ColumnRule(name: "kode", aliases: ["kode_aset"])])
        let one = EvidencePath("Evidence/S03-aset/S03.2/a.csv")
        let two = EvidencePath("Evidence/S03-aset/S03.2/b.csv")
        let keys = ReferencedKeys.collect(rule: assets, key: "kode", reads: [
            (one, Self.read("Kode Aset;nama\nINF-01;Basis data\n;Kosong\n")),
            (two, .malformed(.notAnArchive)),
        ])
        #expect(keys == .keys([ContentEvaluator.key("inf-01")], files: [one]))
        #expect(ReferencedKeys.collect(rule: assets, key: "kode", reads: [(two, Self.read("nama\nA\n"))]) == .unavailable)
    }

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
