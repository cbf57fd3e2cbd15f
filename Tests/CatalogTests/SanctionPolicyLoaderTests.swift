import Catalog
import Core
import Foundation
import Testing
import XMLSupport

@Suite("Pembinaan policy loading")
struct SanctionPolicyLoaderTests {
    static var policyPath: String { CalendarFixtures.packageRoot + "/Standards/pembinaan.xml" }
    static var schemaPath: String { CalendarFixtures.packageRoot + "/Standards/schema/pembinaan.xsd" }

    @Test func bundledPolicyHasTheDefaultsOfPembinaanMd() throws {
        let policy = try SanctionPolicyLoader.load(path: Self.policyPath)
        #expect(policy.stages.map(\.name) == ["rekomendasi", "teguran", "pencabutan", "penghentian"])
        #expect(policy.stages.map(\.followUpWorkingDays) == [20, 10, 60, nil])
        #expect(policy.keberatan == SanctionPolicy.Period(workingDays: 5, counting: .init(convention: "A", cutiBersama: "libur")))
        #expect(policy.keberatanDecision.workingDays == 10)
        #expect(policy.followUpCounting == SanctionPolicy.Counting(convention: "A", cutiBersama: "libur"))
        #expect(policy.certificateValidityYears == 3)
        #expect(policy.surveillanceIntervalMonths == 12)
        #expect(policy.basis.first?.contains("Nomor 152 Tahun 2022") == true)
        #expect(policy.stage("teguran")?.source.line ?? 0 > 0)
    }

    static func variant(_ replacements: [(String, String)]) throws -> String {
        var text = try String(contentsOfFile: policyPath, encoding: .utf8)
        for (old, new) in replacements {
            #expect(text.contains(old), "fixture text '\(old)' not found")
            text = text.replacingOccurrences(of: old, with: new)
        }
        let folder = try CalendarFixtures.scratchCalendar(["pembinaan.xml": text])
        return folder + "/pembinaan.xml"
    }

    @Test func reorderedLadderIsRefused() throws {
        let path = try Self.variant([
            (#"<tahap nama="rekomendasi""#, #"<tahap nama="TMP""#),
            (#"<tahap nama="teguran""#, #"<tahap nama="rekomendasi""#),
            (#"<tahap nama="TMP""#, #"<tahap nama="teguran""#),
        ])
        let error = #expect(throws: CatalogError.self) { try SanctionPolicyLoader.load(path: path, schemaPath: Self.schemaPath) }
        #expect(error?.code == .inconsistent)
        #expect(error?.summary.contains("the ladder lists teguran, rekomendasi") == true)
    }

    @Test func missingFollowUpPeriodIsLocated() throws {
        let path = try Self.variant([(#" tindakLanjutHariKerja="10""#, "")])
        let error = #expect(throws: CatalogError.self) { try SanctionPolicyLoader.load(path: path, schemaPath: Self.schemaPath) }
        #expect(error?.summary.contains("stage teguran needs tindakLanjutHariKerja") == true)
        #expect(error?.diagnostics.first?.line == 17)
    }

    @Test("schema violations", arguments: [
        (#"hariKerja="5""#, #"hariKerja="0""#),
        (#"masaBerlakuTahun="3""#, #"masaBerlakuTahun="tiga""#),
        (#"<keberatan hariKerja="5" konvensi="A""#, #"<keberatan hariKerja="5" konvensi="D""#),
        (#"<surveilans intervalBulan="12"/>"#, ""),
    ])
    func schemaViolations(old: String, new: String) throws {
        let path = try Self.variant([(old, new)])
        let error = #expect(throws: CatalogError.self) { try SanctionPolicyLoader.load(path: path, schemaPath: Self.schemaPath) }
        #expect(error?.code == .invalid)
        #expect(error?.diagnostics.first?.line ?? 0 > 0)
    }

    @Test func schemaPathIsNextToThePolicy() {
        #expect(SanctionPolicyLoader.defaultSchemaPath(for: "Standards/pembinaan.xml") == "Standards/schema/pembinaan.xsd")
        #expect(SanctionPolicyLoader.defaultSchemaPath(for: "pembinaan.xml") == "./schema/pembinaan.xsd")
    }
}
