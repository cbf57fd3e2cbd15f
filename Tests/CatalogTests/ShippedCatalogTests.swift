import Foundation
import Testing
@testable import Catalog
import Core
import XMLSupport

/// The repository's own `Standards/` against the domain brief (`standar-17.md` §4, "Totals per standard").
@Suite struct ShippedCatalogTests {
    static let standardsFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Standards").path

    /// (id, controls, wajib, Σ weight, evidence rules) from the brief's totals table.
    static let totals: [(String, Int, Int, Int, Int)] = [
        ("S01", 4, 2, 9, 6), ("S02", 4, 3, 10, 5), ("S03", 4, 3, 11, 6), ("S04", 4, 3, 11, 5),
        ("S05", 4, 2, 10, 10), ("S06", 4, 3, 11, 7), ("S07", 4, 4, 11, 6), ("S08", 4, 2, 10, 6),
        ("S09", 4, 3, 11, 9), ("S10", 4, 4, 12, 9), ("S11", 4, 2, 10, 8), ("S12", 4, 3, 11, 7),
        ("S13", 4, 2, 10, 5), ("S14", 4, 2, 10, 6), ("S15", 4, 2, 9, 7), ("S16", 4, 4, 12, 7),
        ("S17", 4, 3, 11, 5),
    ]

    @Test func loadsAllSeventeenStandardsInOrder() throws {
        let catalog = try CatalogLoader.load(directory: Self.standardsFolder)
        #expect(catalog.standards.map(\.id) == Self.totals.map(\.0))
        #expect(catalog.standards.map(\.number) == Array(1...17))
        #expect(catalog.controls.count == 68)
        #expect(catalog.controls.filter(\.mandatory).count == 47)
        #expect(catalog.controls.map(\.weight).reduce(0, +) == 179)
        #expect(catalog.standards.flatMap(\.evidenceRules).count == 114)
    }

    @Test(arguments: totals)
    func standardMatchesTheBrief(_ row: (String, Int, Int, Int, Int)) throws {
        let catalog = try CatalogLoader.load(directory: Self.standardsFolder)
        let standard = try #require(catalog.standard(row.0))
        #expect(standard.controls.count == row.1)
        #expect(standard.mandatoryControls.count == row.2)
        #expect(standard.controls.map(\.weight).reduce(0, +) == row.3)
        #expect(standard.evidenceRules.count == row.4)
    }

    @Test func everyControlIsBilingualAndGrounded() throws {
        let catalog = try CatalogLoader.load(directory: Self.standardsFolder)
        func bilingual(_ text: LocalizedText) -> Bool { !text.id.isEmpty && text.en?.isEmpty == false }
        for standard in catalog.standards {
            #expect(bilingual(standard.name), "\(standard.id) name")
            #expect(standard.purpose.en != nil, "\(standard.id) purpose")
            #expect(bilingual(standard.role) && bilingual(standard.instrument), "\(standard.id) role and instrument")
            #expect(standard.notes.allSatisfy(bilingual), "\(standard.id) notes")
            for control in standard.controls {
                #expect(bilingual(control.requirement), "\(control.id)")
                #expect(bilingual(control.title) && control.title.en != control.title.id, "\(control.id) title in English")
                #expect(bilingual(control.guidance), "\(control.id) guidance")
                #expect(!control.bases.isEmpty, "\(control.id) basis")
                for basis in control.bases {
                    if basis.kind == .turunan {
                        #expect(basis.sourceId == nil && CatalogConsistency.isOneSentence(basis.text), "\(control.id) turunan")
                    } else {
                        let source = try #require(basis.sourceId.flatMap(catalog.source), "\(control.id) cites a known source")
                        #expect(source.kind.rawValue == basis.kind.rawValue && basis.at?.isEmpty == false, "\(control.id) \(source.id)")
                    }
                }
                #expect(control.isoMappings.allSatisfy { $0.inferred }, "\(control.id) ISO mappings are inferred")
                #expect(!control.evidenceRules.isEmpty, "\(control.id) evidence")
            }
        }
    }

