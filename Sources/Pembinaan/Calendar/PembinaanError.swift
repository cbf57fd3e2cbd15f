import Catalog
public import Core

/// The error type of ``Pembinaan`` for input that cannot be used: a date the holiday calendar
/// does not cover, an argument out of range, a policy the case rules cannot use.
///
/// A guard refusing a case event is not an input error; it is a ``Refusal``.
public struct PembinaanError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable codes; new ones may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        /// A date lies in a year no holiday calendar file covers.
        public static let notCovered = Code(name: "notCovered")
        /// A value is out of its range (a negative number of days, an empty working week...).
        public static let invalidArgument = Code(name: "invalidArgument")
        /// A text is not an ISO 8601 instant or date.
        public static let unreadableTime = Code(name: "unreadableTime")
        /// The policy under `Standards/` does not allow what was asked.
        public static let policy = Code(name: "policy")

        public var description: String { name }
    }

    /// What exactly went wrong, with the values a message needs.
    public indirect enum Detail: Sendable, Hashable {
        /// No calendar file covers `year`; `date` is the date asked about (`nil`: the whole year).
        case notCovered(year: Int, date: CivilDate?, folder: String, coverage: String)
        /// A period counted from `receipt` runs into a year the calendar does not cover.
        case runsPastCalendar(workingDays: Int, receipt: CivilDate, coverage: String, inner: Detail)
        /// A period of fewer than 1 hari kerja.
        case periodTooShort(Int)
        /// A working week without a working day.
        case emptyWorkingWeek
        /// The policy's ladder is not rekomendasi → teguran → pencabutan → penghentian.
        case ladder(file: String)
        /// The policy names an unknown counting convention or cuti bersama rule.
        case unknownCounting(file: String, convention: String, cutiBersama: String)
        /// Any other problem, in English words.
        case other(String)
    }

    public var code: Code
    public var detail: Detail
    /// The date concerned, when there is one.
    public var date: CivilDate?

    public init(code: Code, detail: Detail, date: CivilDate? = nil) {
        self.code = code
        self.detail = detail
        self.date = date
    }

    /// An error described in English words only.
    public init(code: Code, message: String, date: CivilDate? = nil) {
        self.init(code: code, detail: .other(message), date: date)
    }

    /// What is wrong and what to do, in English.
    public var message: String { message(.en) }

    public var description: String { message }

    /// What is wrong and what to do, in `language`, from the message catalog.
    public func message(_ language: Language) -> String {
        PembinaanError.text(detail, Messages(language))
    }

    private static func text(_ detail: Detail, _ words: Messages) -> String {
        switch detail {
        case .notCovered(let year, let date, let folder, let coverage):
            let subject = date.map { words.text("harikerja.subject.date", ["date": $0.description]) }
                ?? words.text("harikerja.subject.year", ["year": String(year)])
            let where_ = folder.isEmpty ? words.text("harikerja.calendar.unnamed") : folder
            return words.text("harikerja.error.notCovered", ["year": String(year), "subject": subject,
                                                             "folder": where_, "coverage": coverage])
        case .runsPastCalendar(let days, let receipt, let coverage, let inner):
            return words.text("harikerja.error.runsPast", [
                "days": String(days), "receipt": receipt.description, "coverage": coverage,
                "date": innerDate(inner), "detail": text(inner, words),
            ])
        case .periodTooShort(let days): return words.text("harikerja.error.periodTooShort", ["days": String(days)])
        case .emptyWorkingWeek: return words.text("harikerja.error.emptyWeek")
        case .ladder(let file):
            return words.text("pembinaan.policy.ladder", ["file": file,
                                                          "ladder": SanctionStage.allCases.map(\.rawValue).joined(separator: " → ")])
        case .unknownCounting(let file, let convention, let cuti):
            return words.text("pembinaan.policy.counting", ["file": file, "convention": convention, "cuti": cuti])
        case .other(let text): return text
        }
    }

    private static func innerDate(_ detail: Detail) -> String {
        if case .notCovered(let year, let date, _, _) = detail { return date?.description ?? String(year) }
        return "?"
    }
}
