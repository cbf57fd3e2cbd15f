public import Core

extension Refusal {
    /// The refusal in a sentence in `language`, from the message catalog.
    public func message(_ language: Language) -> String {
        let words = Messages(language)
        switch reason {
        case .wrongRole(let event, let required, let given):
            return words.text("pembinaan.refusal.wrongRole", ["event": event, "required": required.rawValue, "given": given.rawValue])
        case .unknownCase(let id): return words.text("pembinaan.refusal.unknownCase", ["id": id])
        case .caseExists(let id): return words.text("pembinaan.refusal.caseExists", ["id": id])
        case .caseClosed(let status): return words.text("pembinaan.refusal.caseClosed", ["status": status.rawValue])
        case .notOneStep(let from, let to):
            return words.text("pembinaan.refusal.notOneStep", [
                "from": from.rawValue, "to": to.rawValue,
                "next": from.next?.rawValue ?? words.text("pembinaan.refusal.noNextStage"),
            ])
        case .atPenghentian(let event): return words.text("pembinaan.refusal.atPenghentian", ["event": event])
        case .notAtPenghentian(let stage): return words.text("pembinaan.refusal.notAtPenghentian", ["stage": stage.rawValue])
        case .receiptNotRecorded(let stage, let notice):
            return words.text("pembinaan.refusal.receiptNotRecorded", ["stage": stage.rawValue, "notice": notice])
        case .receiptAlreadyRecorded(let date):
            return words.text("pembinaan.refusal.receiptAlreadyRecorded", ["date": date.description])
        case .receiptDateImpossible(let date, let why):
            return words.text("pembinaan.refusal.receiptDateImpossible", ["date": date.description, "reason": why.message(language)])
        case .noticeDateImpossible(let notice, let date, let recordedOn, let sentBeforeIssued):
            return words.text(sentBeforeIssued ? "pembinaan.refusal.noticeSentBeforeIssued" : "pembinaan.refusal.noticeAfterRecording",
                              ["notice": notice, "date": date.description, "recorded": recordedOn.description])
        case .deadlineNotPassed(let stage, let deadline, let endsAt, let zone):
            return words.text("pembinaan.refusal.deadlineNotPassed", [
                "stage": stage.rawValue, "deadline": deadline.description, "endsAt": endsAt.iso8601(in: zone),
                "from": deadline.adding(days: 1).description,
            ])
        case .keberatanPending(let stage, let filedOn):
            return words.text("pembinaan.refusal.keberatanPending", ["stage": stage.rawValue, "date": filedOn.description])
        case .keberatanAlreadyFiled(let stage, let filedOn):
            return words.text("pembinaan.refusal.keberatanAlreadyFiled", ["stage": stage.rawValue, "date": filedOn.description])
        case .noPendingKeberatan: return words.text("pembinaan.refusal.noPendingKeberatan")
        case .notLighter(let from, let to):
            return words.text("pembinaan.refusal.notLighter", ["from": from.rawValue, "to": to.rawValue])
        case .noFollowUp(let stage): return words.text("pembinaan.refusal.noFollowUp", ["stage": stage.rawValue])
        case .remedyAccepted: return words.text("pembinaan.refusal.remedyAccepted")
        case .followUpUnverified(let stage, let filedOn):
            return words.text("pembinaan.refusal.followUpUnverified", ["stage": stage.rawValue, "date": filedOn.description])
        case .underPenghentian(let caseId): return words.text("pembinaan.refusal.underPenghentian", ["case": caseId])
        case .pencabutanOpen(let caseId, let standard):
            return words.text("pembinaan.refusal.pencabutanOpen", ["case": caseId, "standard": standard])
        case .noRecordedFaktual(let standards, let after):
            let list = standards.joined(separator: ", ")
            guard let after else { return words.text("pembinaan.refusal.noRecordedFaktual", ["standards": list]) }
            return words.text("pembinaan.refusal.noRecordedFaktualAfter", ["standards": list, "date": after.description])
        case .faktualOfAnotherLPSE(let faktual, let lpse):
            return words.text("pembinaan.refusal.faktualOfAnotherLPSE", ["faktual": faktual, "lpse": lpse])
        case .faktualAfterEvent(let faktualDate, let eventDate):
            return words.text("pembinaan.refusal.faktualAfterEvent", ["faktual": faktualDate.description,
                                                                      "event": eventDate.description])
        case .standardNotTerpenuhi(let standard, let faktualDate):
            return words.text("pembinaan.refusal.standardNotTerpenuhi", ["standard": standard, "faktual": faktualDate.description])
        case .penilaianUlangBeforeRevocation(let standard, let revokedOn, let notice, let faktualDate):
            return words.text("pembinaan.refusal.penilaianUlangBeforeRevocation", [
                "standard": standard, "date": revokedOn.description, "faktual": faktualDate.description,
                "notice": notice.map { words.text("pembinaan.refusal.revokingNotice", ["notice": $0]) } ?? "",
            ])
        case .noCaseId: return words.text("pembinaan.refusal.noCaseId")
        case .noFindings: return words.text("pembinaan.refusal.noFindings")
        case .noBasis: return words.text("pembinaan.refusal.noBasis")
        case .noStandards: return words.text("pembinaan.refusal.noStandards")
        case .notAStandard(let text): return words.text("pembinaan.refusal.notAStandard", ["text": text])
        case .noDecisionNumber: return words.text("pembinaan.refusal.noDecisionNumber")
        case .missing(let what): return what
        case .calendar(let error): return error.message(language)
        }
    }
}
