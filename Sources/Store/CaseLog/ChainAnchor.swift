public import Core
import Foundation

/// The head of the pembinaan log, kept outside the database (committed to the evidence
/// repository, sent to LKPP): the sequence number, hash and instant of the last event when it
/// was exported. A later log proves it still extends this head by holding the same event; a
/// truncation with a rewritten head, a full re-chain, or an emptied log cannot.
///
/// The file is plain text, one `key: value` per line after comment lines (`#`):
///
/// ```
/// # Kepala rantai log pembinaan Patuh ...
/// format: patuh-kepala/1
/// seq: 5
/// hash: 9f2c…
/// waktu: 2026-11-25T02:00:00Z
/// ```
public struct ChainAnchor: Sendable, Hashable, Codable {
    public static let format = "patuh-kepala/1"

    /// The last event's sequence number.
    public var seq: Int
    /// The last event's hash (SHA-256, hex).
    public var hash: String
    /// When the last event was recorded (ISO 8601, UTC).
    public var instant: String

    public init(seq: Int, hash: String, instant: String) {
        self.seq = seq
        self.hash = hash
        self.instant = instant
    }

    /// The file's text, with a first line in `language` saying what it is.
    public func text(_ language: Language) -> String {
        "# " + Messages(language).text("hardening.anchor.comment") + "\n"
            + "format: \(Self.format)\nseq: \(seq)\nhash: \(hash)\nwaktu: \(instant)\n"
    }

    /// Reads an anchor file's text; the problem names the line.
    public static func parse(_ text: String, path: String) throws(ChainAnchorError) -> ChainAnchor {
        var values: [String: (String, Int)] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw ChainAnchorError(path: path, line: index + 1, key: "hardening.anchor.line", values: ["text": line])
            }
            let key = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            guard ["format", "seq", "hash", "waktu"].contains(key), values[key] == nil else {
                throw ChainAnchorError(path: path, line: index + 1, key: "hardening.anchor.line", values: ["text": line])
            }
            values[key] = (value, index + 1)
        }
        for key in ["format", "seq", "hash", "waktu"] where values[key] == nil {
            throw ChainAnchorError(path: path, line: 0, key: "hardening.anchor.missing", values: ["field": key])
        }
        guard values["format"]!.0 == format else {
            throw ChainAnchorError(path: path, line: values["format"]!.1, key: "hardening.anchor.format",
                                   values: ["value": values["format"]!.0, "format": format])
        }
        guard let seq = Int(values["seq"]!.0), seq > 0 else {
            throw ChainAnchorError(path: path, line: values["seq"]!.1, key: "hardening.anchor.seq", values: ["value": values["seq"]!.0])
        }
        let hash = values["hash"]!.0
        guard hash.count == 64, hash.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            throw ChainAnchorError(path: path, line: values["hash"]!.1, key: "hardening.anchor.hash", values: ["value": hash])
        }
        return ChainAnchor(seq: seq, hash: hash, instant: values["waktu"]!.0)
    }
}

/// An anchor file that cannot be read, located by line.
public struct ChainAnchorError: Error, Sendable {
    public var path: String
    public var line: Int
    public var key: String
    public var values: [String: String]

    public func message(_ language: Language) -> String {
        "\(path):\(line):0: " + Messages(language).text(key, values)
    }
}

/// What a log says of an anchor exported earlier.
public struct AnchorCheck: Sendable, Hashable, Codable {
    public enum Verdict: String, Sendable, Hashable, Codable {
        /// The log holds the anchored event unchanged (and may have grown since).
        case extends
        /// The log has fewer events than the anchor: events were deleted (and the head rewritten).
        case truncated
        /// The log's event at the anchored number has another hash: the log was rewritten.
        case rewritten
    }

    public var anchor: ChainAnchor
    public var verdict: Verdict
    /// The log's hash at the anchored number, when it has that event.
    public var found: String?

    public var holds: Bool { verdict == .extends }

    /// Checks `anchor` against the log's records (`seq` → hash).
    public static func check(_ anchor: ChainAnchor, hashes: [Int: String]) -> AnchorCheck {
        guard let found = hashes[anchor.seq] else {
            return AnchorCheck(anchor: anchor, verdict: .truncated, found: nil)
        }
        return AnchorCheck(anchor: anchor, verdict: found == anchor.hash ? .extends : .rewritten, found: found)
    }
}
