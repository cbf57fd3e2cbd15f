import Catalog
import Core
import Foundation
import Pembinaan
import Store

/// Records one event for a mutating `patuh pembinaan` or `patuh sertifikat` command and prints
/// the outcome: the stored event and the case as it now stands.
struct EventRecorder {
    /// Which case (or LPSE) the event is about.
    enum Target {
        /// An existing case.
        case existing(String)
        /// A new case for `lpse`, with `id` or the next free `K-YYYY-NNN`.
        case newCase(id: String?, lpse: String)
        /// An existing case when `id` names one, else a new case for `lpse` (an SLA breach).
        case existingOrNew(id: String?, lpse: String?)
        /// No case: the LPSE's certificates.
        case lpse(String)
    }

    var options: CaseLogOptions
    var actor: ActorOptions
    var basis: [String] = []

    /// Appends the event and prints it; exit 1 when refused, 2 for unusable input.
    @discardableResult
    func record(_ target: Target, _ payload: PembinaanEvent.Payload) throws -> CaseLog.Appended {
        let rules = try options.loadRules()
        let log = try options.openLog()
        let now = try options.instant()
        var inputProblem: String?
        let appended: CaseLog.Appended
        do {
            appended = try log.append(rules: rules) { (register) throws(Refusal) -> PembinaanEvent in
                let (lpse, caseId, zone) = try resolve(target, in: register, now: now) { inputProblem = $0 }
                return PembinaanEvent(lpse: lpse, caseId: caseId, actor: actor.actor, role: actor.role, at: now,
                                      zone: zone, basis: basis.filter { !$0.isEmpty }, payload: payload)
            }
        } catch {
            if let inputProblem { throw CommandFailure.invalidInput("patuh: " + inputProblem) }
            throw CaseLogOptions.failure(error, language: options.lang)
        }
        try print(appended, now: now)
        return appended
    }

    /// The LPSE, case id and zone of the event, read from the register inside the transaction.
    private func resolve(_ target: Target, in register: PembinaanRegister, now: Instant,
                         invalid: (String) -> Void) throws(Refusal) -> (String, String?, IndonesianZone) {
        func existing(_ state: CaseState, lpse: String?) throws(Refusal) -> (String, String?, IndonesianZone) {
            if let zone = options.zone, zone != state.zone {
                invalid("--zona \(zone.rawValue): case \(state.id) is in \(state.zone.rawValue); leave --zona out")
                throw Refusal(.missing("zone mismatch"))
            }
            if let lpse, lpse != state.lpse {
                invalid("--lpse \(lpse): case \(state.id) concerns \(state.lpse)")
                throw Refusal(.missing("LPSE mismatch"))
            }
            return (state.lpse, state.id, state.zone)
        }
        let zone = options.zone ?? options.workspaceZone
        switch target {
        case .existing(let id):
            guard let state = register.cases[id] else { throw Refusal(.unknownCase(id)) }
            return try existing(state, lpse: nil)
        case .newCase(let id, let lpse):
            return (lpse, id ?? EventRecorder.nextCaseId(register, on: zone.civilDate(of: now)), zone)
        case .existingOrNew(let id, let lpse):
            if let id, let state = register.cases[id] { return try existing(state, lpse: lpse) }
            guard let lpse else {
                invalid(id.map { "no case '\($0)': give --lpse ID to open a new case for the SLA breach" }
                        ?? "give the CASE, or --lpse ID for a new case")
                throw Refusal(.missing("no LPSE"))
            }
            return (lpse, id ?? EventRecorder.nextCaseId(register, on: zone.civilDate(of: now)), zone)
        case .lpse(let lpse):
            return (lpse, nil, zone)
        }
    }

    /// The first free id `K-YYYY-NNN` for a case opened on `date`.
    static func nextCaseId(_ register: PembinaanRegister, on date: CivilDate) -> String {
        var number = register.cases.keys.filter { $0.hasPrefix("K-\(date.year)-") }.count + 1
        while true {
            let digits = String(number)
            let id = "K-\(date.year)-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
            if register.cases[id] == nil { return id }
            number += 1
        }
    }

    /// `--format json` output of a mutating command.
    struct Output: Encodable {
        var peristiwa: HistoryEntry
        var kasus: CaseStatusReport?
    }

    private func print(_ appended: CaseLog.Appended, now: Instant) throws {
        let state = appended.event.caseId.flatMap { appended.register.cases[$0] }
        let entry = HistoryEntry(appended.record, event: appended.event, after: state)
        let report = state.map { CaseStatusReport($0, now: now) }
        switch options.format {
        case .json:
            Console.out(try Console.json(Output(peristiwa: entry, kasus: report)))
        case .text:
            Console.out("Tercatat #\(entry.urutan) \(entry.peristiwa)" + (entry.kasus.map { " · kasus \($0)" } ?? "")
                + " · \(entry.tanggal) (\(entry.zona)) · oleh \(entry.oleh) (\(entry.peran))")
            if !entry.keterangan.isEmpty { Console.out("  " + entry.keterangan) }
            if let report { Console.out("\n" + report.text) }
        }
    }
}
