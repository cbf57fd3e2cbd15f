import Catalog
import Core
import Foundation
import Testing
@testable import EvidenceRegistry

@Suite struct RuleEvaluatorTests {
    let catalog = TestCatalog.catalog

    /// Classifies `names` (paths under Evidence/) with optional metadata, every file readable.
    func evaluate(_ paths: [String], on date: String, metadata: [BuktiFile] = [], seal: SealSnapshot? = nil,
                  hashes: [String: String] = [:], mtime: Date? = nil, warnDays: Int = 30) -> EvidenceReport {
        let evidencePaths = paths.map(EvidencePath.init)
        let (files, problems) = Classifier(catalog: catalog).classify(paths: evidencePaths, metadata: metadata)
        let nanos = Int64((mtime ?? TestCatalog.instant("2020-01-01")).timeIntervalSince1970 * 1_000_000_000)
        let facts = Dictionary(uniqueKeysWithValues: evidencePaths.map {
            ($0, FileFacts(stat: FileStat(size: 1, modifiedNanos: nanos, inode: 1), sha256: hashes[$0.string] ?? "h-" + $0.string))
        })
        return RuleEvaluator(catalog: catalog, now: Instant(TestCatalog.instant(date)), zone: .wib, warnDays: warnDays)
            .evaluate(files: files, facts: facts, metadataProblems: problems, seal: seal)
    }

    func status(_ report: EvidenceReport, _ rule: String) -> RuleStatus? {
        report.rules.first { $0.rule == rule }?.status
    }

    static func signed(_ folder: String, _ names: [String], window: (String, String)? = nil) -> BuktiFile {
        let path = "Evidence/\(folder)/bukti.xml"
        return BuktiFile(path: EvidencePath(path), entries: names.map {
            BuktiEntry(fileName: $0, validFrom: window.flatMap { CivilDate(iso: $0.0) }, validUntil: window.flatMap { CivilDate(iso: $0.1) },
                       ratifiedBy: Ratification(name: "Ir. Hendra Wijaya", position: "Kepala LPSE"), source: path, line: 2)
        })
    }

    @Test func missingWhenFewerFilesThanTheMinimumAndOkForOptionalRules() {
        let report = evaluate([], on: "2026-11-25")
        #expect(status(report, "S03.2.E1") == .missing)
        #expect(status(report, "S03.2.E4") == .ok)  // min 0: nothing happened, nothing to show
        #expect(report.rules.count == 9)
    }

    @Test(arguments: [("2026-07-01", RuleStatus.ok), ("2026-07-07", .ok), ("2026-07-08", .expired)])
    func freshnessCountsCivilDaysFromTheDocumentDate(today: String, expected: RuleStatus) {
        let report = evaluate(["Evidence/S03-aset/S03.2/log-harian_2026-06-30.csv"], on: today)
        #expect(status(report, "S03.2.E2") == expected)
        #expect(report.rules.first { $0.rule == "S03.2.E2" }?.validUntil?.description == "2026-07-07")
    }

    @Test func theNewestDocumentCounts() {
        let report = evaluate(["Evidence/S03-aset/S03.2/register-aset_2024-01-01.xlsx",
                               "Evidence/S03-aset/S03.2/register-aset_2026-06-30.xlsx"], on: "2026-11-25")
        #expect(status(report, "S03.2.E1") == .ok)
    }

