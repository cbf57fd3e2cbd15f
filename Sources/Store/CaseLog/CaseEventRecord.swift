import Catalog
import Core
import Crypto
import Foundation
public import GRDB
public import Pembinaan

/// One row of the event log: a ``PembinaanEvent`` as stored, with the columns a person reads
/// (civil date, notice numbers and dates) and its place in the hash chain.
///
/// ``hash`` is the SHA-256 (lowercase hex) of ``canonicalText``: every column but `hash`
/// itself, as JSON with sorted keys. Each record carries the hash of the record before it in
/// ``previousHash``, so editing, deleting or reordering a row breaks the chain.
///
/// ## Topics
/// - ``storedEvent()``
/// - ``canonicalText``
/// - ``computedHash``
public struct CaseEventRecord: Sendable, Hashable, FetchableRecord {
    /// The position in the whole log, from 1.
    public var seq: Int
    /// The case; `nil` for events outside a case (issuing certificates).
    public var caseId: String?
    /// The position in the case, from 1.
    public var caseSeq: Int?
    public var lpse: String
    /// The event's name (``PembinaanEvent/name``).
    public var event: String
    public var actor: String
    public var role: String
    /// The instant, ISO 8601 in UTC.
    public var at: String
    /// The LPSE's zone, `WIB`, `WITA` or `WIT`.
    public var zone: String
    /// The civil date of ``at`` in ``zone``, `YYYY-MM-DD`.
    public var civilDate: String
    /// The notice (nomor surat) the event issues or concerns.
    public var noticeNumber: String?
    /// The date the notice was signed.
    public var noticeDitetapkan: String?
    /// The date it was sent.
    public var noticeDikirim: String?
    /// The date the LPSE received it (on `pemberitahuan-diterima` events).
    public var noticeDiterima: String?
    /// The basis (regulation articles, finding ids) as a JSON array.
    public var basis: String
    /// The payload as canonical JSON (sorted keys).
    public var payload: String
    /// The ``hash`` of the previous record, or ``CaseLogSchema/genesisHash``.
    public var previousHash: String
    /// The SHA-256 of this record's ``canonicalText``, as stored.
    public var hash: String

    /// Reads a row of `case_event`; a value of the wrong type or a missing column throws
    /// (``StoreError/Code/corrupt`` once it leaves ``CaseLog``), never traps.
    public init(row: Row) throws {
        let ordinal = RowReader(row, table: "case_event", identity: "a row")
        seq = try ordinal("seq")
        let column = ordinal.identified(as: "seq \(seq)")
        caseId = try column("case_id")
        caseSeq = try column("case_seq")
        lpse = try column("lpse")
        event = try column("event")
        actor = try column("actor")
        role = try column("role")
        at = try column("at")
        zone = try column("zone")
        civilDate = try column("civil_date")
        noticeNumber = try column("notice_number")
        noticeDitetapkan = try column("notice_ditetapkan")
        noticeDikirim = try column("notice_dikirim")
        noticeDiterima = try column("notice_diterima")
        basis = try column("basis")
        payload = try column("payload")
        previousHash = try column("prev_hash")
        hash = try column("hash")
    }

    /// A record for `event` at position `seq` (and `caseSeq` in its case) after `previousHash`,
    /// with `notice` the notice it issues or concerns and `received` its receipt date.
    init(event: PembinaanEvent, seq: Int, caseSeq: Int?, notice: Notice?, received: String?,
         previousHash: String) throws {
        self.seq = seq
        caseId = event.caseId
        self.caseSeq = caseSeq
        lpse = event.lpse
        self.event = event.name
        actor = event.actor
        role = event.role.rawValue
        at = event.at.description
        zone = event.zone.rawValue
        civilDate = event.civilDate.description
        noticeNumber = notice?.number
        noticeDitetapkan = notice?.issuedOn?.description
        noticeDikirim = notice?.sentOn?.description
        noticeDiterima = received
        basis = try CaseEventRecord.canonicalJSON(event.basis)
        payload = try CaseEventRecord.canonicalJSON(event.payload)
        self.previousHash = previousHash
        hash = ""
        hash = computedHash
    }

    // MARK: - The event

    /// The event this record stores.
    /// - Throws: ``StoreError/Code/corrupt`` when a column cannot be read back.
    public func storedEvent() throws(StoreError) -> PembinaanEvent {
        let decoder = JSONDecoder()
        guard let role = Role(rawValue: role), let zone = IndonesianZone(rawValue: zone),
              let instant = Instant(iso8601: at),
              let basis = try? decoder.decode([String].self, from: Data(basis.utf8)),
              let payload = try? decoder.decode(PembinaanEvent.Payload.self, from: Data(payload.utf8)) else {
            throw StoreError(code: .corrupt, path: CaseLogSchema.eventTable,
                             message: "event #\(seq) (\(event)) cannot be read back; run 'patuh pembinaan verifikasi'")
        }
        return PembinaanEvent(lpse: lpse, caseId: caseId, actor: actor, role: role, at: instant, zone: zone,
                              basis: basis, payload: payload)
    }

    // MARK: - Hashing

    /// Every column but `hash`, as JSON with sorted keys; absent values are `null`.
    public var canonicalText: String {
        let fields: [String: String?] = [
            "seq": String(seq), "case_id": caseId, "case_seq": caseSeq.map(String.init), "lpse": lpse,
            "event": event, "actor": actor, "role": role, "at": at, "zone": zone, "civil_date": civilDate,
            "notice_number": noticeNumber, "notice_ditetapkan": noticeDitetapkan, "notice_dikirim": noticeDikirim,
            "notice_diterima": noticeDiterima, "basis": basis, "payload": payload, "prev_hash": previousHash,
        ]
        // Encoding a dictionary of strings cannot fail.
        return (try? CaseEventRecord.canonicalJSON(fields)) ?? ""
    }

    /// The SHA-256 of ``canonicalText`` as recomputed now, lowercase hex.
    public var computedHash: String {
        SHA256.hash(data: Data(canonicalText.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// JSON with sorted keys and unescaped slashes: the same value always gives the same bytes.
    static func canonicalJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    // MARK: - Writing

    /// Inserts the record into `case_event`.
    func insert(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO case_event (seq, case_id, case_seq, lpse, event, actor, role, at, zone, civil_date,
                notice_number, notice_ditetapkan, notice_dikirim, notice_diterima, basis, payload, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [seq, caseId, caseSeq, lpse, event, actor, role, at, zone, civilDate,
                             noticeNumber, noticeDitetapkan, noticeDikirim, noticeDiterima, basis, payload,
                             previousHash, hash])
    }
}
