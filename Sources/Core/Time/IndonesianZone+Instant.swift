extension IndonesianZone {
    /// The civil date in this zone at `instant`.
    public func civilDate(of instant: Instant) -> CivilDate {
        CivilDate(dayNumber: instant.split(offset: offsetSeconds).day)
    }

    /// The first second of `date` in this zone.
    public func startOfDay(_ date: CivilDate) -> Instant {
        Instant(secondsSinceEpoch: Int64(date.dayNumber) * 86_400 - offsetSeconds)
    }

    /// The last second of `date` in this zone (`23:59:59`): when a period ending that day ends.
    public func endOfDay(_ date: CivilDate) -> Instant {
        Instant(secondsSinceEpoch: startOfDay(date).secondsSinceEpoch + 86_399)
    }
}
