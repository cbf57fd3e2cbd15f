/// The files of the latest seal that changed or disappeared since.
public struct SealVerification: Sendable, Hashable {
    /// The seal compared with.
    public var seal: SealSnapshot
    /// In path order.
    public var deviations: [SealDeviation]

    public init(seal: SealSnapshot, deviations: [SealDeviation]) {
        self.seal = seal
        self.deviations = deviations
    }

    /// Whether every sealed file is unchanged.
    public var intact: Bool { deviations.isEmpty }
}
