import Catalog
import Core
import Testing
@testable import EvidenceRegistry

@Suite struct FilePatternTests {
    @Test(arguments: [
        ("sk-*aset*", "sk-koordinator-aset_2026-01-02.pdf", true),
        ("sk-*aset*", "SK-Koordinator-ASET_2026.PDF", true),
        ("sk-*aset*", "sop-pengelolaan-aset.pdf", false),
        ("register-aset*", "register-aset", true),
        ("log-backup?", "log-backup1", true),
        ("log-backup?", "log-backup", false),
        ("*", "", true),
        ("a*b*c", "aXbYbZc", true),
        ("a*b*c", "aXbYbZ", false),
    ])
    func matches(pattern: String, name: String, expected: Bool) {
        #expect(FilePattern(pattern).matches(name) == expected)
    }

    @Test func fileNameDates() {
        #expect(CivilDate.inFileName("sk-aset_2026-01-02.pdf")?.description == "2026-01-02")
        #expect(CivilDate.inFileName("sop-aset_2025-02-03_v2.pdf")?.description == "2025-02-03")
        #expect(CivilDate.inFileName("log_2026-02-30.csv") == nil)
        #expect(CivilDate.inFileName("register-aset.xlsx") == nil)
        #expect(CivilDate.inFileName("a_2024-01-01_b_2025-06-30.pdf")?.description == "2025-06-30")
    }

    @Test func civilDayOfAnInstantIsInTheLPSEZone() {
        // 23:30 WIB on the 4th is already the 5th in WITA and WIT.
        let instant = TestCatalog.instant("2024-01-04", time: "23:30:00+07:00")
        #expect(IndonesianZone.wib.civilDate(of: Instant(instant)).description == "2024-01-04")
        #expect(IndonesianZone.wita.civilDate(of: Instant(instant)).description == "2024-01-05")
    }
}

@Suite struct LayoutTests {
    let layout = EvidenceLayout(catalog: TestCatalog.catalog)

    @Test(arguments: [
        ("Evidence/S03-aset/S03.1/sk-aset.pdf", Placement.control(standard: "S03", control: "S03.1")),
        ("Evidence/S03/S03.2/register-aset.xlsx", .control(standard: "S03", control: "S03.2")),
        ("Evidence/s03-apa-saja/s03.2/register-aset.xlsx", .control(standard: "S03", control: "S03.2")),
        ("Evidence/_bersama/kebijakan-operasional.pdf", .shared),
        ("Evidence/readme.txt", .misfiled(reason: .outsideControlFolder)),
        ("Evidence/S03-aset/laporan.pdf", .misfiled(reason: .outsideControlFolder)),
        ("Evidence/S99-lain/S99.1/x.pdf", .misfiled(reason: .unknownStandard(folder: "S99-lain"))),
        ("Evidence/Arsip/S03.1/x.pdf", .misfiled(reason: .unknownStandard(folder: "Arsip"))),
        ("Evidence/S03-aset/S01.1/x.pdf", .misfiled(reason: .unknownControl(folder: "S01.1", standard: "S03"))),
        ("Evidence/S03-aset/S03.1/arsip/x.pdf", .misfiled(reason: .tooDeep)),
        ("Evidence/_bersama/lama/x.pdf", .misfiled(reason: .tooDeep)),
    ])
    func placement(path: String, expected: Placement) {
        #expect(layout.placement(of: EvidencePath(path)) == expected)
    }
}

@Suite struct ClassifierTests {
    let classifier = Classifier(catalog: TestCatalog.catalog)

    @Test func matchesRulesOfTheControlFolderOnly() {
        let paths = ["Evidence/S03-aset/S03.1/sk-koordinator-aset_2026-01-02.pdf",
                     "Evidence/S03-aset/S03.1/register-aset_2026-01-02.xlsx",
                     "Evidence/S03-aset/S03.2/register-aset_2026-06-30.xlsx"].map(EvidencePath.init)
        let (files, problems) = classifier.classify(paths: paths, metadata: [])
        #expect(problems.isEmpty)
        #expect(files.map(\.rules) == [["S03.1.E1"], [], ["S03.2.E1"]])
        #expect(files.map(\.status) == [.classified, .unclassified, .classified])
    }

