/// How the day of receipt is treated when counting a period of N hari kerja (see `hari-kerja.md`).
public enum DeadlineConvention: String, Sendable, Hashable, Codable, CaseIterable {
    /// The default. The day of receipt is day 0 and is not counted (HIR art. 391, RBg art. 719);
    /// from the next day only working days count, and the deadline is the N-th of them. A notice
    /// received on a non-working day: counting starts at the first working day after it.
    case a = "A"
    /// A notice received on a non-working day is deemed received on the next working day, which
    /// is then day 0; otherwise as ``a``. Used only where a rule says so.
    case b = "B"
    /// The day of receipt counts as day 1 when it is a working day (the earliest, most defensive
    /// date to show the LPSE). A receipt on a non-working day gives the same date as ``a``.
    case c = "C"

    /// Finds a convention by its letter, ignoring case.
    public init?(letter: String) {
        self.init(rawValue: letter.uppercased())
    }
}
