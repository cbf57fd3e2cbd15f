public import Core
import Foundation
public import Pembinaan
public import Portfolio
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

extension LKPPService {
    /// Every LPSE `user` may see, with its latest scores, trend, certificates, nearest deadline
    /// and open cases, filtered and sorted as `query` asks. Deadlines and stages come from the
    /// case log's one answer (`CaseState.standing(at:)` through ``PatuhWorkspace/caseStatuses(at:)``).
    public func portfolio(_ query: PortfolioQuery, for user: UserAccount) async throws -> [PortfolioRow] {
        let lpses = try await visibleLPSEs(to: user)
        var byLPSE: [String: [Submission]] = [:]
        for submission in try await store.allSubmissions() where user.mayAccess(lpse: submission.lpseId) {
            byLPSE[submission.lpseId, default: []].append(submission)
        }
        let instant = now
        let standings = try lkpp.caseStatuses(at: instant)
        let certificates = try lkpp.certificates(on: today).certificates.filter { $0.status == .berlaku }
        var rows: [PortfolioRow] = lpses.map { lpse in
            let submissions = byLPSE[lpse.id] ?? []
            let mandiri = submissions.filter { $0.kind == .pengajuan }
            let cases = standings.filter { $0.state.lpse == lpse.id && $0.state.status == .aktif }
            let deadlines = cases.flatMap { standing in
                standing.openDeadlines.map { DeadlineRow(caseId: standing.state.id, lpse: lpse.id, deadline: $0, zone: standing.state.zone) }
            }
            return PortfolioRow(
                lpse: lpse, mandiri: mandiri.last, faktual: submissions.last { $0.kind == .hasil },
                trend: mandiri.map(\.terpenuhi),
                certified: certificates.filter { $0.certificate.lpse == lpse.id }.map(\.certificate.standard).sorted(),
                nearestDeadline: deadlines.min { $0.deadline.endsAt < $1.deadline.endsAt },
                openCases: cases.map { ($0.state.id, $0.state.stage?.rawValue ?? "") })
        }
        rows = rows.filter { row in
            if let province = query.province, row.lpse.province != province { return false }
            if let kind = query.instansiKind, row.lpse.instansiKind != kind { return false }
            if let status = query.status {
                if status == "kasus" { if row.openCases.isEmpty { return false } } else if row.status != status { return false }
            }
            if let search = query.search?.lowercased(), !search.isEmpty {
                let haystack = [row.lpse.id, row.lpse.name, row.lpse.instansi, row.lpse.province ?? ""].joined(separator: " ").lowercased()
                if !haystack.contains(search) { return false }
            }
            return true
        }
        func key(_ row: PortfolioRow) -> (Int64, String) {
            switch query.sort {
            case .lpse: (0, row.lpse.name.lowercased())
            case .mandiri: (Int64(row.mandiri?.terpenuhi ?? -1), row.lpse.name.lowercased())
            case .faktual: (Int64(row.faktual?.terpenuhi ?? -1), row.lpse.name.lowercased())
            case .tenggat: (row.nearestDeadline?.deadline.endsAt.secondsSinceEpoch ?? Int64.max, row.lpse.name.lowercased())
            }
        }
        rows.sort { a, b in
            let (x, y) = (key(a), key(b))
            return query.descending ? (x.0, x.1) > (y.0, y.1) : (x.0, x.1) < (y.0, y.1)
        }
        return rows
    }

    /// The provinces and instansi kinds of the LPSEs `user` may see (the filters' choices).
    public func filterChoices(for user: UserAccount) async throws -> (provinces: [String], kinds: [String]) {
        let lpses = try await visibleLPSEs(to: user)
        return (Set(lpses.compactMap(\.province)).sorted(), Set(lpses.compactMap(\.instansiKind)).sorted())
    }

    /// Every open deadline of every case `user` may see, at the current instant, nearest first.
    public func deadlines(for user: UserAccount) throws -> [DeadlineRow] {
        try lkpp.caseStatuses(at: now)
            .filter { user.mayAccess(lpse: $0.state.lpse) }
            .flatMap { standing in
                standing.openDeadlines.map { DeadlineRow(caseId: standing.state.id, lpse: standing.state.lpse, deadline: $0, zone: standing.state.zone) }
            }
            .sorted { ($0.deadline.endsAt, $0.caseId) < ($1.deadline.endsAt, $1.caseId) }
    }

    /// Certificates in force today that expire within `days` days, soonest first.
    public func expiringCertificates(within days: Int, for user: UserAccount) throws -> [CertificateStanding] {
        let limit = today.adding(days: days)
        return try lkpp.certificates(on: today).certificates
            .filter { $0.status == .berlaku && $0.certificate.validUntil <= limit && user.mayAccess(lpse: $0.certificate.lpse) }
            .sorted { ($0.certificate.validUntil, $0.certificate.lpse, $0.certificate.standard) < ($1.certificate.validUntil, $1.certificate.lpse, $1.certificate.standard) }
    }

    /// The LPSE page's data: submissions (newest first), cases with their timelines, certificates.
    public func lpseDetail(_ id: String, for user: UserAccount) async throws -> (LPSERecord, [Submission], PembinaanOverview) {
        let lpse = try await visibleLPSE(id, to: user)
        let submissions = try await store.submissions(of: id)
        return (lpse, submissions, try lkpp.pembinaanOverview(lpse: id))
    }
}
