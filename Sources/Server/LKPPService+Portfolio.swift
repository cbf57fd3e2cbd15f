public import Core
import Foundation
public import Logging
public import Pembinaan
public import Portfolio
import Store
import Workspace

/// One LPSE's line in the portfolio.
public struct PortfolioRow: Sendable {
    public var lpse: LPSERecord
    /// The latest pengajuan (mandiri) and hasil (faktual).
    public var mandiri: Submission?
    public var faktual: Submission?
    /// Standards met by each mandiri, oldest first.
    public var trend: [Int]
    /// Standards with a certificate in force today.
    public var certified: [String]
    /// The nearest open deadline of its cases.
    public var nearestDeadline: DeadlineRow?
    /// Its open cases' stages (`rekomendasi`, ...), by case id.
    public var openCases: [(id: String, stage: String)]

    /// `memenuhi` (all standards met in the latest faktual, else mandiri), `belum`, or `belum-menilai`.
    public var status: String {
        guard let latest = faktual ?? mandiri else { return "belum-menilai" }
        return latest.eligible ? "memenuhi" : "belum"
    }
}

/// An open deadline of a case.
public struct DeadlineRow: Sendable {
    public var caseId: String
    public var lpse: String
    public var deadline: CaseDeadline
    public var zone: IndonesianZone
}

/// What the portfolio page asks for.
public struct PortfolioQuery: Sendable {
    public enum Sort: String, Sendable, CaseIterable {
        case lpse, mandiri, faktual, tenggat
    }

    public var province: String?
    public var instansiKind: String?
    /// `memenuhi`, `belum`, `belum-menilai`, `kasus` (an open case).
    public var status: String?
    public var search: String?
    public var sort: Sort
    public var descending: Bool

    public init(province: String? = nil, instansiKind: String? = nil, status: String? = nil, search: String? = nil,
                sort: Sort = .lpse, descending: Bool = false) {
        self.province = province
        self.instansiKind = instansiKind
        self.status = status
        self.search = search
        self.sort = sort
        self.descending = descending
    }
}

/// One page of the portfolio: its rows and where it lies among all the rows the query keeps.
public struct PortfolioPage: Sendable {
    public var rows: [PortfolioRow]
    /// Rows the query keeps on every page.
    public var total: Int
    /// This page's number (from 1) and how many there are (at least 1).
    public var page: Int
    public var pageCount: Int
}

extension LKPPService {
    /// Rows per portfolio page.
    public static let portfolioPageSize = 50

    /// Every LPSE `user` may see, with its latest scores, trend, certificates, nearest deadline
    /// and open cases, filtered and sorted as `query` asks: the whole list (CSV, API).
    public func portfolio(_ query: PortfolioQuery, for user: UserAccount) async throws -> [PortfolioRow] {
        try await portfolio(query, for: user, page: nil).rows
    }

    /// Page `page` (from 1; past the end gives the last page) of the portfolio, or every row when
    /// `page` is nil. The store filters and sorts on its latest-submission table and loads the
    /// details of the page's LPSEs only; deadlines and stages come from the case log's one answer
    /// (`CaseState.standing(at:)`, on the log's snapshot kept while the log is unchanged).
    public func portfolio(_ query: PortfolioQuery, for user: UserAccount, page: Int?,
                          pageSize: Int = LKPPService.portfolioPageSize) async throws -> PortfolioPage {
        let instant = now
        let date = today
        let register = try await caseRegister()
        // Open cases by LPSE, in case id order (one pass over the register, small sorts).
        var open: [String: [CaseState]] = [:]
        for state in register.cases.values where state.status == .aktif && user.mayAccess(lpse: state.lpse) {
            open[state.lpse, default: []].append(state)
        }
        for lpse in open.keys { open[lpse]?.sort { $0.id < $1.id } }
        var only: [String]? = user.role == .lpse ? [user.lpseId ?? ""] : nil
        if query.status == "kasus" { only = (only ?? Array(open.keys)).filter { open[$0] != nil } }
        let filter = PortfolioFilter(province: query.province, instansiKind: query.instansiKind,
                                     standing: query.status == "kasus" ? nil : query.status, search: query.search, only: only)
        var ids: [String]
        var nearest: [String: DeadlineRow] = [:]
        func deadlines(of lpse: String) -> [DeadlineRow] {
            (open[lpse] ?? []).flatMap { state in
                state.standing(at: instant).openDeadlines.map { DeadlineRow(caseId: state.id, lpse: lpse, deadline: $0, zone: state.zone) }
            }
        }
        switch query.sort {
        case .tenggat:
            // The deadline lives in the case log, not the store: the store filters and orders
            // by name, and the LPSEs with an open deadline move ahead, nearest first.
            ids = try await store.portfolioIds(filter, order: .name, descending: false)
            for lpse in ids where open[lpse] != nil {
                nearest[lpse] = deadlines(of: lpse).min { $0.deadline.endsAt < $1.deadline.endsAt }
            }
            let rank = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
            ids.sort { a, b in
                let x = (nearest[a]?.deadline.endsAt.secondsSinceEpoch ?? Int64.max, rank[a] ?? 0)
                let y = (nearest[b]?.deadline.endsAt.secondsSinceEpoch ?? Int64.max, rank[b] ?? 0)
                return query.descending ? x > y : x < y
            }
        case .lpse, .mandiri, .faktual:
            let order: PortfolioOrder = switch query.sort {
            case .mandiri: .mandiri
            case .faktual: .faktual
            default: .name
            }
            ids = try await store.portfolioIds(filter, order: order, descending: query.descending)
        }
        let total = ids.count
        let pageCount = page == nil ? 1 : max(1, (total + pageSize - 1) / pageSize)
        let number = min(max(page ?? 1, 1), pageCount)
        let shown = page == nil ? ids : Array(ids.dropFirst((number - 1) * pageSize).prefix(pageSize))
        let rows = try await store.portfolioSummaries(shown).map { summary in
            let id = summary.lpse.id
            let cases = open[id] ?? []
            return PortfolioRow(
                lpse: summary.lpse, mandiri: summary.mandiri, faktual: summary.faktual, trend: summary.trend,
                certified: register.certificates(of: id).filter { $0.status(on: date) == .berlaku }.map(\.standard).sorted(),
                nearestDeadline: query.sort == .tenggat ? nearest[id] : deadlines(of: id).min { $0.deadline.endsAt < $1.deadline.endsAt },
                openCases: cases.map { ($0.id, $0.stage?.rawValue ?? "") })
        }
        return PortfolioPage(rows: rows, total: total, page: number, pageCount: pageCount)
    }

