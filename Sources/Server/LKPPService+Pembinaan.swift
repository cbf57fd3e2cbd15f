public import Core
import Foundation
import Store
public import Pembinaan
public import Portfolio
public import Workspace

/// A pembinaan step recorded through a form: which act, and its fields as typed.
public struct CaseStepInput: Sendable {
    public enum Step: String, Sendable, CaseIterable {
        case terima, tindakLanjut = "tindak-lanjut", verifikasi, eskalasi, keberatan, putusan, pemulihan
    }

    public var step: Step
    /// A date (`YYYY-MM-DD`): receipt, notice issued on.
    public var date: String?
    /// Proof of receipt, follow-up summary, note, reason.
    public var text: String?
    /// Verification: accepted or not; keberatan decision: `dikuatkan` / `dibatalkan`.
    public var choice: String?
    /// Escalation: the stage; notice number.
    public var stage: String?
    public var notice: String?

    public init(step: Step, date: String? = nil, text: String? = nil, choice: String? = nil, stage: String? = nil, notice: String? = nil) {
        self.step = step
        self.date = date
        self.text = text
        self.choice = choice
        self.stage = stage
        self.notice = notice
    }
}

extension LKPPService {
    /// Who records: the account's name, as LKPP (admin, asesor) or as the LPSE.
    func context(_ user: UserAccount, basis: [String] = [], zone: IndonesianZone? = nil) -> CaseEventContext {
        CaseEventContext(actor: user.displayName, role: user.role == .lpse ? .lpse : .lkpp, basis: basis, zone: zone)
    }

    static func date(_ text: String?, field: String) throws -> CivilDate {
        guard let text, let date = CivilDate(iso: text) else { throw ServiceError.invalid("server.form.date", ["field": field]) }
        return date
    }

    static func required(_ text: String?, field: String) throws -> String {
        guard let text, !text.isEmpty else { throw ServiceError.invalid("server.form.required", ["field": field]) }
        return text
    }

    /// Records a step of case `id` through the same use case as the matching `patuh pembinaan`
    /// command: the state machine's guards decide, and the event is appended to the hash-chained log.
    public func recordStep(_ id: String, _ input: CaseStepInput, by user: UserAccount) async throws -> RecordedCaseEvent {
        let overview = try await visibleCase(id, to: user)
        let context = context(user)
        let recorded = try await offLoop { try self.appendStep(id, input, context: context) }
        await audit(user.username, "pembinaan-\(input.step.rawValue)", "kasus:\(id)", overview.state.lpse)
        return recorded
    }

    /// The workspace's use case for `input`, on the calling thread.
    private func appendStep(_ id: String, _ input: CaseStepInput, context: CaseEventContext) throws -> RecordedCaseEvent {
        let recorded: RecordedCaseEvent
        do {
            switch input.step {
            case .terima:
                recorded = try lkpp.recordReceipt(id, on: try Self.date(input.date, field: "tanggal"),
                                                  proof: try Self.required(input.text, field: "bukti"), context: context)
            case .tindakLanjut:
                recorded = try lkpp.fileFollowUp(id, summary: try Self.required(input.text, field: "uraian"), context: context)
            case .verifikasi:
                recorded = try lkpp.verifyRemedy(id, accepted: input.choice == "diterima", note: try Self.required(input.text, field: "catatan"),
                                                 context: context)
            case .eskalasi:
                guard let stage = input.stage.flatMap(SanctionStage.init(rawValue:)) else {
                    throw ServiceError.invalid("server.form.required", ["field": "tahap"])
                }
                let notice = Notice(number: try Self.required(input.notice, field: "nomor"), issuedOn: try Self.date(input.date, field: "ditetapkan"))
                recorded = try lkpp.escalate(id, to: stage, notice: notice, context: context)
            case .keberatan:
                recorded = try lkpp.fileKeberatan(id, reason: try Self.required(input.text, field: "alasan"), context: context)
            case .putusan:
                let decision: KeberatanDecision = input.choice == "dibatalkan" ? .dibatalkan : .dikuatkan
                recorded = try lkpp.decideKeberatan(id, decision: decision, note: try Self.required(input.text, field: "catatan"), context: context)
            case .pemulihan:
                recorded = try lkpp.restore(id, note: try Self.required(input.text, field: "catatan"), context: context)
            }
        } catch let error as WorkspaceError {
            throw ServiceError.refused(error)
        }
        return recorded
    }

    /// LKPP opens a case for `lpse` from one finding, imposing a rekomendasi (as `patuh pembinaan buka`).
    public func openCase(lpse: String, findingId: String, standard: String, control: String?, description: String,
                         notice: String, issuedOn: String?, by user: UserAccount) async throws -> RecordedCaseEvent {
        guard user.role != .lpse else { throw ServiceError.forbidden }
        let record = try await visibleLPSE(lpse, to: user)
        let finding = Finding(id: try Self.required(findingId, field: "temuan"), standard: try Self.required(standard, field: "standar"),
                              control: control, description: try Self.required(description, field: "uraian"))
        let recorded: RecordedCaseEvent
        do {
            recorded = try lkpp.openCase(findings: [finding], notice: Notice(number: try Self.required(notice, field: "nomor"),
                                                                             issuedOn: try Self.date(issuedOn, field: "ditetapkan")),
                                         lpse: lpse, context: context(user, zone: record.zone))
        } catch let error as WorkspaceError {
            throw ServiceError.refused(error)
        }
        await audit(user.username, "pembinaan-buka", "kasus:\(recorded.entry.event.caseId ?? "")", lpse)
        return recorded
    }

    /// LKPP issues certificates of `standards` for `lpse` by decision `number` (as `patuh
    /// sertifikat terbitkan`): the state machine requires a recorded penilaian faktual.
    public func issueCertificates(lpse: String, standards: [String], number: String, issuedOn: String?,
                                  by user: UserAccount) async throws -> RecordedCaseEvent {
        guard user.role != .lpse else { throw ServiceError.forbidden }
        let record = try await visibleLPSE(lpse, to: user)
        guard !standards.isEmpty else { throw ServiceError.invalid("server.form.required", ["field": "standar"]) }
        let recorded: RecordedCaseEvent
        do {
            recorded = try lkpp.issueCertificates(lpse: lpse, standards: standards,
                                                  decision: Notice(number: try Self.required(number, field: "nomor"),
                                                                   issuedOn: try Self.date(issuedOn, field: "ditetapkan")),
                                                  context: context(user, zone: record.zone))
        } catch let error as WorkspaceError {
            throw ServiceError.refused(error)
        }
        await audit(user.username, "sertifikat-terbit", "lpse:\(lpse)", standards.joined(separator: ","))
        return recorded
    }

    /// The hash chain of LKPP's case log, verified (as `patuh pembinaan verifikasi`).
    public func verifyChain() throws -> ChainSummary {
        do {
            let report = try lkpp.verifyCaseChain()
            return ChainSummary(count: report.count, intact: report.firstBreak == nil, headHash: report.headHash)
        } catch {
            throw ServiceError.refused(error)
        }
    }
}

/// The case log's chain as verified.
public struct ChainSummary: Sendable {
    public var count: Int
    public var intact: Bool
    public var headHash: String?
}
