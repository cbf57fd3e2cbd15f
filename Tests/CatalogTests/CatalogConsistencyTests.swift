import Foundation
import Testing
@testable import Catalog
import Core
import XMLSupport

/// Broken copies of the shipped catalog: every problem is reported with its file and line.
@Suite struct CatalogConsistencyTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "patuh-catalog-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: ShippedCatalogTests.standardsFolder, toPath: folder)
    }

    private func edit(_ name: String, _ change: (String) -> String) throws {
        let path = folder + "/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit of \(name) changed nothing")
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
    }

    private func problems() -> CatalogLoader.Outcome {
        CatalogLoader.check(directory: folder)
    }

    @Test func duplicateControlIdAcrossTwoFiles() throws {
        try edit("S04-risiko.xml") { $0.replacingOccurrences(of: "<control id=\"S04.4\"", with: "<control id=\"S03.4\"") }
        let outcome = problems()
        #expect(outcome.code == .inconsistent)
        #expect(outcome.diagnostics.contains { $0.file.hasSuffix("S04-risiko.xml") && $0.line > 0
            && $0.message.contains("duplicate control id 'S03.4'") && $0.message.contains("S03-aset.xml:") })
        #expect(outcome.diagnostics.contains { $0.message.contains("must start with its standard's id 'S04.'") })
    }

    @Test func wrongNamespaceIsInvalid() throws {
        try edit("S02-organisasi.xml") { $0.replacingOccurrences(of: "urn:patuh:standar:1", with: "urn:example:other") }
        let outcome = problems()
        #expect(outcome.code == .invalid)
        #expect(outcome.diagnostics.contains { $0.file.hasSuffix("S02-organisasi.xml") && $0.line == 2 })
    }

    @Test func missingRequiredAttributeNamesTheLine() throws {
        try edit("S05-gangguan.xml") { $0.replacingOccurrences(of: "<control id=\"S05.2\" weight=\"3\"", with: "<control id=\"S05.2\"") }
        let outcome = problems()
        #expect(outcome.code == .invalid)
        #expect(outcome.diagnostics.contains { $0.file.hasSuffix("S05-gangguan.xml") && $0.line > 1 && $0.message.contains("weight") })
    }

    @Test func ruleIdMustBePrefixedByItsControl() throws {
        try edit("S06-perubahan.xml") { $0.replacingOccurrences(of: "<evidence id=\"S06.2.E2\"", with: "<evidence id=\"S06.3.E9\"") }
        #expect(problems().diagnostics.contains { $0.message.contains("'S06.3.E9' must start with its control's id 'S06.2.E'") })
    }

    @Test func usesMustResolve() throws {
        try edit("S16-kepatuhan.xml") { $0.replacingOccurrences(of: "<uses rule=\"S10.3.E1\"/>", with: "<uses rule=\"S10.3.E7\"/>") }
        #expect(problems().diagnostics.contains { $0.message.contains("uses 'S10.3.E7', which no standard defines") })
    }

    @Test func missingListedFileAndStrayFile() throws {
        try FileManager.default.moveItem(atPath: folder + "/S12-kelangsungan.xml", toPath: folder + "/S12-lama.xml")
        let outcome = problems()
        #expect(outcome.code == .unreadable)
        #expect(outcome.diagnostics.contains { $0.file.hasSuffix("S12-kelangsungan.xml") && $0.message.contains("no such file") })
    }

    @Test func strayStandardFileIsReported() throws {
        try FileManager.default.copyItem(atPath: folder + "/S12-kelangsungan.xml", toPath: folder + "/S12-copy.xml")
        let outcome = problems()
        #expect(outcome.code == .inconsistent)
        #expect(outcome.diagnostics.contains { $0.file.hasSuffix("S12-copy.xml") && $0.message.contains("not listed") })
    }

    @Test func sixteenStandardsAreNotACatalog() throws {
        try edit("catalog.xml") { $0.replacingOccurrences(of: "  <standardFile id=\"S17\" href=\"S17-penilaian-internal.xml\"/>\n", with: "") }
        try FileManager.default.removeItem(atPath: folder + "/S17-penilaian-internal.xml")
        #expect(problems().diagnostics.contains { $0.message.contains("lists 16 standards") })
    }

    @Test func standardsOutOfOrder() throws {
        try edit("catalog.xml") {
            $0.replacingOccurrences(of: "<standardFile id=\"S01\" href=\"S01-kebijakan.xml\"/>\n  <standardFile id=\"S02\" href=\"S02-organisasi.xml\"/>",
                                    with: "<standardFile id=\"S02\" href=\"S02-organisasi.xml\"/>\n  <standardFile id=\"S01\" href=\"S01-kebijakan.xml\"/>")
        }
        #expect(problems().diagnostics.contains { $0.message.contains("is at position 1 of the catalog") })
    }

    @Test func everyBrokenFileIsReportedInOnePass() throws {
        try edit("S07-kapasitas.xml") { $0.replacingOccurrences(of: "</standard>", with: "") }
        try edit("S08-sdm.xml") { $0.replacingOccurrences(of: "mandatory=\"true\"", with: "mandatory=\"ya\"") }
        let files = Set(problems().diagnostics.map { ($0.file as NSString).lastPathComponent })
        #expect(files.isSuperset(of: ["S07-kapasitas.xml", "S08-sdm.xml"]))
    }

    // MARK: - Citations

    @Test func aDanglingSourceIsReportedWithItsLine() throws {
        try edit("S12-kelangsungan.xml") {
            $0.replacingOccurrences(of: "source=\"dokumen-standar-lpse-2014-std12\" at=\"§12.2.a.1–2\"",
                                    with: "source=\"dokumen-standar-lpse-2099\" at=\"§12.2.a.1–2\"")
        }
        let outcome = problems()
        #expect(outcome.code == .inconsistent)
        #expect(outcome.diagnostics.contains { $0.file.hasSuffix("S12-kelangsungan.xml") && $0.line > 1
            && $0.message == "S12.1: basis cites source 'dokumen-standar-lpse-2099', which sumber.xml does not define" })
    }

    @Test func aBasisHasTheKindOfItsSourceAndNamesThePlace() throws {
        try edit("S12-kelangsungan.xml") {
            $0.replacingOccurrences(of: "<basis kind=\"regulasi\" source=\"perbup-tubaba-46-2018\" at=\"Pasal 10\"/>",
                                    with: "<basis kind=\"praktik\" source=\"perbup-tubaba-46-2018\"/>")
        }
        let messages = problems().diagnostics.map(\.message)
        #expect(messages.contains("S12.1: basis of kind praktik cites 'perbup-tubaba-46-2018', a source of kind regulasi"))
        #expect(messages.contains { $0.hasPrefix("S12.1: basis citing 'perbup-tubaba-46-2018' names the place in it") })
    }

    @Test func aTurunanBasisCitesNothingAndIsOneSentence() throws {
        try edit("S12-kelangsungan.xml") {
            $0.replacingOccurrences(of: "<basis kind=\"turunan\">Target waktu pemulihan disimpulkan",
                                    with: "<basis kind=\"turunan\" source=\"perbup-tubaba-46-2018\">Target inferred. Target waktu pemulihan disimpulkan")
        }
        let messages = problems().diagnostics.map(\.message)
        #expect(messages.contains("S12.2: a turunan basis cites no source (drop source= and at=)"))
        #expect(messages.contains { $0.hasPrefix("S12.2: a turunan basis says in one Indonesian sentence") })
    }

    @Test func aShortTagInAnyTextIsReported() throws {
        try edit("S05-gangguan.xml") {
            $0.replacingOccurrences(of: "Telusuri satu pengaduan melalui telepon sampai ditutup.",
                                    with: "Telusuri satu pengaduan (R:S16) sampai ditutup.")
        }
        #expect(problems().diagnostics.contains { $0.message.contains("carries a short source tag (R:Sn)") })
    }

    @Test func sumberIsRequiredAndValidated() throws {
        try edit("sumber.xml") { $0.replacingOccurrences(of: "kind=\"berita\"", with: "kind=\"koran\"") }
        var outcome = problems()
        #expect(outcome.code == .invalid)
        #expect(outcome.diagnostics.contains { $0.file.hasSuffix("sumber.xml") && $0.line > 1 })
        try FileManager.default.removeItem(atPath: folder + "/sumber.xml")
        outcome = problems()
        #expect(outcome.catalog == nil)
        #expect(outcome.diagnostics.contains { $0.file.hasSuffix("sumber.xml") })
    }

    @Test func missingFolder() {
        let outcome = CatalogLoader.check(directory: folder + "/nope")
        #expect(outcome.code == .unreadable)
        #expect(outcome.diagnostics.first?.message.contains("no such folder") == true)
    }
}
