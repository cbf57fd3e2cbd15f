/// A shell-style file-name pattern (`sk-*aset*`, `log-backup?`) matched case-insensitively.
///
/// `*` matches any run of characters (also none), `?` exactly one; every other character
/// matches itself, compared after lower-casing. Matching is on Unicode scalars, so a name in
/// NFD only matches a pattern written in NFD: the catalog's patterns are plain ASCII.
public struct FilePattern: Sendable, Hashable, CustomStringConvertible {
    public let text: String
    private let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        self.text = text
        scalars = Array(text.lowercased().unicodeScalars)
    }

    /// Whether `name` (a base name) matches.
    public func matches(_ name: String) -> Bool {
        matches(lowercased: Self.subject(name))
    }

    /// The form ``matches(lowercased:)`` takes: lower-cased Unicode scalars.
    public static func subject(_ name: String) -> [Unicode.Scalar] {
        Array(name.lowercased().unicodeScalars)
    }

    /// ``subject(_:)`` of `name`, written into `buffer` (to reuse one allocation over many
    /// names). ASCII names are lower-cased byte by byte, the same as `lowercased()` does.
    public static func subject(_ name: Substring, into buffer: inout [Unicode.Scalar]) {
        buffer.removeAll(keepingCapacity: true)
        for byte in name.utf8 {
            guard byte < 0x80 else {
                buffer.removeAll(keepingCapacity: true)
                buffer.append(contentsOf: String(name).lowercased().unicodeScalars)
                return
            }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            buffer.append(Unicode.Scalar(lower))
        }
    }

    /// Whether a name already turned into ``subject(_:)`` matches (to match one name against
    /// many patterns without lower-casing it each time).
    public func matches(lowercased subject: [Unicode.Scalar]) -> Bool {
        var p = 0, s = 0
        var star: Int? = nil, resume = 0
        while s < subject.count {
            if p < scalars.count, scalars[p] == "?" || scalars[p] == subject[s] {
                p += 1; s += 1
            } else if p < scalars.count, scalars[p] == "*" {
                star = p; resume = s; p += 1
            } else if let starAt = star {
                p = starAt + 1; resume += 1; s = resume
            } else {
                return false
            }
        }
        while p < scalars.count, scalars[p] == "*" { p += 1 }
        return p == scalars.count
    }

    public var description: String { text }
}