    @Test func sharedFilesMatchRulesOfEveryControlOrTheirMetadata() {
        let paths = ["Evidence/_bersama/kebijakan-keamanan_2026-01-05.pdf", "Evidence/_bersama/catatan.pdf",
                     "Evidence/_bersama/bukti.xml"].map(EvidencePath.init)
        let metadata = BuktiFile(path: EvidencePath("Evidence/_bersama/bukti.xml"), entries: [
            BuktiEntry(fileName: "catatan.pdf", rules: ["S03.1.E2"], source: "Evidence/_bersama/bukti.xml", line: 3),
        ])
        let (files, problems) = classifier.classify(paths: paths, metadata: [metadata])
        #expect(problems.isEmpty)
        #expect(files.map(\.rules) == [["S01.1.E1", "S01.2.E1"], ["S03.1.E2"], []])
        #expect(files.map(\.status) == [.classified, .classified, .metadata])
    }

    @Test func reportsMetadataThatDoesNotFit() {
        let bukti = "Evidence/S03-aset/S03.1/bukti.xml"
        let paths = [bukti, "Evidence/S03-aset/S03.1/sk-aset_2026-01-02.pdf"].map(EvidencePath.init)
        let metadata = BuktiFile(path: EvidencePath(bukti), entries: [
            BuktiEntry(fileName: "sk-aset_2026-01-02.pdf", source: bukti, line: 3),
            BuktiEntry(fileName: "hilang.pdf", rules: ["S03.2.E1", "S09.9.E9"], source: bukti, line: 9),
            BuktiEntry(fileName: "sk-aset_2026-01-02.pdf", validFrom: CivilDate(iso: "2026-02-01"),
                       validUntil: CivilDate(iso: "2026-01-01"), source: bukti, line: 12),
        ])
        let (_, problems) = classifier.classify(paths: paths, metadata: [metadata])
        let lines = problems.map(\.line)
        #expect(lines.contains(9) && lines.contains(12))
        #expect(problems.contains { $0.line == 9 && $0.message.contains("not in this folder") })
        #expect(problems.contains { $0.line == 9 && $0.message.contains("belongs to control S03.2") })
        #expect(problems.contains { $0.line == 9 && $0.message.contains("S09.9.E9 is not in the catalog") })
        #expect(problems.contains { $0.line == 12 && $0.message.contains("is after berlaku-sampai") })
        #expect(problems.contains { $0.line == 9 && $0.issue == .ruleOfOtherControl(rule: "S03.2.E1", control: "S03.2", folder: "S03.1") })
        #expect(problems.contains { $0.issue == .windowReversed(from: CivilDate(iso: "2026-02-01")!, until: CivilDate(iso: "2026-01-01")!) })
        // The later entry for the same file wins; it has a window, so no "missing berlaku-sampai".
        #expect(!problems.contains { $0.message.contains("no berlaku-sampai") })
    }

    @Test func aDecreeEntryNeedsItsValidityWindow() {
        let bukti = "Evidence/S03-aset/S03.1/bukti.xml"
        let paths = [EvidencePath("Evidence/S03-aset/S03.1/sk-aset_2026-01-02.pdf")]
        let metadata = BuktiFile(path: EvidencePath(bukti), entries: [BuktiEntry(fileName: "sk-aset_2026-01-02.pdf", source: bukti, line: 4)])
        let (_, problems) = classifier.classify(paths: paths, metadata: [metadata])
        #expect(problems.map(\.line) == [4])
        #expect(problems.first?.message.contains("no berlaku-sampai") == true)
    }
}
