public import Core
public import Pembinaan

/// The terminal text of `patuh pembinaan` and `patuh sertifikat`: a case's standing, the
/// overview of every case, a timeline, a recorded event and the certificate list, in one
/// language. Each renders the domain's answer and decides nothing.
public struct PembinaanText: Sendable {
    public let language: Language
    let words: PembinaanWords

    public init(_ language: Language) {
        self.language = language
        words = PembinaanWords(language)
    }

    private func text(_ key: String, _ values: [String: String] = [:]) -> String {
        words.text(key, values)
    }

    // MARK: - One case

    /// The standing of one case: header, findings, actions in force, open deadlines,
    /// keberatan, next steps and notes.
    public func status(_ standing: CaseStanding) -> String {
        let state = standing.state
        var lines = [
            text("pembinaan.text.caseHeader", ["id": state.id, "lpse": state.lpse, "zone": state.zone.rawValue,
                                               "date": standing.today.description]),
            text("pembinaan.text.status", ["status": words.status(state.status)])
                + (state.stage.map { text("pembinaan.text.stage", ["stage": $0.rawValue]) } ?? ""),
        ]
        for finding in state.findings {
            lines.append(text("pembinaan.text.finding", ["id": finding.id, "standard": finding.standard])
                + (finding.control.map { "/\($0)" } ?? "") + " \(finding.description)"
                + (finding.severity.map { " [\($0)]" } ?? ""))
        }
        lines += ["", text("pembinaan.text.actionsTitle"), actionsTable(state)]
        let open = standing.openDeadlines
        if !open.isEmpty {
            var table = TextTable(["pembinaan.column.deadline", "pembinaan.column.stage", "pembinaan.column.notice",
                                   "pembinaan.column.date", "pembinaan.column.endsAt", "pembinaan.column.state"].map { text($0) })
            for deadline in open {
                table.add([words.deadlineKind(deadline.kind), deadline.stage.rawValue, deadline.notice, deadline.date.description,
                           deadline.endsAt.iso8601(in: state.zone), words.standing(deadline.standing)])
            }
            lines += ["", text("pembinaan.text.openDeadlinesTitle"), table.render()]
        }
        if !state.keberatan.isEmpty {
            var table = TextTable(["pembinaan.column.keberatan", "pembinaan.column.notice", "pembinaan.column.filed",
                                   "pembinaan.column.window", "pembinaan.column.status", "pembinaan.column.decisionDue"].map { text($0) })
            for record in state.keberatan {
                table.add([record.stage.rawValue, record.notice, record.filedOn.description, record.deadline.description,
                           words.keberatan(record.status), record.decisionDueBy?.description ?? "-"])
            }
            lines += ["", table.render()]
        }
        if !standing.nextSteps.isEmpty {
            lines += [""] + [text("pembinaan.text.nextStepsTitle")] + standing.nextSteps.map { "  - " + words.nextStep($0) }
        }
        lines += standing.notes.map { text("pembinaan.text.note", ["note": words.note($0)]) }
        return lines.joined(separator: "\n")
    }

    private func actionsTable(_ state: CaseState) -> String {
        var table = TextTable(["pembinaan.column.stage", "pembinaan.column.notice", "pembinaan.column.imposed",
                               "pembinaan.column.received", "pembinaan.column.followUp", "pembinaan.column.revoked"].map { text($0) })
        for action in state.actions {
            let followUp = action.remedyAccepted ? text("pembinaan.text.remedyAccepted")
                : action.followUpFiledOn.map { text("pembinaan.text.followUpFiled", ["date": $0.description]) } ?? "-"
            table.add([action.stage.rawValue + (action.forSLABreach ? " (SLA)" : ""), action.notice.number,
                       action.imposedOn.description, action.receivedOn?.description ?? text("pembinaan.text.notRecorded"),
                       followUp, action.revokedStandards.joined(separator: ",")])
        }
        return table.render()
    }

    // MARK: - Every case

