public import Catalog
import Core

/// Sets a penilaian faktual against a penilaian mandiri. Pure.
///
/// Per control, the relation compares the policy's points of the two statuses; per standard,
/// both determinations under the policy's model; the calibration counts the controls both sides
/// scored; overrides and findings come from the faktual file.
public struct Comparator: Sendable {
    public let catalog: StandardsCatalog
    public let policy: ScoringPolicy

    /// Creates a comparator.
    public init(catalog: StandardsCatalog, policy: ScoringPolicy) {
        self.catalog = catalog
        self.policy = policy
    }

    /// Compares the two files.
    public func compare(mandiri: AnswerFile, faktual: AnswerFile) -> Comparison {
        let mine = mandiri.statuses
        let theirs = faktual.statuses
        var controls: [ControlComparison] = []
        for standard in catalog.standards {
            for control in standard.controls {
                controls.append(compare(control.id, standard: standard.id, mine[control.id], theirs[control.id]))
            }
        }
        let scorer = Scorer(catalog: catalog, policy: policy)
        let decimals = policy.percentDecimals
        let standards = zip(scorer.score(mine).standards, scorer.score(theirs).standards).map { own, assessor in
            let ownPercent = own.percent(policy)
            let assessorPercent = assessor.percent(policy)
            return StandardComparison(standardId: own.standardId, mandiri: own, faktual: assessor,
                                      mandiriPercent: ownPercent, faktualPercent: assessorPercent,
                                      percentDifference: Self.percentDifference(assessor, own, decimals: decimals))
        }
        let order = Dictionary(uniqueKeysWithValues: faktual.findings.enumerated().map { ($1.id, $0) })
        let findings = faktual.findings.sorted { ($0.severity, order[$0.id]!) < ($1.severity, order[$1.id]!) }
        return Comparison(lpse: mandiri.lpse, mandiriDate: mandiri.date, faktualDate: faktual.date,
                          controls: controls, standards: standards, calibration: Self.calibrate(controls),
                          overrides: faktual.overrides.map { OverrideRecord(controlId: $0.controlId, override: $0.override) },
                          findings: findings)
    }

    /// The relation of two statuses of one control.
    public func compare(_ controlId: String, standard: String, _ mandiri: ControlStatus?, _ faktual: ControlStatus?) -> ControlComparison {
        var comparison = ControlComparison(controlId: controlId, standardId: standard, mandiri: mandiri, faktual: faktual,
                                           relation: .tidakDinilai, difference: nil)
        guard let mandiri, let faktual else { return comparison }
        if mandiri == faktual {
            comparison.relation = .sama
            comparison.difference = policy.value(of: mandiri).points == nil ? nil : 0
            return comparison
        }
        guard let own = policy.value(of: mandiri).points, let assessor = policy.value(of: faktual).points else {
            return comparison
        }
        comparison.difference = (own - assessor).doubleValue
        comparison.relation = assessor < own ? .asesorLebihRendah : (own < assessor ? .asesorLebihTinggi : .sama)
        return comparison
    }

    static func calibrate(_ controls: [ControlComparison]) -> Calibration {
        let compared = controls.filter { $0.difference != nil }
        let higher = compared.filter { $0.relation == .asesorLebihRendah }.count
        let lower = compared.filter { $0.relation == .asesorLebihTinggi }.count
        let total = compared.reduce(0.0) { $0 + ($1.difference ?? 0) }
        return Calibration(compared: compared.count, lpseHigher: higher, lpseLower: lower,
                           same: compared.count - higher - lower,
                           shareLpseHigher: compared.isEmpty ? nil : Double(higher) / Double(compared.count),
                           meanDifference: compared.isEmpty ? nil : total / Double(compared.count))
    }

    /// Faktual minus mandiri percentage, computed exactly then rounded to the nearest like the percentages.
    static func percentDifference(_ faktual: StandardScore, _ mandiri: StandardScore, decimals: Int) -> Double? {
        guard let after = faktual.percent(decimals: 4), let before = mandiri.percent(decimals: 4) else { return nil }
        return PercentRule.percent(after - before, decimals: decimals)
    }
}
