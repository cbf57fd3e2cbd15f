public import Catalog

extension IndonesianZone {
    /// The civil date in this zone at `instant`.
    public func civilDate(of instant: Instant) -> CivilDate {
        let local = instant.secondsSinceEpoch + offsetSeconds
        let days = local >= 0 ? local / 86_400 : -((-local + 86_399) / 86_400)
        return CivilDate(dayNumber: Int(days))
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
