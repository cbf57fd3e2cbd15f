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
