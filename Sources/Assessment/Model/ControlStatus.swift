/// The result of assessing one control, in the words of the standard.
///
/// The order of the cases is the order of merit, from best to worst; ``tidakBerlaku`` stands
/// apart (the control does not apply, so it is neither met nor failed).
public enum ControlStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Memenuhi: the control is met.
    case memenuhi
    /// Memenuhi sebagian: the control is partly met.
    case sebagian
    /// Tidak memenuhi: the control is not met.
    case tidak
    /// Tidak berlaku: the control does not apply to this LPSE (e.g. an [infra] control for an
    /// LPSE without its own servers); always with a justification.
    case tidakBerlaku = "tidak-berlaku"
}

/// Penilaian mandiri (the LPSE's self-assessment) or penilaian faktual (LKPP's assessment on
/// the facts). The two are always kept as separate answer sets.
public enum AssessmentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Penilaian mandiri: the LPSE assesses itself.
    case mandiri
    /// Penilaian faktual: LKPP's assessors assess the same controls on documents, records and visits.
    case faktual
}
