/// A path relative to the workspace root (`Evidence/S03-aset/S03.2/register-aset_2026-06-30.xlsx`).
///
/// Equality, hashing and ordering use the exact UTF-8 bytes, not Swift's canonical
/// equivalence: on Linux `café.pdf` in NFC and in NFD are two different files, and the
/// registry must keep them apart.
public struct EvidencePath: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// The path as text, `/`-separated.
    public let string: String

    public init(_ string: String) {
        self.string = string
    }

    /// The path's components.
    public var components: [Substring] {
        string.split(separator: "/", omittingEmptySubsequences: false)
    }

    /// The last component: the file name.
    public var name: String {
        components.last.map(String.init) ?? string
    }

    /// The path of the folder holding this file (empty at the root).
    public var folder: String {
        let parts = components
        return parts.dropLast().joined(separator: "/")
    }

    public static func == (lhs: EvidencePath, rhs: EvidencePath) -> Bool {
        lhs.string.utf8.count == rhs.string.utf8.count && lhs.string.utf8.elementsEqual(rhs.string.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func < (lhs: EvidencePath, rhs: EvidencePath) -> Bool {
        lhs.string.utf8.lexicographicallyPrecedes(rhs.string.utf8)
    }

    public var description: String { string }

    public init(from decoder: any Decoder) throws {
        string = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(string)
    }
}
