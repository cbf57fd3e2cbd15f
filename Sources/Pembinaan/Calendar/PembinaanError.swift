public import Catalog
public import Core

/// The error type of ``Pembinaan`` for input that cannot be used: a date the holiday calendar
/// does not cover, an instant that cannot be read, an argument out of range.
///
/// A guard refusing a case event is not an input error; it is a ``Refusal``.
public struct PembinaanError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Stable codes; new ones may be added.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        /// A date lies in a year no holiday calendar file covers.
        public static let notCovered = Code(name: "notCovered")
        /// A value is out of its range (a negative number of days, an empty working week...).
        public static let invalidArgument = Code(name: "invalidArgument")
        /// A text is not an ISO 8601 instant or date.
        public static let unreadableTime = Code(name: "unreadableTime")
        /// The policy under `Standards/` does not allow what was asked.
        public static let policy = Code(name: "policy")

        public var description: String { name }
    }

    public var code: Code
    /// What is wrong and what to do, in one or two sentences.
    public var message: String
    /// The date concerned, when there is one.
    public var date: CivilDate?

    public init(code: Code, message: String, date: CivilDate? = nil) {
        self.code = code
        self.message = message
        self.date = date
    }

    public var description: String { message }
}

