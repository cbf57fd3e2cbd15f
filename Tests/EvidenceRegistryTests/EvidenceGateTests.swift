import Catalog
import Core
import Testing
@testable import EvidenceRegistry

/// The CI gate's problem list: a pure function of an evaluation, the layout and a policy.
@Suite struct EvidenceGateTests {
    static let today = CivilDate(iso: "2026-11-25")!
    let gate = EvidenceGate(catalog: TestCatalog.catalog)

    static func path(_ text: String) -> EvidencePath { EvidencePath(text) }

    static func rule(_ id: String, _ status: RuleStatus, files: [String] = [], unsigned: [String] = [],
                     tampered: [String] = [], removed: [String] = []) -> RuleFinding {
        let control = String(id.prefix(5)), standard = String(id.prefix(3))
        return RuleFinding(standard: standard, control: control, rule: id, status: status, files: files.map(path),
                           unsigned: unsigned.map(path), tampered: tampered.map(path), removed: removed.map(path))
    }

    static func report(rules: [RuleFinding] = [], files: [FileFinding] = [], metadata: [MetadataProblem] = []) -> EvidenceReport {
        EvidenceReport(today: today, rules: rules, files: files, metadataProblems: metadata)
    }

    // MARK: - Rules

    @Test func anOkRuleIsNoProblem() {
        #expect(gate.problems(in: Self.report(rules: [Self.rule("S03.2.E1", .ok, files: ["Evidence/S03-aset/S03.2/a.xlsx"])])).isEmpty)
    }

    @Test(arguments: [
        // status, expected kind, where the problem lies
        (RuleStatus.missing, ProblemKind.missing, "Evidence/S03-aset/S03.2/"),
        (.expired, .expired, "Evidence/S03-aset/S03.2/register-aset_2025-06-30.xlsx"),
        (.expiring, .expiring, "Evidence/S03-aset/S03.2/register-aset_2025-06-30.xlsx"),
        (.unsigned, .unsigned, "Evidence/S03-aset/S03.2/unsigned.pdf"),
        (.tampered, .tampered, "Evidence/S03-aset/S03.2/changed.xlsx"),
    ])
    func eachRuleStatusIsAProblemAtTheFileConcernedElseTheControlFolder(status: RuleStatus, kind: ProblemKind, location: String) {
        let finding = Self.rule("S03.2.E1", status,
                                files: ["Evidence/S03-aset/S03.2/register-aset_2024-06-30.xlsx", "Evidence/S03-aset/S03.2/register-aset_2025-06-30.xlsx"],
                                unsigned: ["Evidence/S03-aset/S03.2/unsigned.pdf"], tampered: ["Evidence/S03-aset/S03.2/changed.xlsx"])
        let problems = gate.problems(in: Self.report(rules: [finding]))
        #expect(problems.count == 1)
        let problem = problems.first
        #expect(problem?.kind == kind)
        #expect(problem?.path == location)
        #expect(problem?.rule == "S03.2.E1" && problem?.standard == "S03" && problem?.line == 0)
        #expect(problem?.cause == .rule(finding))
    }

    @Test func aTamperedRuleWithOnlyARemovedFileLiesAtThatFile() {
        let finding = Self.rule("S03.2.E2", .tampered, removed: ["Evidence/S03-aset/S03.2/log-harian_2026-10-31.csv"])
        #expect(gate.problems(in: Self.report(rules: [finding])).first?.path == "Evidence/S03-aset/S03.2/log-harian_2026-10-31.csv")
    }

    // MARK: - Files

    @Test func misfiledFilesBelongToTheStandardFolderTheyLieIn() {
        let files = [
            FileFinding(path: Self.path("Evidence/S03-aset/laporan.pdf"), status: .misfiled, issue: .misfiled(.outsideControlFolder)),
            FileFinding(path: Self.path("Evidence/readme.txt"), status: .misfiled, issue: .misfiled(.outsideControlFolder)),
            FileFinding(path: Self.path("Evidence/S03-aset/S03.1/arsip/x.pdf"), status: .misfiled, issue: .misfiled(.tooDeep)),
            FileFinding(path: Self.path("Evidence/S99-lain/S99.1/x.pdf"), status: .misfiled,
                        issue: .misfiled(.unknownStandard(folder: "S99-lain"))),
        ]
        let problems = gate.problems(in: Self.report(files: files))
        #expect(problems.map(\.kind) == [.misfiled, .misfiled, .misfiled, .misfiled])
        #expect(problems.map(\.standard) == ["S03", nil, "S03", nil])
        #expect(problems.map(\.path) == files.map(\.path.string))
        #expect(problems.allSatisfy { $0.failing && $0.rule == nil })
    }

