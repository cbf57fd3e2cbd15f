import Catalog
public import Core

extension WorkingCalendar {
    /// The deadline of `workingDays` hari kerja after a notice received on `receipt`, with the
    /// day-by-day trace from the receipt to the deadline (see ``DeadlineConvention``).
    ///
    /// The deadline is always a working day; it ends at the end of that day in the receiving
    /// office's zone (``Deadline/endsAt(in:)``).
    /// - Throws: ``PembinaanError/Code/invalidArgument`` when `workingDays` is below 1;
    ///   ``PembinaanError/Code/notCovered`` when the receipt or any day up to the deadline lies in
    ///   a year the holiday calendar does not cover.
    public func deadline(receivedOn receipt: CivilDate, workingDays: Int,
                         convention: DeadlineConvention = .a) throws(PembinaanError) -> Deadline {
        guard workingDays >= 1 else {
            throw PembinaanError(code: .invalidArgument, detail: .periodTooShort(workingDays))
        }
        do {
            return try count(from: receipt, workingDays: workingDays, convention: convention)
        } catch where error.code == .notCovered && error.date != receipt {
            throw PembinaanError(code: .notCovered,
                                 detail: .runsPastCalendar(workingDays: workingDays, receipt: receipt,
                                                           coverage: holidays.coverageDescription, inner: error.detail),
                                 date: error.date)
        }
    }

    /// The deadline for a notice received at `instant`, counted from its civil date in `zone`.
    public func deadline(receivedAt instant: Instant, in zone: IndonesianZone, workingDays: Int,
                         convention: DeadlineConvention = .a) throws(PembinaanError) -> Deadline {
        try deadline(receivedOn: zone.civilDate(of: instant), workingDays: workingDays, convention: convention)
    }

    private func count(from receipt: CivilDate, workingDays target: Int,
                       convention: DeadlineConvention) throws(PembinaanError) -> Deadline {
        let receiptStatus = try status(of: receipt)
        var trace: [Deadline.Step] = []
        var counted = 0
        if convention == .c && receiptStatus.isWorkingDay {
            counted = 1
            trace.append(Deadline.Step(status: receiptStatus, role: .counted(1)))
        } else {
            trace.append(Deadline.Step(status: receiptStatus, role: .receipt))
        }
        var day = receipt
        if convention == .b && !receiptStatus.isWorkingDay {
            while true {
                day = day.adding(days: 1)
                let next = try status(of: day)
                guard !next.isWorkingDay else {
                    trace.append(Deadline.Step(status: next, role: .deemedReceipt))
                    break
                }
                trace.append(Deadline.Step(status: next, role: .skipped))
            }
        }
        while counted < target {
            day = day.adding(days: 1)
            let next = try status(of: day)
            if next.isWorkingDay {
                counted += 1
                trace.append(Deadline.Step(status: next, role: .counted(counted)))
            } else {
                trace.append(Deadline.Step(status: next, role: .skipped))
            }
        }
        return Deadline(receipt: receipt, workingDays: target, convention: convention, cutiBersama: cutiBersama,
                        date: day, trace: trace, calendarVersion: try calendarVersion(from: receipt, through: day))
    }
}

/// A computed deadline of N hari kerja: the date, how it was counted, and the calendar version used.
///
/// The trace runs from the day of receipt to the deadline, one ``Step`` per date, so every
/// deadline can be explained day by day.
public struct Deadline: Sendable, Hashable, Codable {
    /// What one date of the trace was to the count.
    public enum Role: Sendable, Hashable, Codable {
        /// The day the notice was received: day 0, not counted.
        case receipt
        /// Convention B: the first working day after a receipt on a non-working day, deemed the
        /// day of receipt (day 0, not counted).
        case deemedReceipt
        /// The n-th working day counted (under convention C the receipt itself can be day 1).
        case counted(Int)
        /// A non-working day passed over.
        case skipped
    }

    /// One date of the trace.
    public struct Step: Sendable, Hashable, Codable {
        public var status: DayStatus
        public var role: Role

        public init(status: DayStatus, role: Role) {
            self.status = status
            self.role = role
        }
    }

    /// The date the notice was received, in the receiving office's zone.
    public var receipt: CivilDate
    /// N, the length of the period in hari kerja.
    public var workingDays: Int
    public var convention: DeadlineConvention
    public var cutiBersama: CutiBersamaRule
    /// The deadline: the last day the act is on time.
    public var date: CivilDate
    public var trace: [Step]
    /// The data versions of the calendar files used, e.g. `2025.1`.
    public var calendarVersion: String

    /// The non-working days passed over after the receipt, in order, with their reasons.
    public var skipped: [DayStatus] {
        trace.filter { $0.role == .skipped }.map(\.status)
    }

    /// The last second of the deadline day in `zone`.
    public func endsAt(in zone: IndonesianZone) -> Instant {
        zone.endOfDay(date)
    }

    /// Whether an act on `date` (civil date in the receiving office's zone) is on time.
    public func isOnTime(_ date: CivilDate) -> Bool {
        date <= self.date
    }
}
