import Core
import Foundation
import HTTPTypes
import HummingbirdTesting
import PatuhTestSupport
import Pembinaan
import Portfolio
import Server
import Testing
import Workspace

/// The portfolio and Tenggat in pages: the store filters and sorts, the server pages, and the
/// pages together are the whole list.
@Suite("patuh server: portfolio and Tenggat in pages")
struct ServerPagingTests {
    /// 120 LPSEs (`lpse-001` ... `lpse-120`, named `LPSE 1` ...), cases opened for three of them
    /// (the earliest for lpse-100) and their notices received.
    static func fixture() async throws -> (ServerFixture, UserAccount) {
        let fixture = try await ServerFixture()
        for n in 1...120 {
            try await fixture.service.store.saveLPSE(LPSERecord(id: String(format: "lpse-%03d", n), name: "LPSE \(n)", instansi: "Pemerintah \(n)",
                                                                zone: .wib, province: n % 2 == 0 ? "Bali" : "Aceh", instansiKind: "kota"))
        }
        let admin = try #require(try await fixture.service.store.user(named: "admin"))
        for (n, lpse) in ["lpse-100", "lpse-005", "lpse-050"].enumerated() {
            let opened = try await fixture.service.openCase(lpse: lpse, findingId: "TF-\(n)", standard: "S03", control: nil, description: "SOP aset",
                                                            notice: "R-\(n)/2026", issuedOn: "2026-11-\(18 + n)", by: admin)
            // Received the next day: the follow-up deadline runs from there.
            _ = try await fixture.service.recordStep(try #require(opened.entry.event.caseId),
                                                     CaseStepInput(step: .terima, date: "2026-11-\(19 + n)", text: "resi"), by: admin)
        }
        return (fixture, admin)
    }

    @Test("Pages of 50 in the store's order make up the whole portfolio; the case filter and the deadline sort use the case log")
    func portfolioPages() async throws {
        let (fixture, admin) = try await Self.fixture()
        let service = fixture.service
        let whole = try await service.portfolio(PortfolioQuery(), for: admin).map(\.lpse.id)
        #expect(whole.count == 120)
        // Names sort as text: "LPSE 1", "LPSE 10", "LPSE 100", "LPSE 101", ...
        #expect(Array(whole.prefix(3)) == ["lpse-001", "lpse-010", "lpse-100"])
        var paged: [String] = []
        for number in 1...3 {
            let page = try await service.portfolio(PortfolioQuery(), for: admin, page: number)
            #expect(page.total == 120 && page.pageCount == 3 && page.page == number)
            paged += page.rows.map(\.lpse.id)
        }
        #expect(paged == whole)
        let past = try await service.portfolio(PortfolioQuery(), for: admin, page: 99)
        #expect(past.page == 3 && past.rows.count == 20)

        let withCases = try await service.portfolio(PortfolioQuery(status: "kasus"), for: admin, page: 1)
        #expect(withCases.total == 3)
        #expect(Set(withCases.rows.map(\.lpse.id)) == ["lpse-005", "lpse-050", "lpse-100"])
        #expect(withCases.rows.allSatisfy { $0.openCases.count == 1 && $0.nearestDeadline != nil })
        let inBali = try await service.portfolio(PortfolioQuery(province: "Bali", status: "kasus"), for: admin, page: 1)
        #expect(inBali.rows.map(\.lpse.id) == ["lpse-100", "lpse-050"])   // "LPSE 100" before "LPSE 50"

        // Nearest deadline first: the cases opened earliest; LPSEs without one follow by name.
        let byDeadline = try await service.portfolio(PortfolioQuery(sort: .tenggat), for: admin, page: 1)
        let first = byDeadline.rows.prefix(3)
        #expect(first.map(\.lpse.id) == ["lpse-100", "lpse-005", "lpse-050"])
        #expect(zip(first, first.dropFirst()).allSatisfy { $0.nearestDeadline!.deadline.endsAt <= $1.nearestDeadline!.deadline.endsAt })
        #expect(byDeadline.rows[3].lpse.id == "lpse-001" && byDeadline.rows[3].nearestDeadline == nil)
        let reversed = try await service.portfolio(PortfolioQuery(sort: .tenggat, descending: true), for: admin)
        #expect(reversed.suffix(3).map(\.lpse.id) == ["lpse-050", "lpse-005", "lpse-100"])
    }

    @Test("The portfolio page links its neighbours, keeping the filters and the language")
    func portfolioPageLinks() async throws {
        let (fixture, _) = try await Self.fixture()
        try await fixture.test { client in
            let asesor = try await Web.login(client, "asesor")
            let first = Web.body(try await client.execute(uri: "/portofolio", method: .get, headers: asesor.headers))
            #expect(first.contains("120 LPSE"))
            #expect(first.contains("Halaman 1 dari 3"))
            #expect(first.contains("href=\"/portofolio?halaman=2\""))
            #expect(!first.contains("rel=\"prev\""))
            #expect(first.components(separatedBy: "<tr>").count - 2 == 50)   // the header row and the text before it
            let last = Web.body(try await client.execute(uri: "/portofolio?urut=lpse&halaman=3&lang=en", method: .get, headers: asesor.headers))
            #expect(last.contains("Page 3 of 3"))
            #expect(last.contains("href=\"/portofolio?urut=lpse&amp;lang=en&amp;halaman=2\""))
            #expect(!last.contains("rel=\"next\""))
            #expect(last.components(separatedBy: "<tr>").count - 2 == 20)
            let bali = Web.body(try await client.execute(uri: "/portofolio?provinsi=Bali", method: .get, headers: asesor.headers))
            #expect(bali.contains("60 LPSE") && bali.contains("Halaman 1 dari 2") && bali.contains("href=\"/portofolio?provinsi=Bali&amp;halaman=2\""))
            let tenggat = Web.body(try await client.execute(uri: "/tenggat", method: .get, headers: asesor.headers))
            #expect(tenggat.contains("R-0/2026") && !tenggat.contains("Halaman 1"))
        }
    }
}
