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
import WebSupport

/// A clock the test moves.
final class MovableClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Instant

    init(_ instant: Instant) { self.instant = instant }

    var clock: Clock { Clock { self.lock.withLock { self.instant } } }

    func set(_ instant: Instant) { lock.withLock { self.instant = instant } }
}

/// Built pages kept between requests (``PageCache``): served again only while the data they
/// show is unchanged, never across scopes, each session with its own CSRF token.
@Suite("patuh server: kept pages")
struct ServerPageCacheTests {
    static func lpse(_ id: String, _ name: String) -> LPSERecord {
        LPSERecord(id: id, name: name, instansi: "Pemerintah \(name)", zone: .wib, province: "Jawa Tengah", instansiKind: "kabupaten")
    }

    @Test("A page is built once for viewers of the same scope, each session gets its own CSRF token in its forms, and another LPSE's page stays 404")
    func keptAcrossSessionsOfOneScope() async throws {
        let fixture = try await ServerFixture()
        try await fixture.service.store.saveLPSE(Self.lpse("lpse-kab-contoh", "Kabupaten Contoh"))
        try await fixture.service.store.saveLPSE(Self.lpse("lpse-lain", "Kota Lain"))
        let pages = fixture.app.pages
        try await fixture.test { client in
            // (Each login opens the portfolio: staff share one build of it, each LPSE account has its own.)
            let admin = try await Web.login(client, "admin")
            let asesor = try await Web.login(client, "asesor")
            let budi = try await Web.login(client, "budi")
            let sari = try await Web.login(client, "sari")
            #expect(admin.csrf != asesor.csrf)
            let before = pages.buildCount
            let first = try await client.execute(uri: "/lpse/lpse-kab-contoh", method: .get, headers: admin.headers)
            let second = try await client.execute(uri: "/lpse/lpse-kab-contoh", method: .get, headers: asesor.headers)
            #expect(first.status == .ok && second.status == .ok)
            #expect(pages.buildCount == before + 1)
            let (one, two) = (Web.body(first), Web.body(second))
            // The staff's forms (open a case, issue certificates) carry each session's token, never the marker.
            #expect(one.contains("action=\"/lpse/lpse-kab-contoh/kasus\"") && two.contains("action=\"/lpse/lpse-kab-contoh/kasus\""))
            #expect(one.components(separatedBy: "value=\"\(admin.csrf)\"").count > 2)
            #expect(two.components(separatedBy: "value=\"\(asesor.csrf)\"").count > 2)
            #expect(!one.contains(asesor.csrf) && !two.contains(admin.csrf))
            #expect(!one.contains(PageCache.csrfMarker) && !two.contains(PageCache.csrfMarker))
            #expect(one.contains("Admin LKPP") && two.contains("Asesor LKPP") && !two.contains("Admin LKPP"))

            // An LPSE account has its own scope: its own build, without the staff's forms.
            let own = Web.body(try await client.execute(uri: "/lpse/lpse-kab-contoh", method: .get, headers: budi.headers))
            #expect(pages.buildCount == before + 2)
            #expect(own.contains("Kabupaten Contoh") && !own.contains("/lpse/lpse-kab-contoh/kasus"))
            // Another LPSE's page: 404 every time, and nothing of it is kept.
            for _ in 0..<2 {
                let refused = try await client.execute(uri: "/lpse/lpse-kab-contoh", method: .get, headers: sari.headers)
                #expect(refused.status == .notFound)
                #expect(!Web.body(refused).contains("Kabupaten Contoh"))
            }
            // Unchanged data, same query: no build; another query or language: its own.
            let count = pages.buildCount
            _ = try await client.execute(uri: "/portofolio?urut=mandiri", method: .get, headers: admin.headers)
            _ = try await client.execute(uri: "/portofolio?urut=mandiri", method: .get, headers: asesor.headers)
            _ = try await client.execute(uri: "/portofolio", method: .get, headers: admin.headers)
            #expect(pages.buildCount == count + 1)
            let english = Web.body(try await client.execute(uri: "/portofolio?urut=mandiri&lang=en", method: .get, headers: admin.headers))
            #expect(pages.buildCount == count + 2)
            #expect(english.contains("LPSE portfolio") && !english.contains("Portofolio LPSE"))
        }
    }

    @Test("A kept page follows every change: an LPSE saved by another writer, a case opened by another server on the same data, and the days passing")
    func keptPagesFollowChanges() async throws {
        let moving = MovableClock(ServerFixture.instant)
        let fixture = try await ServerFixture(clock: moving.clock)
        try await fixture.service.store.saveLPSE(Self.lpse("lpse-kab-contoh", "Kabupaten Contoh"))
        // Another server (or `patuh server impor`) on the same data folder: its own store
        // connection and its own case log cache.
        let other = try await ServerRuntime.open(data: fixture.data, database: nil, clock: moving.clock, bcryptCost: 4)
        let admin = try #require(try await other.store.user(named: "admin"))
        try await fixture.test { client in
            var browser = try await Web.login(client, "admin")
            let page = { @Sendable (browser: Browser) in Web.body(try await client.execute(uri: "/portofolio", method: .get, headers: browser.headers)) }
            let first = try await page(browser)
            #expect(first.contains("Kabupaten Contoh") && !first.contains("Kota Baru"))
            #expect(try await page(browser) == first)

            try await other.store.saveLPSE(Self.lpse("lpse-baru", "Kota Baru"))
            let renamed = try await page(browser)
            #expect(renamed.contains("Kota Baru"))

            let opened = try await other.openCase(lpse: "lpse-kab-contoh", findingId: "TF-1", standard: "S03", control: nil,
                                                  description: "SOP aset", notice: "R-1/2026", issuedOn: "2026-11-25", by: admin)
            let caseId = try #require(opened.entry.event.caseId)
            _ = try await other.recordStep(caseId, CaseStepInput(step: .terima, date: "2026-11-25", text: "resi"), by: admin)
            let withCase = try await page(browser)
            #expect(withCase.contains(">\(caseId)</a> (rekomendasi)"))
            #expect(!withCase.contains("class=\"overdue\""))

            // The keberatan window (5 hari kerja from 25 November) has passed by 10 December.
            moving.set(Instant(iso8601: "2026-12-10T02:00:00Z")!)
            browser = try await Web.login(client, "admin")   // the session of 25 November has expired
            let later = try await page(browser)
            #expect(later.contains("class=\"overdue\""))
            #expect(later.contains(">\(caseId)</a> (rekomendasi)"))
        }
    }
}
