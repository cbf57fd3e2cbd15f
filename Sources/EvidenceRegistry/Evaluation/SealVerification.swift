/// The files of the seal in force that changed or disappeared since, and the files added since.
public struct SealVerification: Sendable, Hashable {
    /// The seal compared with.
    public var seal: SealSnapshot
    /// In path order.
    public var deviations: [SealDeviation]
    /// Files the seal does not hold (new since): reported, never a failure. In path order.
    public var added: [EvidencePath]
    /// Where the seal comes from, and whether the database and the seal files disagree.
    public var source: SealSource?
    public var disagreement: SealDisagreement?

    public init(seal: SealSnapshot, deviations: [SealDeviation], added: [EvidencePath] = [],
                source: SealSource? = nil, disagreement: SealDisagreement? = nil) {
        self.seal = seal
        self.deviations = deviations
        self.added = added
        self.source = source
        self.disagreement = disagreement
    }

    /// Whether every sealed file is unchanged.
    public var intact: Bool { deviations.isEmpty }
}