    @Test func unclassifiedSymlinkAndUnreadableFiles() {
        let files = [
            FileFinding(path: Self.path("Evidence/S03-aset/S03.2/catatan.txt"), status: .unclassified),
            RuleEvaluator.fileFinding(WalkProblem(path: Self.path("Evidence/S03-aset/S03.2/link.xlsx"), kind: .symlinkOutside(target: "/tmp/x"))),
            RuleEvaluator.fileFinding(WalkProblem(path: Self.path("Evidence/_bersama/rahasia.pdf"), kind: .unreadableFile(reason: "Permission denied"))),
            FileFinding(path: Self.path("Evidence/S03-aset/S03.2/register-aset.xlsx"), status: .classified, rules: ["S03.2.E1"]),
            FileFinding(path: Self.path("Evidence/S03-aset/S03.2/bukti.xml"), status: .metadata),
            FileFinding(path: Self.path("Evidence/penilaian-mandiri.xml"), status: .assessment),
        ]
        let problems = gate.problems(in: Self.report(files: files))
        #expect(problems.map(\.kind) == [.unclassified, .symlink, .unreadable])
        #expect(problems.map(\.standard) == ["S03", "S03", nil])
        #expect(problems.map(\.failing) == [false, true, false])  // symlink is in the default --fail-on (issue 10 item 3)
        #expect(problems[1].cause == .file(files[1]))
        #expect(files[1].issue == .symlink(target: "/tmp/x", outside: true))
        #expect(files[1].detail == "symbolic link to '/tmp/x', outside the workspace: not followed")
    }

    @Test func metadataProblemsLieAtTheirLine() {
        let problem = MetadataProblem(file: "Evidence/S03-aset/S03.1/bukti.xml", line: 9, issue: .unknownRule(rule: "S09.9.E9"))
        let problems = gate.problems(in: Self.report(metadata: [problem]))
        #expect(problems.count == 1)
        #expect(problems.first?.kind == .metadata && problems.first?.line == 9 && problems.first?.standard == "S03")
        #expect(problems.first?.location == "Evidence/S03-aset/S03.1/bukti.xml:9")
        #expect(problems.first?.failing == false)
    }

    @Test func rulesThenFilesThenMetadata() {
        let report = Self.report(
            rules: [Self.rule("S01.1.E1", .missing), Self.rule("S03.2.E1", .ok), Self.rule("S03.2.E2", .unsigned)],
            files: [FileFinding(path: Self.path("Evidence/readme.txt"), status: .misfiled, issue: .misfiled(.outsideControlFolder))],
            metadata: [MetadataProblem(file: "Evidence/_bersama/bukti.xml", line: 2, issue: .fileNotInFolder(file: "a.pdf"))])
        #expect(gate.problems(in: report).map(\.kind) == [.missing, .unsigned, .misfiled, .metadata])
    }

    // MARK: - The policy

    @Test func failOnDecidesWhichProblemsFail() {
        let report = Self.report(rules: [Self.rule("S01.1.E1", .missing), Self.rule("S03.2.E2", .unsigned),
                                         Self.rule("S03.2.E1", .expiring, files: ["Evidence/S03-aset/S03.2/a.xlsx"])])
        let byDefault = gate.check(report)
        #expect(byDefault.problems.map(\.failing) == [true, false, false])
        #expect(byDefault.failed)
        let unsignedOnly = EvidenceGate(catalog: TestCatalog.catalog, policy: GatePolicy(failOn: [.unsigned])).check(report)
        #expect(unsignedOnly.problems.map(\.failing) == [false, true, false])
        let expiringOnly = EvidenceGate(catalog: TestCatalog.catalog, policy: GatePolicy(failOn: [.expiring, .metadata])).check(report)
        #expect(expiringOnly.failed)
        let nothing = EvidenceGate(catalog: TestCatalog.catalog, policy: GatePolicy(failOn: [])).check(report)
        #expect(!nothing.failed && nothing.problems.count == 3)
    }

