import Foundation
import Catalog
public import Core
import EvidenceRegistry
public import Pembinaan
public import Store

/// A case and what the report of it needs: its standing at an instant and its timeline.
public struct CaseOverview: Sendable {
    public var standing: CaseStanding
    public var timeline: [CaseTimelineEntry]

    /// The case as its events left it.
    public var state: CaseState { standing.state }
}

/// The pembinaan record of one LPSE at an instant: its cases and its certificates.
public struct PembinaanOverview: Sendable {
    public var cases: [CaseOverview]
    public var certificates: [Certificate]
    /// The instant asked about and its civil date in the LPSE's zone.
    public var asOf: Instant
    public var today: CivilDate
}

extension PatuhWorkspace {
    // MARK: - The log

    /// The workspace's pembinaan event log.
    public func caseLog() throws(WorkspaceError) -> CaseLog {
        CaseLog(database: try database(), cache: caseLogCache)
    }

    /// The whole log, folded under the workspace's policy and calendar.
    public func pembinaanRecord() throws(WorkspaceError) -> CaseLog.Snapshot {
        let rules = try caseRules()
        let log = try caseLog()
        do {
            return try log.load(rules: rules)
        } catch {
            throw Self.caseLogFailure(error)
        }
    }

    /// Recomputes the log's hash chain; the report names the first event edited, deleted or
    /// reordered (a broken chain is an answer, not an error).
    public func verifyCaseChain(anchorFile: String? = nil) throws(WorkspaceError) -> ChainReport {
        let anchor = try anchorFile.map { (file) throws(WorkspaceError) in try chainAnchor(file) }
        let log = try caseLog()
        do {
            return try log.verify(anchor: anchor)
        } catch {
            throw Self.caseLogFailure(error)
        }
    }

    /// Reads a head exported by `pembinaan verifikasi --ekspor-kepala` (at most 64 KiB).
    public func chainAnchor(_ file: String) throws(WorkspaceError) -> ChainAnchor {
        guard let handle = FileHandle(forReadingAtPath: file) else {
            throw WorkspaceError(.invalidInput, "hardening.anchor.unreadable", ["path": file])
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 65_537)) ?? Data()
        guard data.count <= 65_536, let text = String(data: data, encoding: .utf8) else {
            throw WorkspaceError(.invalidInput, "hardening.anchor.notText", ["path": file])
        }
        do {
            return try ChainAnchor.parse(text, path: file)
        } catch {
            throw WorkspaceError(.invalidInput) { language in error.message(language) }
        }
    }

    // MARK: - Cases at an instant

    /// Where case `id` stands at `instant` (default: now): its deadlines, next steps and notes.
    /// - Throws: `notFound` when there is no such case.
    public func caseStatus(_ id: String, at instant: Instant? = nil) throws(WorkspaceError) -> CaseStanding {
        guard let state = try pembinaanRecord().register.cases[id] else { throw Self.noCase(id) }
        return state.standing(at: instant ?? now)
    }

    /// Whether the log has a case `id`.
    public func caseExists(_ id: String) throws(WorkspaceError) -> Bool {
        try pembinaanRecord().register.cases[id] != nil
    }

    /// Where every case stands at `instant` (default: now), by case id.
    public func caseStatuses(at instant: Instant? = nil) throws(WorkspaceError) -> [CaseStanding] {
        try pembinaanRecord().register.standings(at: instant ?? now)
    }

    /// The timeline of case `id`: every event of it, with the case as it stood after each.
    /// - Throws: `notFound` when there is no such case.
    public func caseTimeline(_ id: String) throws(WorkspaceError) -> [CaseTimelineEntry] {
        let snapshot = try pembinaanRecord()
        guard snapshot.register.cases[id] != nil else { throw Self.noCase(id) }
        return try timeline(of: id, in: snapshot)
    }

    /// The first free case id `K-YYYY-NNN` for a case opened on `date` (default: today in the
    /// workspace's zone).
    public func nextCaseId(on date: CivilDate? = nil) throws(WorkspaceError) -> String {
        try pembinaanRecord().register.nextCaseId(on: date ?? workspaceZone.civilDate(of: now))
    }

    /// The cases of `lpse` (only `caseId` when given) and its certificates at `instant`
    /// (default: now): what the pembinaan report shows.
    /// - Throws: `notFound` when `caseId` names no case.
    public func pembinaanOverview(lpse: String, caseId: String? = nil,
                                  at instant: Instant? = nil) throws(WorkspaceError) -> PembinaanOverview {
        let snapshot = try pembinaanRecord()
        let instant = instant ?? now
        var cases = snapshot.register.cases(of: lpse)
        if let caseId {
            guard let state = snapshot.register.cases[caseId] else { throw Self.noCase(caseId) }
            cases = [state]
        }
        var overviews: [CaseOverview] = []
        for state in cases {
            overviews.append(CaseOverview(standing: state.standing(at: instant), timeline: try timeline(of: state.id, in: snapshot)))
        }
        return PembinaanOverview(cases: overviews, certificates: snapshot.register.certificates(of: lpse), asOf: instant,
                                 today: ((try? zone()) ?? .wib).civilDate(of: instant))
    }

    // MARK: - Helpers

    /// The zone of the workspace's LPSE (`patuh.xml`); WIB without one, or when it cannot be
    /// read (the evidence commands report a broken profile).
    public var workspaceZone: IndonesianZone {
        (try? zone()) ?? .wib
    }

    /// The LPSE named by `patuh.xml`, or `nil` when the workspace has none.
    public func workspaceLPSE() throws(WorkspaceError) -> String? {
        hasProfile ? try profile().id : nil
    }

    func timeline(of id: String, in snapshot: CaseLog.Snapshot) throws(WorkspaceError) -> [CaseTimelineEntry] {
        snapshot.records.indices.compactMap { index in
            let record = snapshot.records[index]
            let event = snapshot.events[index]
            guard event.caseId == id else { return nil }
            return CaseTimelineEntry(sequence: record.seq, caseSequence: record.caseSeq, event: event,
                                     notice: record.recordedNotice, received: record.noticeDiterima.flatMap(CivilDate.init(iso:)),
                                     after: snapshot.caseAfter[index], previousHash: record.previousHash, hash: record.hash)
        }
    }

    static func noCase(_ id: String) -> WorkspaceError {
        WorkspaceError(.notFound, "pembinaan.case.notFound", ["id": id])
    }
}

extension CaseEventRecord {
    /// The notice columns of the record as a notice, when it names one.
    var recordedNotice: Notice? {
        noticeNumber.map {
            Notice(number: $0, issuedOn: noticeDitetapkan.flatMap(CivilDate.init(iso:)),
                   sentOn: noticeDikirim.flatMap(CivilDate.init(iso:)))
        }
    }
}
