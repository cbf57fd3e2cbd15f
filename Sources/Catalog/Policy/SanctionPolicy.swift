/// LKPP's policy for tindakan pembinaan, as `Standards/pembinaan.xml` states it: the ladder's
/// stages in order with their follow-up periods, the keberatan window, LKPP's decision period,
/// certificate validity and the surveillance interval.
///
/// Every number here comes from the file; none is a constant in code. Conventions and cuti
/// bersama settings are kept as the file spells them (`A`/`B`/`C`, `libur`/`kerja`); Pembinaan
/// turns them into its calendar types.
///
/// ## Topics
/// - ``stage(_:)``
public struct SanctionPolicy: Sendable, Hashable, Codable {
    /// One stage of the ladder.
    public struct Stage: Sendable, Hashable, Codable {
        /// `rekomendasi`, `teguran`, `pencabutan` or `penghentian`.
        public var name: String
        /// The stage's title, e.g. `Saran/rekomendasi perbaikan`.
        public var title: String
        /// The follow-up period in hari kerja from receipt of the notice; `nil` for penghentian.
        public var followUpWorkingDays: Int?
        public var source: SourceLocation

        public init(name: String, title: String, followUpWorkingDays: Int?, source: SourceLocation = .unknown) {
            self.name = name
            self.title = title
            self.followUpWorkingDays = followUpWorkingDays
            self.source = source
        }
    }

    /// How a period is counted: the convention (`A`, `B`, `C`) and cuti bersama (`libur`, `kerja`).
    public struct Counting: Sendable, Hashable, Codable {
        public var convention: String
        public var cutiBersama: String

        public init(convention: String, cutiBersama: String) {
            self.convention = convention
            self.cutiBersama = cutiBersama
        }
    }

    /// A period of hari kerja and how it is counted.
    public struct Period: Sendable, Hashable, Codable {
        public var workingDays: Int
        public var counting: Counting

        public init(workingDays: Int, counting: Counting) {
            self.workingDays = workingDays
            self.counting = counting
        }
    }

    /// The policy version (cases record it).
    public var version: String
    /// The regulations the policy rests on.
    public var basis: [String]
    /// The ladder, lightest first.
    public var stages: [Stage]
    /// How follow-up periods are counted.
    public var followUpCounting: Counting
    /// The keberatan window: N hari kerja after the notice is received.
    public var keberatan: Period
    /// LKPP's service target for deciding a keberatan (informational).
    public var keberatanDecision: Period
    /// How many years a certificate is valid.
    public var certificateValidityYears: Int
    /// How many months between surveillance visits of a certified LPSE.
    public var surveillanceIntervalMonths: Int
    /// The file the policy was read from.
    public var file: String

    public init(version: String, basis: [String], stages: [Stage], followUpCounting: Counting, keberatan: Period,
                keberatanDecision: Period, certificateValidityYears: Int, surveillanceIntervalMonths: Int, file: String = "") {
        self.version = version
        self.basis = basis
        self.stages = stages
        self.followUpCounting = followUpCounting
        self.keberatan = keberatan
        self.keberatanDecision = keberatanDecision
        self.certificateValidityYears = certificateValidityYears
        self.surveillanceIntervalMonths = surveillanceIntervalMonths
        self.file = file
    }

    /// The stage with this name.
    public func stage(_ name: String) -> Stage? {
        stages.first { $0.name == name }
    }
}
