import Core
import Foundation
import Pembinaan
import Workspace

// `patuh-bench kasus WORKSPACE [--cases N] [--lpses N] [--until YYYY-MM-DD]`: fills WORKSPACE's case
// log (LKPP's workspace of `patuh server`, DATA/lkpp) with N pembinaan cases of up to 15 events
// each, recorded through the same use cases as `patuh pembinaan` (the state machine's guards
// decide, every event is appended to the hash chain), so that `patuh pembinaan verifikasi`
// accepts the log. Case k is about LPSE `lpse-NNNN` (k modulo --lpses, as Benchmarks/server.sh
// names them). Cases open on days spread over 2024-01-01 ... --until minus 215 days; every event
// is recorded at its own instant and all events go in time order. An event a guard refuses
// (a holiday makes a window shorter than planned) ends that case's script; the count is printed.

/// A clock the generator moves to each event's instant.
final class MovingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant = Instant(iso8601: "2024-01-01T03:00:00Z")!
    var now: Instant {
        get { lock.withLock { instant } }
        set { lock.withLock { instant = newValue } }
    }
}

struct CaseLogGenerator {
    var workspace: String
    var cases = 2_000
    var lpses = 700
    var until = CivilDate(iso: "2026-11-25")!

    init(arguments: [String]) {
        var rest = arguments[...]
        workspace = rest.popFirst() ?? "."
        while let argument = rest.popFirst() {
            switch argument {
            case "--cases": cases = Int(rest.popFirst() ?? "") ?? cases
            case "--lpses": lpses = Int(rest.popFirst() ?? "") ?? lpses
            case "--until": until = rest.popFirst().flatMap(CivilDate.init(iso:)) ?? until
            default: workspace = argument
            }
        }
    }

    /// One step of a case's script: how many days after the case opens, and the act.
    typealias Act = @Sendable (PatuhWorkspace, String, CivilDate) throws(WorkspaceError) -> RecordedCaseEvent

    static let lkpp = CaseEventContext(actor: "Asesor LKPP", role: .lkpp)
    static let lpse = CaseEventContext(actor: "Kepala LPSE", role: .lpse)

    /// The script after the case is opened (day 0): a keberatan upheld, then the ladder up to
    /// penghentian with receipts, follow-ups and rejected remedies, and a keberatan against the
    /// penghentian awaiting LKPP's decision; 14 steps, 15 events with the opening.
    static let script: [(day: Int, act: Act)] = [
        (3, { w, id, d throws(WorkspaceError) in try w.recordReceipt(id, on: d, proof: "resi pos", context: lpse) }),
        (6, { w, id, _ throws(WorkspaceError) in try w.fileKeberatan(id, reason: "temuan sudah diperbaiki", context: lpse) }),
        (20, { w, id, _ throws(WorkspaceError) in try w.decideKeberatan(id, decision: .dikuatkan, note: "klarifikasi", context: lkpp) }),
        (50, { w, id, d throws(WorkspaceError) in
            try w.escalate(id, to: .teguran, notice: Notice(number: "T-\(id)", issuedOn: d), context: lkpp) }),
        (52, { w, id, d throws(WorkspaceError) in try w.recordReceipt(id, on: d, proof: "resi pos", context: lpse) }),
        (58, { w, id, _ throws(WorkspaceError) in try w.fileFollowUp(id, summary: "SOP ditinjau", context: lpse) }),
        (62, { w, id, _ throws(WorkspaceError) in try w.verifyRemedy(id, accepted: false, note: "belum cukup", context: lkpp) }),
        (80, { w, id, d throws(WorkspaceError) in
            try w.escalate(id, to: .pencabutan, notice: Notice(number: "C-\(id)", issuedOn: d), context: lkpp) }),
        (82, { w, id, d throws(WorkspaceError) in try w.recordReceipt(id, on: d, proof: "resi pos", context: lpse) }),
        (120, { w, id, _ throws(WorkspaceError) in try w.fileFollowUp(id, summary: "uji dijadwalkan", context: lpse) }),
        (126, { w, id, _ throws(WorkspaceError) in try w.verifyRemedy(id, accepted: false, note: "kurang", context: lkpp) }),
        (205, { w, id, d throws(WorkspaceError) in
            try w.escalate(id, to: .penghentian, notice: Notice(number: "H-\(id)", issuedOn: d), context: lkpp) }),
        (207, { w, id, d throws(WorkspaceError) in try w.recordReceipt(id, on: d, proof: "resi pos", context: lpse) }),
        (210, { w, id, _ throws(WorkspaceError) in try w.fileKeberatan(id, reason: "layanan sudah dibenahi", context: lpse) }),
    ]

    func run() throws {
        let clock = MovingClock()
        let workspace = PatuhWorkspace(root: self.workspace, clock: Clock { clock.now })
        let start = CivilDate(iso: "2024-01-01")!
        let span = max(1, until.dayNumber - start.dayNumber - 215)
        // Every planned event: (instant, case number, step; -1 opens the case).
        var plan: [(at: Instant, index: Int, step: Int)] = []
        for index in 0..<cases {
            let opened = start.adding(days: index * span / max(cases, 1))
            plan.append((Self.instant(opened, hour: 9, index: index), index, -1))
            for (step, entry) in Self.script.enumerated() {
                plan.append((Self.instant(opened.adding(days: entry.day), hour: 10 + step % 6, index: index), index, step))
            }
        }
        plan.sort { ($0.at, $0.index, $0.step) < ($1.at, $1.index, $1.step) }
        var ids: [Int: String] = [:]
        var stopped = Set<Int>()
        var (recorded, refused) = (0, 0)
        let began = Date()
        for item in plan where !stopped.contains(item.index) {
            clock.now = item.at
            let day = IndonesianZone.wib.civilDate(of: item.at)
            do {
                if item.step < 0 {
                    let lpse = String(format: "lpse-%04d", item.index % max(lpses, 1))
                    let finding = Finding(id: "TB-\(item.index)", standard: "S03", control: "S03.2", description: "SOP aset belum ditetapkan")
                    let event = try workspace.openCase(findings: [finding], notice: Notice(number: "R-\(item.index)", issuedOn: day),
                                                       lpse: lpse, context: CaseEventContext(actor: "Asesor LKPP", role: .lkpp, zone: .wib))
                    ids[item.index] = event.entry.event.caseId
                } else if let id = ids[item.index] {
                    _ = try Self.script[item.step].act(workspace, id, day)
                }
                recorded += 1
            } catch {
                if refused == 0 { print("kasus: first refusal (case \(item.index), step \(item.step + 1)): \(error)") }
                refused += 1
                stopped.insert(item.index)
            }
        }
        let seconds = Date().timeIntervalSince(began)
        print("kasus: \(ids.count) cases, \(recorded) events recorded, \(refused) refused (case script ended) in \(String(format: "%.1f", seconds)) s")
    }

    /// `date` at `hour`:MM WIB, minutes from `index` so that events of different cases differ.
    static func instant(_ date: CivilDate, hour: Int, index: Int) -> Instant {
        Instant(iso8601: String(format: "%@T%02d:%02d:00+07:00", date.description, hour, index % 60))!
    }
}
