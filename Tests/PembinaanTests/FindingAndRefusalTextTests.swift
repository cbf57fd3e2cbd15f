import Catalog
import Core
import Pembinaan
import Testing

/// Findings checked against the catalog, and refusals and calendar errors in both languages.
@Suite("Pembinaan: findings and words")
struct FindingAndRefusalTextTests {
    typealias F = CaseFixtures

    static let catalog: StandardsCatalog = {
        do {
            return try CatalogLoader.load(directory: Fixtures.packageRoot + "/Standards")
        } catch {
            fatalError("the bundled catalog must load: \(error)")
        }
    }()

    @Test("findings that do not fit the catalog", arguments: [
        ([Finding(id: "T1", standard: "S18", description: "x")], "'S18' is not a standard of catalog"),
        ([Finding(id: "T1", standard: "S03", control: "S05.1", description: "x")], "'S05.1' is not a control of S03"),
        ([Finding(id: "T1", standard: "S03", description: "x"), Finding(id: "T1", standard: "S05", description: "y")],
         "finding id 'T1' appears twice"),
    ])
    func badFindings(findings: [Finding], message: String) {
        let problem = #expect(throws: FindingProblem.self) { try Finding.check(findings, against: Self.catalog) }
        #expect(problem?.message(.en).contains(message) == true, "\(problem?.message(.en) ?? "")")
        #expect(problem?.message(.id).contains("temuan") == true)
    }

    @Test func goodFindingsPass() throws {
        try Finding.check([Finding(id: "T1", standard: "S03", control: "S03.2", description: "x")], against: Self.catalog)
    }

    @Test func aRefusalInBothLanguages() throws {
        let refusal = try #require(try F.refusal(of: F.escalate("2024-04-04", to: .teguran),
                                                 after: [F.open(), F.receive("2024-03-04")]))
        #expect(refusal.message(.en).hasPrefix("the follow-up deadline of rekomendasi has not passed: it is 2024-04-04"))
        #expect(refusal.message(.id).hasPrefix("tenggat tindak lanjut rekomendasi belum lewat: jatuh pada 2024-04-04"))
        #expect(refusal.message == refusal.message(.en))
        let impossible = try #require(try F.refusal(of: F.receive("2024-02-01", on: "2024-03-04"), after: [F.open()]))
        #expect(impossible.message(.en) == "receipt date 2024-02-01 is impossible: the notice R-001 dates from 2024-03-01")
        #expect(impossible.message(.id) == "tanggal terima 2024-02-01 tidak mungkin: surat R-001 bertanggal 2024-03-01")
    }

    @Test func aCalendarErrorInBothLanguages() throws {
        let error = #expect(throws: PembinaanError.self) {
            try Fixtures.calendar().deadline(receivedOn: "2027-12-29".date, workingDays: 5)
        }
        #expect(error?.message(.en).contains("runs past the holiday calendar (2020–2027) at 2028-01-01") == true)
        #expect(error?.message(.id).contains("melewati kalender hari libur (2020–2027) pada 2028-01-01") == true)
        #expect(error?.message(.id).contains("tidak ada kalender hari libur untuk 2028") == true)
    }

    @Test func dayStatusInBothLanguages() throws {
        let status = try Fixtures.calendar().status(of: "2024-02-10".date)
        #expect(status.text(.id) == "2024-02-10 (Sabtu): bukan hari kerja (hari Sabtu; libur nasional: Tahun Baru Imlek)")
        #expect(status.text(.en) == "2024-02-10 (Saturday): not a working day (Saturday; national holiday: Tahun Baru Imlek)")
    }

    @Test func certificateDecisionsInBothLanguages() {
        let basis = Certificate.Basis.pencabutan(notice: "C-1", caseId: "K-1")
        #expect(basis.text(.id) == "pencabutan C-1 (kasus K-1)")
        #expect(basis.text(.en) == "pencabutan C-1 (case K-1)")
    }
}