    /// One line per case: status, stage, overdue deadlines, pending keberatan.
    public func overview(_ standings: [CaseStanding]) -> String {
        guard !standings.isEmpty else { return text("pembinaan.text.noCases") }
        var table = TextTable(["pembinaan.column.case", "pembinaan.column.lpse", "pembinaan.column.status",
                               "pembinaan.column.stage", "pembinaan.column.overdue", "pembinaan.column.keberatan"].map { text($0) })
        for standing in standings {
            let state = standing.state
            let overdue = standing.overdueDeadlines.map { "\(words.deadlineKind($0.kind)) \($0.date)" }
            table.add([state.id, state.lpse, words.status(state.status), state.stage?.rawValue ?? "-",
                       overdue.isEmpty ? "-" : overdue.joined(separator: "; "),
                       state.pendingKeberatan != nil ? text("pembinaan.text.awaitingDecision") : "-"])
        }
        return table.render()
    }

    // MARK: - Timeline

    /// The timeline of case `id`: one row per event.
    public func timeline(_ entries: [CaseTimelineEntry], caseId id: String) -> String {
        var table = TextTable(["#", text("pembinaan.column.date"), text("pembinaan.column.at"), text("pembinaan.column.event"),
                               text("pembinaan.column.by"), text("pembinaan.column.notice"), text("pembinaan.column.stage"),
                               text("pembinaan.column.detail")])
        for entry in entries {
            let event = entry.event
            table.add(["\(entry.caseSequence ?? 0)", event.civilDate.description, event.at.iso8601(in: event.zone),
                       words.event(event.payload), "\(event.actor) (\(event.role.rawValue))", entry.notice?.number ?? "-",
                       entry.after?.stage?.rawValue ?? "-", words.explain(event.payload, after: entry.after)])
        }
        return text("pembinaan.text.timelineTitle", ["id": id]) + "\n" + table.render()
    }

    /// An event just recorded, then the case as it now stands.
    public func recorded(_ entry: CaseTimelineEntry, standing: CaseStanding?) -> String {
        let event = entry.event
        var lines = [
            text("pembinaan.text.recorded", ["seq": String(entry.sequence), "event": words.event(event.payload)])
                + (event.caseId.map { text("pembinaan.text.recordedCase", ["id": $0]) } ?? "")
                + text("pembinaan.text.recordedBy", ["date": event.civilDate.description, "zone": event.zone.rawValue,
                                                     "actor": event.actor, "role": event.role.rawValue]),
        ]
        let detail = words.explain(event.payload, after: entry.after)
        if !detail.isEmpty { lines.append("  " + detail) }
        if let standing { lines.append("\n" + status(standing)) }
        return lines.joined(separator: "\n")
    }

    // MARK: - Certificates

    /// The certificates on `date`, one row each, then the standards revoked and awaiting a
    /// penilaian ulang.
    public func certificates(_ certificates: [(Certificate, Certificate.Status)], revocations: [Revocation],
                             on date: CivilDate) -> String {
        let rows = PembinaanJSON.CertificateRow.rows(certificates, revocations: revocations, language: language)
        guard !rows.isEmpty else { return text("sertifikat.text.none") }
        var table = TextTable(["sertifikat.column.lpse", "sertifikat.column.standard", "sertifikat.column.status",
                               "sertifikat.column.issued", "sertifikat.column.validUntil", "sertifikat.column.decision"].map { text($0) })
        for row in rows {
            table.add([row.lpse, row.standar, words.certificate(Certificate.Status(rawValue: row.status) ?? .dicabut),
                       row.diterbitkan ?? "-", row.berlakuSampai ?? "-", row.keputusan])
        }
        var lines = [text("sertifikat.text.title", ["date": date.description]), table.render()]
        if !revocations.isEmpty {
            lines.append(text("sertifikat.text.awaitingReassessment", ["list": revocations.map {
                text("sertifikat.text.revocation", ["standard": $0.standard, "lpse": $0.lpse, "notice": $0.notice,
                                                    "case": $0.caseId, "date": $0.revokedOn.description])
            }.joined(separator: "; ")]))
        }
        return lines.joined(separator: "\n")
    }
}
