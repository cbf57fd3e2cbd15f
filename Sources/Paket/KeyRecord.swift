public import Foundation

/// Whose key this is: an LPSE's (it signs submissions) or an LKPP unit's (it signs results and
/// certificates).
public enum KeyRole: String, Sendable, Hashable, CaseIterable {
    case lpse
    case lkpp
}

/// A public key with who holds it: one block of a public key file (`*.pub`) or of the trust list.
///
/// The format is lines of `field: value`, first line `patuh-kunci-publik 1`:
///
/// ```
/// patuh-kunci-publik 1
/// peran: lpse
/// lpse: lpse-kab-contoh
/// nama: LPSE Kabupaten Contoh
/// kunci: <base64 of the 32-byte Ed25519 public key>
/// sidik-jari: 3f2a 9c01 ...
/// ```
///
/// `sidik-jari` is informative; it is checked against the key when present.
public struct KeyRecord: Sendable, Hashable {
    public static let header = "patuh-kunci-publik 1"
    public static let privateHeader = "patuh-kunci-privat 1"

    public var role: KeyRole
    /// The LPSE id this key signs for (an LPSE key); nil for an LKPP key.
    public var lpse: String?
    /// Who holds the key, in words.
    public var name: String
    public var key: PaketPublicKey

    public init(role: KeyRole, lpse: String?, name: String, key: PaketPublicKey) {
        self.role = role
        self.lpse = lpse
        self.name = name
        self.key = key
    }

    public var fingerprint: String { key.fingerprint }

    /// The record as text (one block).
    public var text: String {
        var lines = [Self.header, "peran: \(role.rawValue)"]
        if let lpse { lines.append("lpse: \(lpse)") }
        lines += ["nama: \(name)", "kunci: \(key.base64)", "sidik-jari: \(fingerprint)"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every record in `text` (blocks separated by blank lines); `source` names the file in errors.
    public static func parseAll(_ text: String, source: String) throws(PaketError) -> [KeyRecord] {
        let uncommented = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        let blocks = uncommented.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return try blocks.filter { !$0.isEmpty }.map { block throws(PaketError) in try parse(block, header: header, source: source).0 }
    }

    /// One block: the record and, for a private key file, the raw secret.
    static func parse(_ block: String, header expected: String, source: String) throws(PaketError) -> (KeyRecord, String) {
        let lines = block.split(separator: "\n", omittingEmptySubsequences: true).map { String($0) }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == expected else {
            throw PaketError(.invalidKey, "paket.key.fileFormat", ["path": source, "header": expected])
        }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else {
                throw PaketError(.invalidKey, "paket.key.fileFormat", ["path": source, "header": expected])
            }
            fields[String(line[..<colon]).trimmingCharacters(in: .whitespaces)] =
                String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        guard let roleText = fields["peran"], let role = KeyRole(rawValue: roleText), let keyText = fields["kunci"] else {
            throw PaketError(.invalidKey, "paket.key.fileFormat", ["path": source, "header": expected])
        }
        let name = fields["nama"] ?? ""
        let lpse = fields["lpse"].flatMap { $0.isEmpty ? nil : $0 }
        if expected == privateHeader {
            let signing = try PaketSigningKey(raw: Data(base64Encoded: keyText) ?? Data())
            return (KeyRecord(role: role, lpse: lpse, name: name, key: signing.publicKey), keyText)
        }
        let key = try PaketPublicKey(base64: keyText)
        if let shown = fields["sidik-jari"], shown != key.fingerprint {
            throw PaketError(.invalidKey, "paket.key.fingerprintMismatch", ["path": source])
        }
        return (KeyRecord(role: role, lpse: lpse, name: name, key: key), keyText)
    }
}
