public import Crypto
public import Foundation

/// An Ed25519 public key as Patuh shows it: the raw 32 bytes, base64 in files, and a short
/// SHA-256 fingerprint people can compare by phone or letter.
public struct PaketPublicKey: Sendable, Hashable {
    /// The raw 32-byte Ed25519 public key.
    public var raw: Data

    public init(raw: Data) throws(PaketError) {
        guard raw.count == 32, (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else {
            throw PaketError(.invalidKey, "paket.key.malformed")
        }
        self.raw = raw
    }

    public init(base64: String) throws(PaketError) {
        guard let data = Data(base64Encoded: base64.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw PaketError(.invalidKey, "paket.key.malformed")
        }
        try self.init(raw: data)
    }

    /// The key in base64.
    public var base64: String { raw.base64EncodedString() }

    /// The first 16 bytes of the key's SHA-256 in eight groups of four hex digits, e.g.
    /// `3f2a 9c01 …`: short enough to read aloud, long enough to tell keys apart.
    public var fingerprint: String {
        let digest = Array(SHA256.hash(data: raw)).prefix(16)
        let hex = digest.map { String(format: "%02x", $0) }.joined()
        return stride(from: 0, to: hex.count, by: 4).map { offset -> String in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            return String(hex[start..<hex.index(start, offsetBy: 4)])
        }.joined(separator: " ")
    }

    /// Whether `signature` is this key's Ed25519 signature of `message`.
    public func verifies(_ signature: Data, of message: Data) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(signature, for: message)
    }
}

/// An Ed25519 private key with its public half.
public struct PaketSigningKey: Sendable {
    let key: Curve25519.Signing.PrivateKey

    /// A new random key.
    public init() {
        key = Curve25519.Signing.PrivateKey()
    }

    /// The key of the raw 32-byte seed.
    public init(raw: Data) throws(PaketError) {
        guard raw.count == 32, let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw PaketError(.invalidKey, "paket.key.malformed")
        }
        self.key = key
    }

    /// The raw 32-byte seed (written only to the private key file).
    public var raw: Data { key.rawRepresentation }

    public var publicKey: PaketPublicKey {
        // A key made by swift-crypto always has a valid public half.
        try! PaketPublicKey(raw: key.publicKey.rawRepresentation)
    }

    /// The Ed25519 signature of `message`.
    public func sign(_ message: Data) throws(PaketError) -> Data {
        do {
            return try key.signature(for: message)
        } catch {
            throw PaketError(.io, "paket.key.signFailed", ["detail": "\(error)"])
        }
    }
}
