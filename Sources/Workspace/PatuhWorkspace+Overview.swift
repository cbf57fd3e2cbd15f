import Assessment
public import EvidenceRegistry

/// The workspace at a glance: the CI gate's answer and the penilaian mandiri scored against the
/// same evidence. Nothing is stored (looking is not assessing; `nilai` records a result).
public struct Overview: Sendable {
    public var gate: GateCheck
    public var scored: ScoredAnswers
}

extension PatuhWorkspace {
    /// The gate on every standard and the mandiri in `file` scored against the evidence as it
    /// stands now, each rule's message worded by `message`.
    public func overview(_ file: String = "Evidence/penilaian-mandiri.xml", scan options: ScanOptions = ScanOptions(),
                         message: (RuleFinding) -> String? = { _ in nil }) throws(WorkspaceError) -> Overview {
        let gate = try check(scan: options)
        let scored = try score(file, expecting: .mandiri, evidence: gate.evidence.facts(message: message))
        return Overview(gate: gate, scored: scored)
    }
}
