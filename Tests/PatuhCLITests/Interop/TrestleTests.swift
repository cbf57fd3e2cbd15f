import Foundation
import PatuhTestSupport
import Testing

/// Patuh's OSCAL checked by compliance-trestle (PyPI compliance-trestle; `.ci/run` installs it in
/// `.build-venv`): the catalog, assessment results and POA&M import into a trestle workspace and
/// `trestle validate -a` accepts them.
@Suite(.serialized) struct TrestleTests {
    static let absent = "trestle is not on PATH: pip install compliance-trestle (.ci/run does, in .build-venv) to run this test"

    @Test(.enabled(if: ExternalTool.trestle != nil, Comment(rawValue: absent)))
    func trestleValidatesTheCatalogResultsAndPOAM() throws {
        let trestle = try #require(ExternalTool.trestle)
        let workspace = try SampleWorkspace()
        let documents = [
            ("katalog", ["--jenis", "katalog"]),
            ("hasil-mandiri", ["--jenis", "hasil", "--penilaian", "Evidence/penilaian-mandiri.xml"]),
            ("hasil-faktual", ["--jenis", "hasil", "--penilaian", "Evidence/penilaian-faktual.xml"]),
            ("poam-mandiri", ["--jenis", "poam", "--penilaian", "Evidence/penilaian-mandiri.xml"]),
            ("poam-faktual", ["--jenis", "poam", "--penilaian", "Evidence/penilaian-faktual.xml"]),
        ]
        let folder = try PatuhRunner.temporaryFolder("patuh-trestle")
        let initialise = try ExternalTool.run(trestle, ["init"], in: folder)
        #expect(initialise.status == 0, "\(initialise.stdout) \(initialise.stderr)")
        for (name, arguments) in documents {
            let export = try workspace.run(["ekspor", "oscal"] + arguments + ["--output", "\(name).json"])
            #expect(export.status == 0, "\(name): \(export.stderr)")
            let imported = try ExternalTool.run(trestle, ["import", "-f", workspace.root + "/\(name).json", "-o", "patuh-\(name)"], in: folder)
            #expect(imported.status == 0, "\(name): \(imported.stdout) \(imported.stderr)")
        }
        let validation = try ExternalTool.run(trestle, ["validate", "-a"], in: folder)
        let output = validation.stdout + validation.stderr
        #expect(validation.status == 0, "\(output)")
        #expect(output.components(separatedBy: "VALID: Model").count - 1 == documents.count, "\(output)")
        #expect(!output.contains("INVALID") && !output.contains("ERROR"), "\(output)")
    }
}
