import Core
import Foundation
import Pembinaan
import Portfolio
import Reporting

/// Turns the service's values into what the templates show, in the page's language. Pure formatting.
struct Views {
    let language: Language
    var words: Core.Messages { Core.Messages(language) }
    var q: String { language == .en ? "?lang=en" : "" }
    var qa: String { language == .en ? "&lang=en" : "" }

    func date(_ date: CivilDate) -> String { DateText.date(date, language) }
    func date(iso: String) -> String { CivilDate(iso: iso).map(date) ?? iso }
    func instant(_ instant: Instant, _ zone: IndonesianZone) -> String { DateText.dateTime(instant, zone: zone, language) }
    func percent(_ value: Double?) -> String { value.map { NumberText.percent($0, language) } ?? "—" }

    func marks(_ submission: Submission?) -> [[String: Any]] {
        (submission?.marks ?? []).map { mark in
            ["id": mark.standardId, "cls": mark.percent == nil ? "na" : (mark.terpenuhi ? "ok" : "no"),
             "title": "\(mark.standardId): \(percent(mark.percent))"]
        }
    }

    /// ``marks(_:)`` as the portfolio's cell, written once in Swift (escaped) instead of by the
    /// template: 17 spans on each of 50 rows were half of the page's rendering time.
    func marksHTML(_ submission: Submission?) -> String {
        marks(submission).map { mark in
            "<span class=\"mark \(Self.escape(mark["cls"] as? String ?? ""))\" title=\"\(Self.escape(mark["title"] as? String ?? ""))\">"
                + "\(Self.escape(mark["id"] as? String ?? ""))</span> "
        }.joined()
    }

    /// `text` safe inside HTML text and double-quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    func statusLabel(_ code: String) -> String {
        switch code {
        case "memenuhi": words.text("server.status.memenuhi")
        case "belum": words.text("server.status.belum")
        case "kasus": words.text("server.status.kasus")
        default: words.text("server.status.belumMenilai")
        }
    }

    func kindLabel(_ kind: SubmissionKind) -> String {
        kind == .pengajuan ? words.text("server.kind.pengajuan") : words.text("server.kind.hasil")
    }

    func deadline(_ row: DeadlineRow, lpseName: String? = nil) -> [String: Any] {
        let pembinaan = PembinaanWords(language)
        return ["caseId": row.caseId, "caseHref": "/kasus/\(row.caseId)\(q)", "lpse": row.lpse, "lpseName": lpseName ?? row.lpse,
                "lpseHref": "/lpse/\(row.lpse)\(q)", "kind": pembinaan.deadlineKind(row.deadline.kind),
                "stage": row.deadline.stage.rawValue, "notice": row.deadline.notice, "date": date(row.deadline.date),
                "standing": pembinaan.standing(row.deadline.standing), "overdue": row.deadline.standing.isOverdue,
                "actor": row.deadline.actor == .lpse ? "LPSE" : "LKPP"]
    }

    func row(_ row: PortfolioRow) -> [String: Any] {
        var values: [String: Any] = [
            "id": row.lpse.id, "name": row.lpse.name, "instansi": row.lpse.instansi, "province": row.lpse.province ?? "",
            "kind": row.lpse.instansiKind ?? "", "href": "/lpse/\(row.lpse.id)\(q)",
            "mandiri": row.mandiri.map { "\($0.terpenuhi)/\($0.standardCount)" } ?? "—",
            "mandiriDate": row.mandiri.map { date(iso: $0.assessmentDate) } ?? "",
            "faktual": row.faktual.map { "\($0.terpenuhi)/\($0.standardCount)" } ?? "—",
            "faktualDate": row.faktual.map { date(iso: $0.assessmentDate) } ?? "",
            "marksHTML": marksHTML(row.mandiri), "trend": row.trend.map(String.init).joined(separator: " → "),
            "certified": row.certified.joined(separator: ", "), "status": statusLabel(row.status),
            "cases": row.openCases.map { ["id": $0.id, "stage": $0.stage, "href": "/kasus/\($0.id)\(q)"] as [String: Any] },
        ]
        if let deadline = row.nearestDeadline { values["deadline"] = self.deadline(deadline) }
        return values
    }

    func submission(_ submission: Submission, lpse: String) -> [String: Any] {
        var values: [String: Any] = [
            "kind": kindLabel(submission.kind), "date": date(iso: submission.assessmentDate),
            "received": instant(submission.receivedAt, .wib), "score": "\(submission.terpenuhi)/\(submission.standardCount)",
            "sha": submission.paketSHA256, "shortSha": String(submission.paketSHA256.prefix(16)),
            "verification": submission.verification == "ok" ? words.text("server.verification.ok") : submission.verification,
            "uploader": submission.uploader, "signer": submission.signer, "catalog": submission.catalogVersion,
            "files": submission.files.map { ["path": $0.path, "role": $0.role, "sha": $0.sha256,
                                             "href": "/lpse/\(lpse)/berkas/\($0.sha256)"] as [String: Any] },
            "fileCount": submission.files.count, "marks": marks(submission),
        ]
        if let report = submission.reports[language.rawValue] ?? submission.reports["id"] {
            values["report"] = "/lpse/\(lpse)/laporan/\(report)"
        }
        return values
    }

    func certificate(_ certificate: Certificate, status: Certificate.Status) -> [String: Any] {
        ["lpse": certificate.lpse, "lpseHref": "/lpse/\(certificate.lpse)\(q)", "standard": certificate.standard,
         "issued": date(certificate.issuedOn), "validUntil": date(certificate.validUntil),
         "status": PembinaanWords(language).certificate(status), "decision": certificate.decision]
    }

    func timeline(_ entry: CaseTimelineEntry) -> [String: Any] {
        let pembinaan = PembinaanWords(language)
        return ["seq": entry.sequence, "date": date(entry.event.zone.civilDate(of: entry.event.at)),
                "at": instant(entry.event.at, entry.event.zone), "event": pembinaan.event(entry.event.payload),
                "explain": pembinaan.explain(entry.event.payload, after: entry.after),
                "actor": entry.event.actor, "role": entry.event.role.rawValue, "hash": String(entry.hash.prefix(16))]
    }
}