    @Test func theDefaultFailOn() {
        #expect(ProblemKind.defaultFailOn == [.missing, .expired, .tampered, .content, .misfiled, .symlink])
        #expect(GatePolicy().failOn == ProblemKind.defaultFailOn)
    }

    @Test func parsingAListOfKinds() throws {
        #expect(try ProblemKind.parseList("missing, expired,,unsigned ") == [.missing, .expired, .unsigned])
        #expect(try ProblemKind.parseList("") == [])
        #expect(throws: UnknownProblemKind(name: "lupa")) { try ProblemKind.parseList("missing,lupa") }
    }

    @Test func aSelectionOfStandardsNarrowsRulesFilesAndProblems() {
        let report = Self.report(
            rules: [Self.rule("S01.1.E1", .missing), Self.rule("S03.2.E1", .ok), Self.rule("S03.2.E2", .missing)],
            files: [FileFinding(path: Self.path("Evidence/readme.txt"), status: .misfiled, issue: .misfiled(.outsideControlFolder)),
                    FileFinding(path: Self.path("Evidence/S03-aset/S03.2/register-aset.xlsx"), status: .classified, rules: ["S03.2.E1"]),
                    FileFinding(path: Self.path("Evidence/S01-kebijakan/S01.1/kebijakan.pdf"), status: .classified, rules: ["S01.1.E1"])])
        let result = EvidenceGate(catalog: TestCatalog.catalog, policy: GatePolicy(standards: ["S03"])).check(report)
        #expect(result.report.rules.map(\.rule) == ["S03.2.E1", "S03.2.E2"])
        #expect(result.report.files.map(\.path.string) == ["Evidence/S03-aset/S03.2/register-aset.xlsx"])
        #expect(result.problems.map(\.rule) == ["S03.2.E2"])  // the misfiled file in no standard folder is left out
        #expect(result.failed)
        let s01 = EvidenceGate(catalog: TestCatalog.catalog, policy: GatePolicy(failOn: [.unsigned], standards: ["S01"])).check(report)
        #expect(!s01.failed && s01.problems.count == 1)
    }

    @Test func theSummaryCountsEveryStatusAndFileKind() {
        let report = Self.report(
            rules: [Self.rule("S01.1.E1", .missing), Self.rule("S03.2.E1", .ok), Self.rule("S03.2.E2", .ok)],
            files: [FileFinding(path: Self.path("Evidence/readme.txt"), status: .misfiled, issue: .misfiled(.outsideControlFolder))],
            metadata: [MetadataProblem(file: "Evidence/_bersama/bukti.xml", line: 2, issue: .fileNotInFolder(file: "a.pdf"))])
        let result = gate.check(report)
        #expect(Set(result.summary.keys) == Set(GateResult.summaryKeys))
        #expect(result.summary["ok"] == 2 && result.summary["missing"] == 1 && result.summary["expired"] == 0)
        #expect(result.summary["misfiled"] == 1 && result.summary["metadata"] == 1 && result.summary["symlink"] == 0)
        #expect(GateResult.summaryKeys == ["ok", "missing", "tampered", "expired", "content", "unsigned", "expiring",
                                           "misfiled", "unclassified", "metadata", "unreadable", "symlink", "undated"])
        #expect(result.problemsByRule.keys.sorted() == ["S01.1.E1"])
        #expect(result.fileProblems.map(\.kind) == [.misfiled, .metadata])
    }

    // MARK: - The layout's standard of a path

    @Test(arguments: [
        ("Evidence/S03-aset/S03.2/register-aset.xlsx", "S03"),
        ("Evidence/s03-apa-saja/laporan.pdf", "S03"),
        ("Evidence/S03/S03.1/arsip/x.pdf", "S03"),
        ("Evidence/S03-aset/bukti.xml", "S03"),
        ("Evidence/_bersama/kebijakan.pdf", nil),
        ("Evidence/readme.txt", nil),
        ("Evidence/S99-lain/S99.1/x.pdf", nil),
        ("Evidence/S3/S03.1/x.pdf", nil),
    ] as [(String, String?)])
    func theStandardHoldingAPath(path: String, standard: String?) {
        #expect(EvidenceLayout(catalog: TestCatalog.catalog).standard(holding: EvidencePath(path)) == standard)
    }
}