    /// What the portfolio, Tenggat and LPSE pages are built from, besides the request and the
    /// viewer, in one string that changes whenever any of it does: the store's revision, the
    /// case log's head (sequence, hash and number of records), and today's date in each zone
    /// (deadlines fall due and certificates lapse on dates, never within a day).
    ///
    /// Read it before building a page: a page kept under a stamp is then never older than the
    /// stamp, and a change made while it is built only gives the next request a new stamp.
    public func contentStamp() async throws -> String {
        let revision = try await store.revision()
        let log = try await offLoop { try self.lkpp.pembinaanRecord() }
        let head = log.records.last.map { "\($0.seq):\($0.hash)" } ?? "-"
        let instant = now
        let dates = IndonesianZone.allCases.map { $0.civilDate(of: instant).description }.joined(separator: ",")
        return "\(revision)|\(head)|\(log.records.count)|\(dates)"
    }

    /// Reads, checks and folds LKPP's case log once, so that the first page asked for after the
    /// server starts does not wait for it (a log of 30,000 events takes seconds), and logs how
    /// long that took. A log that cannot be read is left for the pages to report.
    public func warmUp(logger: Logger) async {
        let start = Date()
        guard let events = try? await offLoop({ try self.lkpp.pembinaanRecord().records.count }) else { return }
        logger.info("case log read and folded",
                    metadata: ["events": "\(events)", "seconds": "\(String(format: "%.2f", Date().timeIntervalSince(start)))"])
    }

    /// LKPP's case register as its log folds now (the snapshot kept while the log is unchanged),
    /// read off the server's event loops.
    func caseRegister() async throws -> PembinaanRegister {
        try await offLoop { try self.lkpp.pembinaanRecord().register }
    }

    /// The provinces and instansi kinds of the LPSEs `user` may see (the filters' choices).
    public func filterChoices(for user: UserAccount) async throws -> (provinces: [String], kinds: [String]) {
        let lpses = try await visibleLPSEs(to: user)
        return (Set(lpses.compactMap(\.province)).sorted(), Set(lpses.compactMap(\.instansiKind)).sorted())
    }

    /// Every open deadline of every case `user` may see, at the current instant, nearest first.
    public func deadlines(for user: UserAccount) async throws -> [DeadlineRow] {
        let instant = now
        return try await offLoop { try self.lkpp.caseStatuses(at: instant) }
            .filter { user.mayAccess(lpse: $0.state.lpse) }
            .flatMap { standing in
                standing.openDeadlines.map { DeadlineRow(caseId: standing.state.id, lpse: standing.state.lpse, deadline: $0, zone: standing.state.zone) }
            }
            .sorted { ($0.deadline.endsAt, $0.caseId) < ($1.deadline.endsAt, $1.caseId) }
    }

    /// Certificates in force today that expire within `days` days, soonest first.
    public func expiringCertificates(within days: Int, for user: UserAccount) async throws -> [CertificateStanding] {
        let (date, limit) = (today, today.adding(days: days))
        return try await offLoop { try self.lkpp.certificates(on: date) }.certificates
            .filter { $0.status == .berlaku && $0.certificate.validUntil <= limit && user.mayAccess(lpse: $0.certificate.lpse) }
            .sorted { ($0.certificate.validUntil, $0.certificate.lpse, $0.certificate.standard) < ($1.certificate.validUntil, $1.certificate.lpse, $1.certificate.standard) }
    }

    /// The LPSE page's data: submissions (newest first), cases with their timelines, certificates.
    public func lpseDetail(_ id: String, for user: UserAccount) async throws -> (LPSERecord, [Submission], PembinaanOverview) {
        let lpse = try await visibleLPSE(id, to: user)
        let submissions = try await store.submissions(of: id)
        return (lpse, submissions, try await offLoop { try self.lkpp.pembinaanOverview(lpse: id) })
    }
}
