import Assessment
import Catalog
import Core
import Testing
import XMLSupport

/// `NonEmptyText` in penilaian.xsd (issue 10, item 4): its old pattern `(.|\s)*\S(.|\s)*`
/// took about a minute on `x` plus 64,000 spaces and failed with libxml2's "Internal error:
/// xmlSchemaValidateFacets" on a blank value of 30 characters or more. The pattern is now
/// deterministic: these cases finish at once (a hang would stall the suite).
@Suite struct NonEmptyTextPatternTests {
    let catalog = Fixtures.twoStandards()
    let schema: XMLSchema

    init() throws {
        schema = try Fixtures.schema()
    }

    func load(fakta: String) throws -> AnswerFileOutcome {
        let controls = ["S01.1", "S01.2", "S01.3", "S01.4", "S02.1", "S02.2", "S02.3", "S02.4"].map { id in
            id == "S01.3"
                ? "  <control id=\"S01.3\" status=\"sebagian\"><fakta>\(fakta)</fakta><analisis>Belum.</analisis></control>"
                : "  <control id=\"\(id)\" status=\"memenuhi\"/>"
        }
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <penilaian xmlns="urn:patuh:penilaian:1" kind="mandiri" date="2026-10-05" catalogVersion="1.0">
              <lpse id="lpse-uji"><name>LPSE Uji</name><instansi>Pemerintah Kabupaten Uji</instansi></lpse>
              <assessor name="Rina" role="Ketua Tim Penilai Internal" institution="LPSE Uji"/>
            \(controls.joined(separator: "\n"))
            </penilaian>
            """
        return AnswerFileLoader.load(path: try Fixtures.write(text), schema: schema, catalog: catalog)
    }

    @Test func textFollowedBy64000SpacesIsAccepted() throws {
        let outcome = try load(fakta: "x" + String(repeating: " ", count: 64_000))
        #expect(outcome.problems.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.file?.answer("S01.3")?.justification?.fakta == "x")
    }

    @Test(arguments: [1, 29, 30, 64, 64_000])
    func blankTextIsRefusedAsNotSatisfyingThePattern(length: Int) throws {
        let outcome = try load(fakta: String(repeating: " ", count: length))
        #expect(outcome.file == nil)
        let problem = try #require(outcome.problems.first)
        #expect(problem.kind == .schema)
        #expect(problem.diagnostic.line == 7)
        #expect(problem.diagnostic.message.contains("fakta"))
        #expect(problem.diagnostic.message.contains("pattern"))
        #expect(!outcome.diagnostics.description.contains("Internal error"))
    }

    @Test func textOverSeveralLinesAndPaddedIsAccepted() throws {
        let outcome = try load(fakta: "\n\t  Jam layanan\n  ditetapkan.\n" + String(repeating: "\n ", count: 20_000))
        #expect(outcome.problems.isEmpty, "\(outcome.diagnostics)")
        #expect(outcome.file?.answer("S01.3")?.justification?.fakta == "Jam layanan ditetapkan.")
    }
}
