public import Catalog
public import Core

/// The policy and calendars a case is judged by: the periods from `Standards/pembinaan.xml`,
/// counted on the holiday calendar with each period's own settings.
public struct CaseRules: Sendable, Hashable {
    public var policy: SanctionPolicy
    /// Counts follow-up periods.
    public var followUpCalendar: WorkingCalendar
    public var followUpConvention: DeadlineConvention
    /// Counts the keberatan window.
    public var keberatanCalendar: WorkingCalendar
    public var keberatanConvention: DeadlineConvention
    /// Counts LKPP's decision period.
    public var decisionCalendar: WorkingCalendar
    public var decisionConvention: DeadlineConvention

    /// Rules from a loaded policy and holiday calendar.
    /// - Throws: ``PembinaanError/Code/policy`` when a stage or setting is unknown.
    public init(policy: SanctionPolicy, holidays: HolidayCalendar) throws(PembinaanError) {
        guard policy.stages.map(\.name) == SanctionStage.allCases.map(\.rawValue) else {
            throw PembinaanError(code: .policy, detail: .ladder(file: policy.file))
        }
        self.policy = policy
        (followUpCalendar, followUpConvention) = try CaseRules.counting(policy.followUpCounting, holidays, policy.file)
        (keberatanCalendar, keberatanConvention) = try CaseRules.counting(policy.keberatan.counting, holidays, policy.file)
        (decisionCalendar, decisionConvention) = try CaseRules.counting(policy.keberatanDecision.counting, holidays, policy.file)
    }

    /// The follow-up period of `stage` in hari kerja; `nil` for penghentian.
    public func followUpDays(_ stage: SanctionStage) -> Int? {
        policy.stage(stage.rawValue)?.followUpWorkingDays
    }

    /// The follow-up deadline of `stage` for a notice received on `receipt`.
    public func followUpDeadline(_ stage: SanctionStage, receipt: CivilDate) throws(PembinaanError) -> Deadline? {
        guard let days = followUpDays(stage) else { return nil }
        return try followUpCalendar.deadline(receivedOn: receipt, workingDays: days, convention: followUpConvention)
    }

    /// The last day to file a keberatan against a notice received on `receipt`.
    public func keberatanDeadline(receipt: CivilDate) throws(PembinaanError) -> Deadline {
        try keberatanCalendar.deadline(receivedOn: receipt, workingDays: policy.keberatan.workingDays,
                                       convention: keberatanConvention)
    }

    /// LKPP's target date for deciding a keberatan filed on `filed`.
    public func decisionDeadline(filed: CivilDate) throws(PembinaanError) -> Deadline {
        try decisionCalendar.deadline(receivedOn: filed, workingDays: policy.keberatanDecision.workingDays,
                                      convention: decisionConvention)
    }

    private static func counting(_ counting: SanctionPolicy.Counting, _ holidays: HolidayCalendar,
                                 _ file: String) throws(PembinaanError) -> (WorkingCalendar, DeadlineConvention) {
        guard let convention = DeadlineConvention(letter: counting.convention),
              let cuti = CutiBersamaRule(rawValue: counting.cutiBersama) else {
            throw PembinaanError(code: .policy, detail: .unknownCounting(file: file, convention: counting.convention,
                                                                         cutiBersama: counting.cutiBersama))
        }
        return (try WorkingCalendar(holidays: holidays, cutiBersama: cuti), convention)
    }
}