    @Test func knownRulesCarryTheirSettings() throws {
        let catalog = try CatalogLoader.load(directory: Self.standardsFolder)
        let sk = try #require(catalog.rule("S03.1.E1")).rule
        #expect(sk.kind == .sk && sk.validityWindow && sk.signatureExpected && sk.patterns == ["sk-*aset*"])
        let six = try #require(catalog.rule("S16.3.E1")).rule
        #expect(six.minimumCount == 6 && six.uses.count == 6 && six.patterns.isEmpty)
        let daily = try #require(catalog.rule("S07.2.E1")).rule
        #expect(daily.freshnessDays == 7 && !daily.signatureExpected)
        #expect(try #require(catalog.control("S07.2")).control.infra)
        #expect(try #require(catalog.control("S11.1")).control.infra)
        #expect(try #require(catalog.control("S07.1")).control.infra == false)
    }

    /// Every source of `sumber.md` is in `sumber.xml`, and the catalog cites most of them.
    @Test func sourcesAreTheDomainBriefs() throws {
        let catalog = try CatalogLoader.load(directory: Self.standardsFolder)
        #expect(catalog.sources.count == 28)
        #expect(Set(catalog.sources.map(\.id)).count == 28)
        #expect(catalog.sources.filter { $0.kind == .regulasi }.count == 8)
        let cited = Set(catalog.controls.flatMap(\.bases).compactMap(\.sourceId))
        #expect(cited.isSuperset(of: ["kepdep-lkpp-152-2022", "perbup-tubaba-46-2018", "aplikasi-standar-lpse17-gorontalo",
                                      "dokumen-standar-lpse-2014-std12", "skripsi-helpdesk-lpse-its"]))
        #expect(catalog.bases.first?.sourceId == "kepdep-lkpp-152-2022")
        // 179 bases before, the role lists of S09.4 now cited as their two documents.
        #expect(catalog.controls.flatMap(\.bases).count == 180)
    }

    /// No research tag (R:S10, R:S5 §12.2 ...) is left anywhere in the shipped files.
    @Test func noShortSourceTagRemains() throws {
        for file in try FileManager.default.contentsOfDirectory(atPath: Self.standardsFolder) where file.hasSuffix(".xml") {
            let text = try String(contentsOfFile: Self.standardsFolder + "/" + file, encoding: .utf8)
            #expect(!CatalogConsistency.containsShortTag(text), "\(file)")
        }
    }

    /// The XSD checks libxml2 does through Patuh agree with xmllint on every shipped file.
    @Test func xmllintAgreesOnEveryShippedFile() throws {
        guard let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first(where: FileManager.default.isExecutableFile) else {
            Issue.record("xmllint is not installed (apt-get install libxml2-utils)")
            return
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.standardsFolder)
            .filter { $0.hasSuffix(".xml") && ($0 == "catalog.xml" || $0.hasPrefix("S")) }.sorted()
        #expect(files.count == 18)
        for file in files {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: xmllint)
            process.arguments = ["--noout", "--nonet", "--schema", Self.standardsFolder + "/schema/standar.xsd", Self.standardsFolder + "/" + file]
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "xmllint rejects \(file)")
        }
        let others = [("sumber.xml", "sumber.xsd"), ("penilaian.xml", "penilaian.xsd"), ("pembinaan.xml", "pembinaan.xsd"),
                      ("../patuh.xml", "workspace.xsd")]
        for (file, schema) in others {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: xmllint)
            process.arguments = ["--noout", "--nonet", "--schema", Self.standardsFolder + "/schema/" + schema, Self.standardsFolder + "/" + file]
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "xmllint rejects \(file)")
        }
        #expect(CatalogLoader.check(directory: Self.standardsFolder).diagnostics.isEmpty)
    }
}
