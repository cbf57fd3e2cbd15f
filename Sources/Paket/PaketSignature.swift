public import Foundation

/// The detached signature of a manifest (`manifest.sig`): the signer's public key and the Ed25519
/// signature of `patuh-paket-1\n` followed by the manifest's exact bytes (the prefix keeps a
/// paket signature from being replayed as any other kind of signed document).
///
/// ```
/// patuh-tanda-tangan 1
/// kunci: <base64 public key>
/// sidik-jari: 3f2a 9c01 ...
/// tanda-tangan: <base64 signature>
/// ```
public struct PaketSignature: Sendable, Hashable {
    public static let header = "patuh-tanda-tangan 1"
    public static let context = Data("patuh-paket-1\n".utf8)

    public var key: PaketPublicKey
    public var signature: Data

    public init(key: PaketPublicKey, signature: Data) {
        self.key = key
        self.signature = signature
    }

    /// Signs `manifest` with `signer`.
    public static func sign(_ manifest: Data, with signer: PaketSigningKey) throws(PaketError) -> PaketSignature {
        PaketSignature(key: signer.publicKey, signature: try signer.sign(context + manifest))
    }

    /// Whether this is a sound signature of `manifest` (by ``key``; trust is another question).
    public func verifies(_ manifest: Data) -> Bool {
        key.verifies(signature, of: Self.context + manifest)
    }

    public var text: Data {
        Data("\(Self.header)\nkunci: \(key.base64)\nsidik-jari: \(key.fingerprint)\ntanda-tangan: \(signature.base64EncodedString())\n".utf8)
    }

    public static func parse(_ data: Data) throws(PaketError) -> PaketSignature {
        guard let text = String(data: data, encoding: .utf8) else { throw PaketError(.tampered, "paket.signature.malformed") }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.first == header else { throw PaketError(.tampered, "paket.signature.malformed") }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { throw PaketError(.tampered, "paket.signature.malformed") }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let keyText = fields["kunci"], let key = try? PaketPublicKey(base64: keyText),
              let signature = fields["tanda-tangan"].flatMap({ Data(base64Encoded: $0) }), signature.count == 64 else {
            throw PaketError(.tampered, "paket.signature.malformed")
        }
        return PaketSignature(key: key, signature: signature)
    }
}
