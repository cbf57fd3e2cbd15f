import Core

/// What kind of document a source is (`Standards/sumber.xml`).
public enum SourceKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A legal instrument in force or once in force.
    case regulasi
    /// An LPSE's or LKPP's own practice document, SOP or application.
    case praktik
    /// A press report, cited only for facts.
    case berita
    /// An explanatory or academic text.
    case rujukan
}

/// A document the catalog cites (sumber), with its full citation.
///
/// A ``Basis`` names it by ``id``; `patuh standar validate` checks that every id resolves and
/// `patuh standar show` prints ``citation`` in full.
public struct Source: Sendable, Hashable, Codable, Identifiable {
    /// A stable id, e.g. `perbup-tubaba-46-2018`.
    public var id: String
    public var kind: SourceKind
    /// The full citation, as an assessor writes it in a finding.
    public var citation: String
    /// A short name for lists.
    public var short: String
    /// What the source covers, if stated.
    public var about: LocalizedText?
    public var location: SourceLocation

    public init(id: String, kind: SourceKind, citation: String, short: String, about: LocalizedText? = nil,
                location: SourceLocation = .unknown) {
        self.id = id
        self.kind = kind
        self.citation = citation
        self.short = short
        self.about = about
        self.location = location
    }
}
