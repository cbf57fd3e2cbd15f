#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        guard let slash = string.utf8.lastIndex(of: UInt8(ascii: "/")) else { return string }
        return String(string[string.utf8.index(after: slash)...])
    }

    /// The path of the folder holding this file (empty at the root).
    public var folder: String {
        guard let slash = string.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(string[..<slash])
    }

    /// Compares the UTF-8 bytes: negative, zero or positive as `memcmp`.
    static func compareBytes(_ lhs: String, _ rhs: String) -> Int {
        var left = lhs, right = rhs
        return left.withUTF8 { a in
            right.withUTF8 { b in
                let common = min(a.count, b.count)
                if common > 0, let pa = a.baseAddress, let pb = b.baseAddress {
                    let order = memcmp(pa, pb, common)
                    if order != 0 { return Int(order) }
                }
                return a.count - b.count
            }
        }
    }

    public static func == (lhs: EvidencePath, rhs: EvidencePath) -> Bool {
        lhs.string.utf8.count == rhs.string.utf8.count && compareBytes(lhs.string, rhs.string) == 0
    }

    public func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func < (lhs: EvidencePath, rhs: EvidencePath) -> Bool {
        compareBytes(lhs.string, rhs.string) < 0
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
