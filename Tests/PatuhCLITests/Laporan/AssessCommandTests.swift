import Foundation
import Testing

/// `patuh nilai`, the README's main job, on a copy of the bundled sample workspace.
@Suite struct AssessCommandTests {
    @Test func mainJobOnTheSample() throws {
        let sample = try SampleWorkspace()
        let result = try sample.run(["nilai"])
        #expect(result.status == 1, "12 of 17 standards terpenuhi is not yet certification: \(result.stderr)")
        #expect(result.stdout.contains("Terpenuhi: 12 dari 17 standar"))
        #expect(result.stdout.contains("Klaim tanpa bukti: S06.1, S15.2"))
        #expect(result.stdout.contains("Reports/mandiri-lpse-kab-contoh-2026-11-25.html"))
        let json = try sample.read("Reports/mandiri-lpse-kab-contoh-2026-11-25.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["terpenuhi"] as? Int == 12)
        #expect(summary["eligibleForCertification"] as? Bool == false)
        let html = try sample.read("Reports/mandiri-lpse-kab-contoh-2026-11-25.html")
        #expect(html.contains("<svg class=\"chart\""))
        // The result is in the workspace history.
        let history = try sample.run(["penilaian", "riwayat"])
        #expect(history.status == 0)
        #expect(history.stdout.contains("2026-09-15"))
    }

    @Test func englishSummary() throws {
        let sample = try SampleWorkspace()
        let result = try sample.run(["assess", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Met: 12 of 17 standards"))
    }

    @Test func missingAnswerFileIsInvalidInput() throws {
        let sample = try SampleWorkspace()
        let result = try sample.run(["nilai", "--penilaian", "Evidence/tidak-ada.xml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("tidak-ada.xml"))
        #expect(!FileManager.default.fileExists(atPath: sample.root + "/Reports"))
    }
}
