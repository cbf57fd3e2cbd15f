import Catalog
import Core
import Pembinaan

/// Builds case events tersely for the state-machine tests.
enum CaseFixtures {
    static let rules: CaseRules = {
        do {
            let policy = try SanctionPolicyLoader.load(path: Fixtures.packageRoot + "/Standards/pembinaan.xml")
            return try CaseRules(policy: policy, holidays: Fixtures.holidays)
        } catch {
            fatalError("the bundled policy must load: \(error)")
        }
    }()

    static let lpse = "LPSE-KAB-CONTOH"
    static let caseId = "K-2024-001"

    /// An event at 10:00 WIB on `date`.
    static func event(_ date: String, _ role: Role, _ payload: PembinaanEvent.Payload, caseId: String? = caseId,
                      basis: [String] = ["Kepdep LKPP 152/2022 §2.2"], time: String = "10:00:00") -> PembinaanEvent {
        let at = Instant(iso8601: "\(date)T\(time)+07:00")!
        return PembinaanEvent(lpse: lpse, caseId: caseId, actor: role == .lkpp ? "Asesor LKPP" : "Kepala LPSE",
                              role: role, at: at, zone: .wib, basis: basis, payload: payload)
    }

    static func notice(_ number: String, _ date: String) -> Notice {
        Notice(number: number, issuedOn: date.date, sentOn: date.date)
    }

    /// A recorded penilaian faktual of the fixture LPSE on `date` with `terpenuhi` met.
    static func faktual(_ date: String, _ terpenuhi: [String] = ["S03", "S05"], lpse: String = lpse) -> RecordedFaktual {
        RecordedFaktual(lpse: lpse, date: date.date, terpenuhi: terpenuhi,
                        reference: "penilaian faktual \(date), Evidence/penilaian-faktual.xml")
    }

    /// Certificates issued on `date` on a penilaian faktual of the same day.
    static func certify(_ date: String, _ standards: [String] = ["S03", "S05"]) -> PembinaanEvent {
        certify(date, standards, on: faktual(date, standards))
    }

    /// Certificates issued on `date` resting on `faktual` (none when `nil`).
    static func certify(_ date: String, _ standards: [String], on faktual: RecordedFaktual?) -> PembinaanEvent {
        event(date, .lkpp, .sertifikatDiterbitkan(standards: standards, catalogVersion: "2022.1",
                                                  decision: notice("SK-\(date)", date), faktual: faktual), caseId: nil)
    }

    static func open(_ date: String = "2024-03-01") -> PembinaanEvent {
        event(date, .lkpp, .kasusDibuka(findings: [Finding(id: "T1", standard: "S03", control: "S03.2",
                                                           description: "SOP tidak ditinjau")],
                                        notice: notice("R-001", date)))
    }

    static func receive(_ date: String, on recorded: String? = nil) -> PembinaanEvent {
        event(recorded ?? date, .lpse, .pemberitahuanDiterima(date: date.date, proof: "tanda terima"))
    }

    static func escalate(_ date: String, to stage: SanctionStage, number: String = "E") -> PembinaanEvent {
        event(date, .lkpp, .eskalasi(to: stage, notice: notice("\(number)-\(stage.rawValue)", date)))
    }

    static func keberatan(_ date: String) -> PembinaanEvent {
        event(date, .lpse, .keberatanDiajukan(reason: "temuan sudah diperbaiki"))
    }

    static func decide(_ date: String, _ decision: KeberatanDecision) -> PembinaanEvent {
        event(date, .lkpp, .keberatanDiputus(decision: decision, note: "hasil klarifikasi"))
    }

    static func followUp(_ date: String) -> PembinaanEvent {
        event(date, .lpse, .tindakLanjutDiajukan(summary: "SOP ditinjau ulang"))
    }

    static func verify(_ date: String, accepted: Bool, penilaianUlang: RecordedFaktual? = nil) -> PembinaanEvent {
        event(date, .lkpp, .perbaikanDiverifikasi(accepted: accepted, note: "diverifikasi", penilaianUlang: penilaianUlang))
    }

    static func sla(_ date: String, caseId: String? = caseId) -> PembinaanEvent {
        event(date, .lkpp, .pelanggaranSLA(description: "SPSE tidak tersedia 3 hari", notice: notice("H-001", date)),
              caseId: caseId)
    }

    static func pemulihan(_ date: String, basis: [String] = ["Keputusan LKPP pemulihan 01"]) -> PembinaanEvent {
        event(date, .lkpp, .pemulihan(note: "layanan dipulihkan"), basis: basis)
    }

    /// The register after `events`; a refusal is a test failure.
    static func register(_ events: [PembinaanEvent]) throws -> PembinaanRegister {
        try PembinaanRegister.fold(events, rules: rules)
    }

    /// The refusal of `event` after `history`.
    static func refusal(of event: PembinaanEvent, after history: [PembinaanEvent]) throws -> Refusal? {
        var register = try register(history)
        do {
            try register.apply(event)
            return nil
        } catch {
            return error
        }
    }
}
