import Assessment
import Catalog
import Core
import Testing
import XMLSupport

/// Every bad input of the issue gives a problem located at FILE:LINE with the element named.
@Suite struct AnswerFileLoaderTests {
    let catalog = Fixtures.twoStandards()
    let schema: XMLSchema

    init() throws {
        schema = try Fixtures.schema()
    }

    /// A file with a header on lines 1-4 and then one line per control (the first on line 5).
    func document(kind: String = "mandiri", version: String = "1.0", controls: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <penilaian xmlns="urn:patuh:penilaian:1" kind="\(kind)" date="2026-10-05" catalogVersion="\(version)">
          <lpse id="lpse-uji"><name>LPSE Uji</name><instansi>Pemerintah Kabupaten Uji</instansi></lpse>
          <assessor name="Rina" role="Ketua Tim Penilai Internal" institution="LPSE Uji"/>
        \(controls.joined(separator: "\n"))
        </penilaian>
        """
    }

    static let met = ["S01.1", "S01.2", "S01.3", "S01.4", "S02.1", "S02.2", "S02.3", "S02.4"]
        .map { "  <control id=\"\($0)\" status=\"memenuhi\"/>" }

    func load(_ text: String, expecting kind: AssessmentKind? = nil) throws -> AnswerFileOutcome {
        AnswerFileLoader.load(path: try Fixtures.write(text), schema: schema, catalog: catalog, expecting: kind)
    }

    @Test func aCompleteFileLoads() throws {
        var controls = Self.met
        controls[2] = """
          <control id="S01.3" status="sebagian"><fakta>Jam layanan ditetapkan.</fakta><analisis>Belum diumumkan.</analisis>\
        <evidence rule="S01.3.E1"/><evidence file="S01-kebijakan/S01.3/kebijakan-jam_2026-01-02.pdf"/></control>
        """
        let outcome = try load(document(controls: controls))
        #expect(outcome.problems.isEmpty, "\(outcome.diagnostics)")
        let file = try #require(outcome.file)
        #expect(file.lpse == LPSEIdentity(id: "lpse-uji", name: "LPSE Uji", instansi: "Pemerintah Kabupaten Uji"))
        #expect(file.kind == .mandiri && file.date == "2026-10-05" && file.catalogVersion == "1.0")
        #expect(file.answers.count == 8)
        #expect(file.answer("S01.3")?.justification == Justification(fakta: "Jam layanan ditetapkan.", analisis: "Belum diumumkan."))
        #expect(file.answer("S01.3")?.evidence == [.rule("S01.3.E1"), .file("S01-kebijakan/S01.3/kebijakan-jam_2026-01-02.pdf")])
    }

    @Test func unknownControl() throws {
        let outcome = try load(document(controls: Self.met + ["  <control id=\"S03.9\" status=\"memenuhi\"/>"]))
        let problem = try #require(outcome.problems.first)
        #expect(problem.kind == .unknownControl)
        #expect(problem.diagnostic.line == 13)
        #expect(problem.diagnostic.description.contains(":13:0: error: <control id=\"S03.9\">: control S03.9 is not in catalog 1.0"))
    }

    @Test func controlListedTwice() throws {
        let outcome = try load(document(controls: Self.met + ["  <control id=\"S01.2\" status=\"tidak\"><fakta>a</fakta><analisis>b</analisis></control>"]))
        let problem = try #require(outcome.problems.first)
        #expect(problem.kind == .duplicateControl && problem.diagnostic.line == 13)
        #expect(problem.diagnostic.message.contains("<control id=\"S01.2\">: control S01.2 is listed twice (first at line 6)"))
        #expect(outcome.file?.answer("S01.2")?.status == .memenuhi)
    }

    @Test func controlMissingFromTheFileIsReportedAndCountsAsNotAssessed() throws {
        let outcome = try load(document(controls: Self.met.filter { !$0.contains("S02.3") }))
        #expect(outcome.problems.map(\.kind) == [.missingControl])
        #expect(outcome.missingControls == ["S02.3"])
        #expect(outcome.blockingProblems.isEmpty)
        // Reported after the control before it in catalog order (S02.2, line 10).
        #expect(outcome.problems[0].diagnostic.line == 10)
        #expect(outcome.problems[0].diagnostic.message.contains("<penilaian>: control S02.3 of catalog 1.0 is missing"))
        let file = try #require(outcome.file)
        let score = Scorer(catalog: catalog, policy: try Fixtures.policy()).scoreStandard(catalog.standards[1], statuses: file.statuses)
        #expect(score.controls[2].status == nil)
        #expect(score.possible == Points(10) && score.earned == Points(8))
    }

    @Test(arguments: [("sebagian", "<fakta>Ada.</fakta>", "add <analisis>"),
                      ("tidak", "", "add <fakta> and <analisis>"),
                      ("tidak-berlaku", "<analisis>Tanpa server.</analisis>", "add <fakta>")])
    func justificationMissingWhereRequired(status: String, body: String, advice: String) throws {
        var controls = Self.met
        controls[1] = "  <control id=\"S01.2\" status=\"\(status)\">\(body)</control>"
        let outcome = try load(document(controls: controls))
        let problem = try #require(outcome.problems.first)
        #expect(problem.kind == .missingJustification && problem.diagnostic.line == 6)
        #expect(problem.diagnostic.message == "<control id=\"S01.2\">: status \(status) needs a justification: \(advice)")
    }

    @Test func fileMadeForAnotherCatalogVersionNamesBoth() throws {
        let outcome = try load(document(version: "0.9", controls: Self.met))
        let problem = try #require(outcome.problems.first)
        #expect(problem.kind == .catalogVersion && problem.diagnostic.line == 2)
        #expect(problem.diagnostic.message.contains("made for catalog version 0.9, but the standards in use are catalog version 1.0"))
    }

    @Test func overrideWithoutAuthorityIsRefusedByTheSchema() throws {
        var controls = Self.met
        controls[0] = """
          <control id="S01.1" status="sebagian"><fakta>a</fakta><analisis>b</analisis><override from="memenuhi" to="sebagian" time="2026-11-20T10:00:00+07:00"><remark>Tidak ditandatangani.</remark></override></control>
        """
        let outcome = try load(document(kind: "faktual", controls: controls))
        let problem = try #require(outcome.problems.first)
        #expect(problem.kind == .schema && problem.diagnostic.line == 5)
        #expect(problem.diagnostic.message.contains("override"))
        #expect(problem.diagnostic.message.contains("authority"))
    }

    @Test func overrideWithoutRemarkIsRefusedByTheSchema() throws {
        var controls = Self.met
        controls[0] = """
          <control id="S01.1" status="sebagian"><fakta>a</fakta><analisis>b</analisis><override from="memenuhi" to="sebagian" authority="Asesor LKPP" time="2026-11-20"/></control>
        """
        let outcome = try load(document(kind: "faktual", controls: controls))
        let problem = try #require(outcome.problems.first)
        #expect(problem.kind == .schema && problem.diagnostic.line == 5)
        #expect(problem.diagnostic.message.contains("override"))
    }

    @Test func overrideMustSetTheControlsStatus() throws {
        var controls = Self.met
        controls[0] = """
          <control id="S01.1" status="tidak"><fakta>a</fakta><analisis>b</analisis><override from="memenuhi" to="sebagian" authority="Asesor LKPP" time="2026-11-20"><remark>r</remark></override></control>
        """
        let outcome = try load(document(kind: "faktual", controls: controls))
        #expect(outcome.problems.map(\.kind) == [.inconsistentOverride])
        #expect(outcome.problems[0].diagnostic.message.contains("<override>: the override sets sebagian, but the control's status is tidak"))
    }

    @Test func faktualFileWhereMandiriIsExpected() throws {
        let outcome = try load(document(kind: "faktual", controls: Self.met), expecting: .mandiri)
        let problem = try #require(outcome.problems.first)
        #expect(problem.kind == .wrongKind && problem.diagnostic.line == 2)
        #expect(problem.diagnostic.message.contains("a penilaian faktual file was given where a penilaian mandiri is expected"))
    }

    @Test func overridesAndFindingsOnlyInAFaktualFile() throws {
        var controls = Self.met
        controls[0] = """
          <control id="S01.1" status="memenuhi"><temuan id="T1" severity="minor"><description>d</description><rekomendasi>r</rekomendasi></temuan></control>
        """
        let outcome = try load(document(controls: controls))
        #expect(outcome.problems.map(\.kind) == [.faktualOnly])
    }

    @Test func findingsBecomeValuesWithTheirStandard() throws {
        var controls = Self.met
        controls[4] = """
          <control id="S02.1" status="sebagian"><fakta>SK berakhir.</fakta><analisis>Perlu SK baru.</analisis>\
        <temuan id="TF-1" severity="mayor"><description>SK koordinator kedaluwarsa.</description><rekomendasi>Terbitkan SK baru.</rekomendasi></temuan></control>
        """
        let outcome = try load(document(kind: "faktual", controls: controls))
        #expect(outcome.problems.isEmpty, "\(outcome.diagnostics)")
        let finding = try #require(outcome.file?.findings.first)
        #expect(finding.id == "TF-1" && finding.controlId == "S02.1" && finding.standardId == "S02")
        #expect(finding.severity == .mayor && finding.rekomendasi == "Terbitkan SK baru.")
        #expect(finding.source.line == 9)
    }

    @Test func evidenceMustNameOneExistingThing() throws {
        var controls = Self.met
        controls[0] = "  <control id=\"S01.1\" status=\"memenuhi\"><evidence rule=\"S01.1.E9\"/><evidence/></control>"
        let outcome = try load(document(controls: controls))
        #expect(outcome.problems.map(\.kind) == [.badEvidence, .badEvidence])
    }
}
