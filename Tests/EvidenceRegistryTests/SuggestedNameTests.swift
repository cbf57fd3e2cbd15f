import Core
import Testing
@testable import EvidenceRegistry

@Suite("Suggested names and dates written in other forms")
struct SuggestedNameTests {
    @Test("every suggested name matches its pattern", arguments: [
        "kebijakan-*", "kebijakan-*keamanan*", "rekaman-*kaji-ulang*", "register-peran*", "sk-*tim*", "*kebijakan*", "log-backup?-*",
    ])
    func matches(pattern: String) {
        for slug in [nil, "kebijakan-lpse-kota-contoh-2026", "laporan"] {
            let name = SuggestedName.example(pattern: pattern, slug: slug, date: "2026-02-02")
            #expect(FilePattern(pattern).matches(name), "\(pattern) ← \(name)")
            #expect(name.hasSuffix("_2026-02-02.pdf"))
        }
    }

    @Test("the document's words fill the first star, without repeating the pattern's")
    func words() {
        #expect(SuggestedName.example(pattern: "kebijakan-*", slug: SuggestedName.slug("Kebijakan LPSE Kota Contoh 2026"), date: "2026-02-02")
            == "kebijakan-lpse-kota-contoh-2026_2026-02-02.pdf")
        #expect(SuggestedName.example(pattern: "kebijakan-*keamanan*", slug: "layanan", date: "2026-02-02")
            == "kebijakan-layanan-keamanan_2026-02-02.pdf")
        #expect(SuggestedName.example(pattern: "kebijakan-*", date: "2026-01-15") == "kebijakan-lpse_2026-01-15.pdf")
        #expect(SuggestedName.slug("Laporan Simulasi (final) 20-11-2026 Édisi") == "laporan-simulasi-final-edisi")
    }

    @Test("dates written otherwise are found with the day they mean", arguments: [
        ("sk_10-01-2026.pdf", "10-01-2026", "2026-01-10"), ("sk 10.01.2026.pdf", "10.01.2026", "2026-01-10"),
        ("sk_20260110.pdf", "20260110", "2026-01-10"), ("sk_2026_01_10.pdf", "2026_01_10", "2026-01-10"),
        ("laporan-2026-01-10.pdf", "2026-01-10", "2026-01-10"),
    ])
    func dates(name: String, text: String, day: String) throws {
        let found = try #require(DateInName.find(in: name))
        #expect(found.text == text && found.date.description == day)
    }

    @Test("no date: versions, years and impossible days are not dates", arguments: ["sk-2026.pdf", "log-v12.pdf", "sk_31-02-2026.pdf", "x_123456789.pdf"])
    func notDates(name: String) {
        #expect(DateInName.find(in: name) == nil)
    }
}