    @Test func expiringOnlyForPeriodsLongerThanTheWarning() {
        // 365-day register dated 2025-12-01: valid until 2026-12-01, 6 days left on 2026-11-25.
        let report = evaluate(["Evidence/S03-aset/S03.2/register-aset_2025-12-01.xlsx",
                               "Evidence/S03-aset/S03.2/log-harian_2026-11-24.csv"], on: "2026-11-25")
        #expect(status(report, "S03.2.E1") == .expiring)
        #expect(status(report, "S03.2.E2") == .ok)  // 6 days left too, but a 7-day log is renewed weekly
        #expect(status(evaluate(["Evidence/S03-aset/S03.2/register-aset_2025-12-01.xlsx"], on: "2026-11-25", warnDays: 5),
                       "S03.2.E1") == .ok)
    }

    @Test func validityWindowFromMetadataElseTheDocumentsYear() {
        let sk = "sk-koordinator-aset_2025-01-06.pdf"
        let path = "Evidence/S03-aset/S03.1/" + sk
        let withWindow = evaluate([path], on: "2026-11-25", metadata: [Self.signed("S03-aset/S03.1", [sk], window: ("2025-01-06", "2027-12-31"))])
        #expect(status(withWindow, "S03.1.E1") == .ok)
        let ended = evaluate([path], on: "2026-11-25", metadata: [Self.signed("S03-aset/S03.1", [sk], window: ("2025-01-06", "2025-12-31"))])
        #expect(status(ended, "S03.1.E1") == .expired)
        #expect(ended.rules.first { $0.rule == "S03.1.E1" }?.validUntil?.description == "2025-12-31")
        // No metadata: the decree runs to 31 December of its year (and is unsigned, but expired first).
        #expect(status(evaluate([path], on: "2025-12-31"), "S03.1.E1") == .unsigned)
        #expect(status(evaluate([path], on: "2026-01-01"), "S03.1.E1") == .expired)
        // Not yet in force.
        let future = evaluate([path], on: "2026-11-25", metadata: [Self.signed("S03-aset/S03.1", [sk], window: ("2027-01-01", "2027-12-31"))])
        #expect(status(future, "S03.1.E1") == .expired)
    }

    @Test func fiscalYearRules() {
        let path = "Evidence/S03-aset/S03.2/dpa-lpse_2026-01-08.pdf"
        #expect(status(evaluate([path], on: "2026-11-25"), "S03.2.E3") == .ok)
        #expect(status(evaluate([path], on: "2026-12-15"), "S03.2.E3") == .expiring)
        #expect(status(evaluate([path], on: "2027-01-01"), "S03.2.E3") == .expired)
    }

    @Test func unsignedWhenARatificationIsExpectedAndNotRecorded() {
        let signedPolicy = "kebijakan-operasional_2026-01-05.pdf", draft = "kebijakan-keamanan_2026-02-02.pdf"
        let report = evaluate(["Evidence/S01-kebijakan/S01.1/" + signedPolicy, "Evidence/S01-kebijakan/S01.2/" + draft], on: "2026-11-25",
                              metadata: [Self.signed("S01-kebijakan/S01.1", [signedPolicy])])
        #expect(status(report, "S01.1.E1") == .ok)
        #expect(status(report, "S01.2.E1") == .unsigned)
        #expect(report.rules.first { $0.rule == "S01.2.E1" }?.unsigned.map(\.name) == [draft])
        // S01.3.E1 uses S01.2.E1, which uses S01.1.E1: both files count, transitively.
        #expect(report.rules.first { $0.rule == "S01.3.E1" }?.files.count == 2)
    }

    @Test func tamperedWhenChangedOrRemovedSinceTheSeal() {
        let register = "Evidence/S03-aset/S03.2/register-aset_2026-06-30.xlsx"
        let log = "Evidence/S03-aset/S03.2/log-harian_2026-11-24.csv"
        let seal = SealSnapshot(id: 1, instant: TestCatalog.instant("2026-11-01"), note: "penilaian", files: [
            SealedFile(path: EvidencePath(register), sha256: "old", size: 1, rules: ["S03.2.E1"]),
            SealedFile(path: EvidencePath("Evidence/S03-aset/S03.2/log-harian_2026-10-31.csv"), sha256: "x", size: 1, rules: ["S03.2.E2"]),
        ])
        let report = evaluate([register, log], on: "2026-11-25", seal: seal)
        #expect(status(report, "S03.2.E1") == .tampered)
        #expect(status(report, "S03.2.E2") == .tampered)
        #expect(report.rules.first { $0.rule == "S03.2.E2" }?.removed.map(\.name) == ["log-harian_2026-10-31.csv"])
        #expect(report.files.first { $0.path.string == register }?.tampered == true)
        let unchanged = evaluate([register], on: "2026-11-25", seal: seal, hashes: [register: "old"])
        #expect(status(unchanged, "S03.2.E1") == .ok)
    }

    @Test("a document dated only by its modification time is never fresh, however recent the time (CI checks out files today)")
    func undatedFilesAreNeverFresh() {
        let path = "Evidence/S03-aset/S03.2/register-aset.xlsx"
        let report = evaluate([path], on: "2026-11-25", mtime: TestCatalog.instant("2026-11-25"))
        #expect(status(report, "S03.2.E1") == .expired)
        #expect(report.rules.first { $0.rule == "S03.2.E1" }?.datedByModificationTime.map(\.string) == [path])
        #expect(report.files.first?.dateSource == .modificationTime)
        let problems = EvidenceGate(catalog: catalog).problems(in: report)
        #expect(problems.contains { $0.kind == .undated && $0.path == path && !$0.failing })
        // Dated by its name, the same file is fresh.
        let named = evaluate(["Evidence/S03-aset/S03.2/register-aset_2026-11-20.xlsx"], on: "2026-11-25")
        #expect(status(named, "S03.2.E1") == .ok)
        #expect(!EvidenceGate(catalog: catalog).problems(in: named).contains { $0.kind == .undated })
    }

    @Test("a date in the name in another form is reported with the form to use, not read")
    func dateInAnotherForm() throws {
        let path = "Evidence/S03-aset/S03.2/register-aset_25-11-2026.xlsx"
        let report = evaluate([path], on: "2026-11-25", mtime: TestCatalog.instant("2026-11-25"))
        let file = try #require(report.files.first)
        #expect(file.unreadDate == "25-11-2026" && file.conventionalDate == "_2026-11-25")
        #expect(status(report, "S03.2.E1") == .expired)
        #expect(EvidenceGate(catalog: catalog).problems(in: report).contains { $0.kind == .undated })
    }

    @Test("an unclassified file carries its folder's patterns and a name that would match; a missing rule where to save it")
    func teachingHints() throws {
        let path = "Evidence/S03-aset/S03.2/Register Aset Layanan 2026.xlsx"
        let report = evaluate([path], on: "2026-11-25")
        let file = try #require(report.files.first)
        #expect(file.status == .unclassified)
        #expect(file.expectedPatterns == ["register-aset*", "log-harian*", "dpa-*", "ba-*"])
        let suggested = try #require(file.suggestedPath)
        #expect(suggested == "Evidence/S03-aset/S03.2/register-aset-layanan-2026_YYYY-MM-DD.xlsx")
        #expect(FilePattern("register-aset*").matches(EvidencePath(suggested).name))
        let missing = try #require(report.rules.first { $0.rule == "S03.2.E2" })
        #expect(missing.expectedFile == "Evidence/S03-aset/S03.2/log-harian_2026-11-25.pdf")
    }

    @Test("a misspelt name in bukti.xml gets the nearest file of the folder")
    func misspeltMetadataName() {
        let folder = "S03-aset/S03.2"
        let metadata = BuktiFile(path: EvidencePath("Evidence/\(folder)/bukti.xml"), entries: [
            BuktiEntry(fileName: "register-aset_2026-11-02.xlsx", source: "Evidence/\(folder)/bukti.xml", line: 3),
        ])
        let report = evaluate(["Evidence/\(folder)/register-aset_2026-11-20.xlsx"], on: "2026-11-25", metadata: [metadata])
        #expect(report.metadataProblems.map(\.issue) == [.fileNotInFolder(file: "register-aset_2026-11-02.xlsx",
                                                                           suggestion: "register-aset_2026-11-20.xlsx")])
    }

    @Test func unreadableFilesCountForNothing() {
        let path = EvidencePath("Evidence/S03-aset/S03.2/register-aset_2026-06-30.xlsx")
        let (files, _) = Classifier(catalog: catalog).classify(paths: [path], metadata: [])
        let facts = [path: FileFacts(stat: FileStat(size: 1, modifiedNanos: 0, inode: 1), sha256: nil, failure: "Permission denied")]
        let report = RuleEvaluator(catalog: catalog, now: Instant(TestCatalog.instant("2026-11-25")), zone: .wib)
            .evaluate(files: files, facts: facts)
        #expect(status(report, "S03.2.E1") == .missing)
        #expect(report.files.first?.status == .unreadable)
        #expect(report.files.first?.detail?.contains("Permission denied") == true)
    }
}
