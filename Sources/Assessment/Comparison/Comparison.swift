/// How the assessor's status for a control stands to the LPSE's.
public enum Relation: String, Sendable, Hashable, Codable, CaseIterable {
    /// Both gave the same status (or statuses worth the same points).
    case sama
    /// The assessor rated the control lower than the LPSE did.
    case asesorLebihRendah = "asesor-lebih-rendah"
    /// The assessor rated the control higher than the LPSE did.
    case asesorLebihTinggi = "asesor-lebih-tinggi"
    /// One side did not assess the control, or only one side found it not applicable, so the
    /// two cannot be ranked.
    case tidakDinilai = "tidak-dinilai"
}

/// One control seen by both sides.
public struct ControlComparison: Sendable, Hashable, Codable {
    public var controlId: String
    public var standardId: String
    /// `nil`: the mandiri file does not assess the control.
    public var mandiri: ControlStatus?
    /// `nil`: the faktual file does not assess the control.
    public var faktual: ControlStatus?
    public var relation: Relation
    /// Mandiri points minus faktual points (policy values), when both are scored.
    public var difference: Double?
}

/// One standard seen by both sides.
public struct StandardComparison: Sendable, Hashable, Codable {
    public var standardId: String
    public var mandiri: StandardScore
    public var faktual: StandardScore
    public var mandiriPercent: Double?
    public var faktualPercent: Double?
    /// Faktual percent minus mandiri percent, in percentage points.
    public var percentDifference: Double?
}

/// How well the LPSE's self-assessment matches the assessor's.
public struct Calibration: Sendable, Hashable, Codable {
    /// Controls both sides scored.
    public var compared: Int
    /// Of those, rated higher by the LPSE than by the assessor.
    public var lpseHigher: Int
    /// Rated lower by the LPSE than by the assessor.
    public var lpseLower: Int
    /// Rated the same.
    public var same: Int
    /// `lpseHigher / compared`; `nil` when nothing was compared.
    public var shareLpseHigher: Double?
    /// Mean of (mandiri points − faktual points) over the compared controls: positive when the
    /// LPSE rates itself higher. `nil` when nothing was compared.
    public var meanDifference: Double?
}

/// An override, with its control.
public struct OverrideRecord: Sendable, Hashable, Codable {
    public var controlId: String
    public var override: Override

    /// Creates a record.
    public init(controlId: String, override: Override) {
        self.controlId = controlId
        self.override = override
    }
}

/// A penilaian mandiri set against a penilaian faktual of the same LPSE.
public struct Comparison: Sendable, Hashable, Codable {
    public var lpse: LPSEIdentity
    public var mandiriDate: String
    public var faktualDate: String
    public var controls: [ControlComparison]
    public var standards: [StandardComparison]
    public var calibration: Calibration
    public var overrides: [OverrideRecord]
    /// Every finding of the faktual file, mayor first, then in file order.
    public var findings: [Temuan]
    /// Terpenuhi counts: mandiri, faktual.
    public var terpenuhi: (mandiri: Int, faktual: Int) {
        (standards.filter(\.mandiri.terpenuhi).count, standards.filter(\.faktual.terpenuhi).count)
    }

    enum CodingKeys: String, CodingKey {
        case lpse, mandiriDate, faktualDate, controls, standards, calibration, overrides, findings
    }
}
