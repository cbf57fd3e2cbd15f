import Assessment
import Catalog
import Core
import EvidenceRegistry
import Foundation
import Reporting
import PatuhTestSupport
import Testing
import Workspace

/// The evidence use cases of the application layer, on scratch copies of the sample workspace.
@Suite("Workspace: check, scan, seal, verify")
struct EvidenceUseCaseTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let referenceNow = Instant(iso8601: "2026-11-25T09:00:00+07:00")!
    static let misfiled = "Evidence/S07-kapasitas/laporan-kapasitas-semester-i_2026-07-15.pdf"

    /// A copy of the sample (or an empty workspace with `Evidence/`), opened at the reference instant.
    static func workspace(sample: Bool = true) throws -> PatuhWorkspace {
        let root = sample ? try TestWorkspace.create("patuh-workspace", copying: ["Evidence", "patuh.xml"])
            : try TestWorkspace.create("patuh-workspace", copying: [], folders: ["Evidence"])
        return PatuhWorkspace(root: root, standards: packageRoot + "/Standards", clock: .fixed(referenceNow))
    }

    static func hasDatabase(_ workspace: PatuhWorkspace) -> Bool {
        FileManager.default.fileExists(atPath: workspace.root + "/.patuh/registry.sqlite")
    }

    // MARK: - Check

    @Test func theGateFindsExactlyThePlantedGaps() throws {
        let gate = try Self.workspace().check()
        let byRule = gate.result.problems.compactMap { problem in problem.rule.map { ($0, problem.kind) } }
        #expect(Dictionary(uniqueKeysWithValues: byRule)
            == ["S01.2.E1": .unsigned, "S03.2.E1": .content, "S06.1.E1": .expired, "S13.4.E1": .missing, "S15.2.E2": .missing])
        #expect(gate.result.fileProblems.map(\.path) == [Self.misfiled])
        #expect(gate.result.problems.filter(\.failing).count == 5)  // unsigned is a warning by default
        #expect(gate.result.failed)
        #expect(gate.result.summary["ok"] == 109)
        #expect(gate.profile.name == "LPSE Kabupaten Contoh" && gate.catalog.standards.count == 17)
        #expect(gate.evidence.scan.added.count == gate.evidence.scan.record.fileCount)
    }

    @Test func theGatesPolicyAndSelection() throws {
        let workspace = try Self.workspace()
        #expect(try !workspace.check(GateRequest(standards: ["S02", "s04"])).result.failed)
        #expect(try workspace.check(GateRequest(standards: ["S03"])).result.failed)
        #expect(try !workspace.check(GateRequest(failOn: [.missing], standards: ["S03"])).result.failed)
        #expect(try !workspace.check(GateRequest(standards: ["S01"])).result.failed)
        #expect(try workspace.check(GateRequest(failOn: [.unsigned], standards: ["S01"])).result.failed)
        #expect(try !workspace.check(GateRequest(failOn: [.expiring])).result.failed)
    }

    @Test func badRequestsAreRefusedBeforeAnythingIsScanned() throws {
        let workspace = try Self.workspace()
        let unknown = #expect(throws: WorkspaceError.self) { try workspace.check(GateRequest(standards: ["S18"])) }
        #expect(unknown?.kind == .invalidInput && unknown?.key == "evidence.standard.unknown")
        #expect(unknown?.lines(.en).last == "patuh: standard 'S18' is not in the catalog (S01 to S17)")
        let negative = #expect(throws: WorkspaceError.self) { try workspace.check(GateRequest(warnDays: -1)) }
        #expect(negative?.kind == .invalidInput && negative?.key == "evidence.warnDays.negative")
        #expect(!Self.hasDatabase(workspace))
    }

    // MARK: - Scan

    @Test func aScanSummarySaysWhatChanged() throws {
        let workspace = try Self.workspace(sample: false)
        let folder = workspace.root + "/Evidence/S03-aset/S03.2"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("register".utf8).write(to: URL(fileURLWithPath: folder + "/register-aset_2026-10-30.xlsx"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/tautan.xlsx", withDestinationPath: "/etc/hostname")
        let first = ScanSummary(try workspace.scan())
        #expect(first.files == 1 && first.added.map(\.string) == ["Evidence/S03-aset/S03.2/register-aset_2026-10-30.xlsx"])
        #expect(first.skipped.map(\.issue) == [.symlink(target: "/etc/hostname", outside: true)])
        let second = ScanSummary(try workspace.scan())
        #expect(second.added.isEmpty && second.changed.isEmpty && second.files == 1)  // a racily recent file may be hashed again
        let english = EvidenceCommandRenderer(language: .en).text(first)
        #expect(english.hasPrefix("1 files indexed: 1 new, 0 changed, 0 removed; 1 hashed (8 B)"))
        #expect(EvidenceCommandRenderer(language: .id).text(first).hasPrefix("1 berkas diindeks: 1 baru, 0 berubah, 0 dihapus"))
    }

    // MARK: - Seal and verify

    @Test func aSealHoldsEveryReadableFileAndVerifyNamesWhatChanged() throws {
        let workspace = try Self.workspace()
        let none = #expect(throws: WorkspaceError.self) { try workspace.verify() }
        #expect(none?.kind == .invalidInput && none?.key == "evidence.verify.noSeal")

        let receipt = try workspace.seal(note: "Penilaian mandiri 2026 diserahkan")
        let walked = try workspace.scan().walk.files.count
        #expect(receipt.seal == 1 && receipt.files == walked && receipt.skipped.isEmpty)
        #expect(try workspace.latestSeal()?.files.first { $0.path.string == Self.misfiled }?.rules == [])
        #expect(try workspace.verify().intact)

        let register = "Evidence/S03-aset/S03.2/register-aset-layanan_2026-10-30.xlsx"
        let handle = try #require(FileHandle(forWritingAtPath: workspace.root + "/" + register))
        handle.seekToEndOfFile()
        handle.write(Data("baris tambahan".utf8))
        try handle.close()
        try FileManager.default.removeItem(atPath: workspace.root + "/" + Self.misfiled)
        let verification = try workspace.verify()
        #expect(verification.deviations.map { "\($0.kind.rawValue) \($0.path)" } == ["changed " + register, "removed " + Self.misfiled])
        #expect(try workspace.check().result.problems.contains { $0.kind == .tampered && $0.path == register })
    }

    @Test(arguments: ["", "   ", "\n"])
    func anEmptyNoteIsRefusedBeforeAnythingIsScanned(note: String) throws {
        let workspace = try Self.workspace()
        let refused = #expect(throws: WorkspaceError.self) { try workspace.seal(note: note) }
        #expect(refused?.kind == .invalidInput && refused?.key == "evidence.seal.emptyNote")
        #expect(refused?.lines(.id).last?.hasPrefix("patuh: --catatan tidak boleh kosong") == true)
        #expect(!Self.hasDatabase(workspace))
    }

    // MARK: - Facts for scoring

    @Test func factsCarryTheWordingOfTheLanguageAsked() throws {
        let workspace = try Self.workspace()
        let evidence = try workspace.checkEvidence()
        let catalog = try workspace.catalog()
        for (language, expected) in [(Language.id, "bukti kurang: 0 dari minimal 1 berkas"), (.en, "missing evidence: 0 of at least 1 files")] {
            let wording = EvidenceWording(language: language)
            let facts = evidence.facts { wording.ruleMessage($0, rule: catalog.rule($0.rule)?.rule, today: evidence.report.today) }
            #expect(facts.rules["S13.4.E1"]?.message?.hasPrefix(expected) == true, "\(language)")
        }
    }
}
